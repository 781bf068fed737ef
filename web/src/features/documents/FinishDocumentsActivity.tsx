import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { FormAlert } from '../common/FormAlert';
import type { ActivityFormProps } from '../routines/activity-forms';

type Ferdigstilt = ApiResponse<'/api/journalposter/{id}/dokumenter/ferdigstill', 'post'>;

/**
 * The routine's «Ferdigstill dokumentene» (issue 14): one click finishes the
 * record's documents under work (B → F). Offered only while there are such
 * documents and the person may change them; the server refuses it while an
 * approval is awaited, and says so.
 */
export function FinishDocumentsActivity({ objectId: id, label }: ActivityFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const finish = useMutation({
    mutationFn: () => api<Ferdigstilt>(`/api/journalposter/${encodeURIComponent(id)}/dokumenter/ferdigstill`, { method: 'POST' }),
    // The documents, the record's activities and what depends on them (dispatch, the case's history) change.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <span className="stack">
      <Button variant="secondary" data-size="sm" loading={finish.isPending} onClick={() => finish.mutate()}>
        {label}
      </Button>
      <span aria-live="polite" aria-atomic="true">
        {finish.error ? (
          <FormAlert error={finish.error} />
        ) : (
          finish.data && <Paragraph data-size="sm">{t('documents.finished', { count: finish.data.ferdigstilt })}</Paragraph>
        )}
      </span>
    </span>
  );
}
