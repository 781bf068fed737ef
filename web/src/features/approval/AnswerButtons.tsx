import { Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../common/SelectField';
import { StepDialog } from '../worklists/StepDialog';
import { useSvarPaaFlyt, type Dokumentflyt, type SvarBody } from './api';
import { useParticipants } from './SendForApprovalDialog';

type Handling = SvarBody['handling'];

/**
 * The current approver's answers (seed 001, 2.1–2.3): «Godkjenn» (a comment
 * optional), «Returner» (a comment required), «Videresend» to another leader
 * (a comment required); a reviewer's «Ferdig gjennomgått» and «Videresend».
 */
export function AnswerButtons({ id, number, flow }: { id: string; number: string; flow: Dokumentflyt }) {
  const { t } = useTranslation();
  const answer = useSvarPaaFlyt(id);
  const options = useParticipants(flow.aktivFlyttype ?? 'godkjenning');
  const [merknad, setMerknad] = useState<Record<Handling, string>>({ godkjenn: '', returner: '', videresend: '', gjennomgaatt: '' });
  const [til, setTil] = useState('');
  const needsComment = (h: Handling) => h === 'returner' || h === 'videresend';
  return (
    <div className="page-actions">
      {flow.mineHandlinger.map((h) => (
        <StepDialog
          key={h}
          id={`${h}-${id}`}
          label={t(`approval.answer.${h}`)}
          heading={t(`approval.answerHeading.${h}`, { number })}
          submitLabel={t(`approval.answerSubmit.${h}`)}
          pending={answer.isPending}
          error={answer.error}
          disabled={(needsComment(h) && !merknad[h].trim()) || (h === 'videresend' && !til)}
          onSubmit={(done) =>
            answer.mutate({ handling: h, merknad: merknad[h].trim() || null, ...(h === 'videresend' && { til }) }, { onSuccess: done })
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
            aria-label={needsComment(h) ? t('approval.comment') : t('approval.commentOptional')}
            placeholder={needsComment(h) ? t('approval.comment') : t('approval.commentOptional')}
            value={merknad[h]}
            onChange={(e) => setMerknad({ ...merknad, [h]: e.target.value })}
            required={needsComment(h)}
          />
        </StepDialog>
      ))}
    </div>
  );
}
