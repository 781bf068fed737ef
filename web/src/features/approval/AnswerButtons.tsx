import { Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../common/SelectField';
import type { ActivityFormProps } from '../routines/activity-forms';
import { StepDialog } from '../worklists/StepDialog';
import { useDokumentflyt, useSvarPaaFlyt, type SvarBody } from './api';
import { useParticipants } from './SendForApprovalDialog';

type Handling = SvarBody['handling'];

/**
 * One of the current approver's answers (seed 001, 2.1–2.3): «Godkjenn» (a
 * comment optional), «Returner» (a comment required), «Videresend» to another
 * leader (a comment required); a reviewer's «Ferdig gjennomgått» and
 * «Videresend». The routine offers them (`ActivityActions`); this is the form.
 */
function FlowAnswerDialog({ objectId: id, number, handling: h }: ActivityFormProps & { handling: Handling }) {
  const { t } = useTranslation();
  const answer = useSvarPaaFlyt(id);
  const flow = useDokumentflyt(id);
  const options = useParticipants(flow.data?.aktivFlyttype ?? 'godkjenning');
  const [merknad, setMerknad] = useState('');
  const [til, setTil] = useState('');
  const needsComment = h === 'returner' || h === 'videresend';
  return (
    <StepDialog
      id={`${h}-${id}`}
      label={t(`approval.answer.${h}`)}
      heading={t(`approval.answerHeading.${h}`, { number })}
      submitLabel={t(`approval.answerSubmit.${h}`)}
      pending={answer.isPending}
      error={answer.error}
      disabled={(needsComment && !merknad.trim()) || (h === 'videresend' && !til)}
      onSubmit={(done) =>
        answer.mutate({ handling: h, merknad: merknad.trim() || null, ...(h === 'videresend' && { til }) }, { onSuccess: done })
      }
    >
      {h === 'videresend' && (
        <SelectField
          label={t('approval.forwardTo')}
          value={til}
          onChange={setTil}
          emptyLabel={t('approval.choosePerson')}
          options={options}
          required
        />
      )}
      <Textarea
        aria-label={needsComment ? t('approval.comment') : t('approval.commentOptional')}
        placeholder={needsComment ? t('approval.comment') : t('approval.commentOptional')}
        value={merknad}
        onChange={(e) => setMerknad(e.target.value)}
        required={needsComment}
      />
    </StepDialog>
  );
}

/** The routine's «Godkjenn». */
export const ApproveActivity = (p: ActivityFormProps) => <FlowAnswerDialog {...p} handling="godkjenn" />;
/** The routine's «Returner». */
export const ReturnActivity = (p: ActivityFormProps) => <FlowAnswerDialog {...p} handling="returner" />;
/** The routine's «Videresend». */
export const ForwardActivity = (p: ActivityFormProps) => <FlowAnswerDialog {...p} handling="videresend" />;
/** The routine's «Ferdig gjennomgått». */
export const ReviewedActivity = (p: ActivityFormProps) => <FlowAnswerDialog {...p} handling="gjennomgaatt" />;
