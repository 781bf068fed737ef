import { Textarea } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiBody } from '../../api/types';
import { saksmappeKey, saksmapperKey } from '../cases/api';
import { CasePicker } from '../reception/CasePicker';
import { StepDialog } from '../worklists/StepDialog';
import { journalpostKey } from './api';

type Step = 'utgaar' | 'flytt';
type Body<S extends Step> = ApiBody<`/api/journalposter/{id}/${S}`, 'post'>;

/** One of the archive's corrections of a record; the record page and its case's lists are read again after it. */
function useCorrection<S extends Step>(id: string, step: S) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<S>) => api<unknown>(`/api/journalposter/${encodeURIComponent(id)}/${step}`, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: journalpostKey(id) });
      await queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === saksmappeKey('')[0] || q.queryKey[0] === saksmapperKey[0],
      });
    },
  });
}

interface Props {
  id: string;
  number: string;
  /** The change rule and the transition table let the reader void it now. */
  canVoid: boolean;
  canMove: boolean;
}

/**
 * The archive's corrections of a wrongly registered record (seed 002 10.10,
 * 10.11): «Sett til utgår» with a reason, and «Flytt til annen sak». Neither
 * deletes anything: the record keeps its numbers and its change log, which
 * shows the void or the old number.
 */
export function VoidMoveSteps({ id, number, canVoid, canMove }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [search, setSearch] = useState('');
  const [target, setTarget] = useState('');
  const voidIt = useCorrection(id, 'utgaar');
  const move = useCorrection(id, 'flytt');
  return (
    <>
      {canVoid && (
        <StepDialog
          id={`utgaar-${id}`}
          label={t('correction.void')}
          heading={t('correction.voidHeading', { number })}
          submitLabel={t('correction.voidSubmit')}
          pending={voidIt.isPending}
          error={voidIt.error}
          onSubmit={(done) => voidIt.mutate({ begrunnelse: reason.trim() || null }, { onSuccess: done })}
        >
          <Textarea
            aria-label={t('correction.reason')}
            placeholder={t('correction.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </StepDialog>
      )}
      {canMove && (
        <StepDialog
          id={`flytt-${id}`}
          label={t('correction.move')}
          heading={t('correction.moveHeading', { number })}
          submitLabel={t('correction.moveSubmit')}
          pending={move.isPending}
          error={move.error}
          disabled={!target}
          // The record keeps its address; its page shows the new case and number.
          onSubmit={(done) => move.mutate({ saksmappeId: target }, { onSuccess: done })}
        >
          <CasePicker search={search} onSearch={setSearch} partyName="" chosen={target} onChoose={setTarget} />
        </StepDialog>
      )}
    </>
  );
}
