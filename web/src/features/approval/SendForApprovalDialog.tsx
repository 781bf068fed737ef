import { Button, Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrukere, MAX_USERS_PER_PAGE } from '../../admin/api';
import { SelectField, type Option } from '../common/SelectField';
import type { ActivityFormProps } from '../routines/activity-forms';
import { StepDialog } from '../worklists/StepDialog';
import { useSendPaaFlyt, type SendBody } from './api';

type Flyttype = SendBody['flyttype'];
const LEADERS = ['LED', 'SF'];
const CASE_WORK = ['SB', 'LED', 'SF', 'MS'];

/** People who may take part, as options: leaders for approval, anyone doing case work for review. */
function useParticipants(flyttype: Flyttype): Option[] {
  const { data } = useBrukere({ aktive: true, perSide: MAX_USERS_PER_PAGE });
  const roles = flyttype === 'godkjenning' ? LEADERS : CASE_WORK;
  return (data?.items ?? [])
    .map((u) => ({ u, role: u.roller.find((r) => r.gjeldende && roles.includes(r.rolle)) }))
    .filter((x) => x.role)
    .map(({ u, role }) => ({ value: u.id, label: role!.enhet ? `${u.navn} (${role!.enhet.navn})` : u.navn }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}

/**
 * «Send til godkjenning …» / «Send til gjennomgang …»: the people in the order
 * they get it (case worker → head of department → chief executive), one
 * select per step, a step added or removed with a button.
 */
function SendForApprovalDialog({ id, number, flyttype }: { id: string; number: string; flyttype: Flyttype }) {
  const { t } = useTranslation();
  const options = useParticipants(flyttype);
  const send = useSendPaaFlyt(id);
  const [til, setTil] = useState<string[]>(['']);
  const [merknad, setMerknad] = useState('');
  const chosen = til.filter(Boolean);
  return (
    <StepDialog
      id={`${flyttype}-${id}`}
      label={t(`approval.send.${flyttype}`)}
      heading={t(`approval.sendHeading.${flyttype}`, { number })}
      pending={send.isPending}
      error={send.error}
      disabled={chosen.length === 0}
      onSubmit={(done) =>
        send.mutate(
          { flyttype, til: chosen, merknad: merknad.trim() || null },
          {
            onSuccess: () => {
              setTil(['']);
              setMerknad('');
              done();
            },
          },
        )
      }
    >
      {til.map((value, i) => (
        <div key={i} className="page-actions">
          <SelectField
            label={t('approval.step', { n: i + 1 })}
            value={value}
            onChange={(v) => setTil(til.map((x, j) => (j === i ? v : x)))}
            emptyLabel={t('approval.choosePerson')}
            options={options}
            required={i === 0}
          />
          {til.length > 1 && (
            <Button variant="tertiary" data-size="sm" onClick={() => setTil(til.filter((_, j) => j !== i))}>
              {t('approval.removeStep', { n: i + 1 })}
            </Button>
          )}
        </div>
      ))}
      {til.length < 10 && (
        <Button variant="tertiary" data-size="sm" onClick={() => setTil([...til, ''])}>
          {t('approval.addStep')}
        </Button>
      )}
      <Textarea
        aria-label={t('approval.commentOptional')}
        placeholder={t('approval.commentOptional')}
        value={merknad}
        onChange={(e) => setMerknad(e.target.value)}
      />
    </StepDialog>
  );
}

export { useParticipants };

/** The routine's «Send til godkjenning». */
export const SendForApprovalActivity = ({ objectId, number }: ActivityFormProps) => (
  <SendForApprovalDialog id={objectId} number={number} flyttype="godkjenning" />
);
/** The routine's «Send til gjennomgang». */
export const SendForReviewActivity = ({ objectId, number }: ActivityFormProps) => (
  <SendForApprovalDialog id={objectId} number={number} flyttype="gjennomgang" />
);
