import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { FormAlert } from '../common/FormAlert';
import { svarKey, useSvar } from '../records/svar-api';

interface Props {
  id: string;
  /** The reader may dispatch this record (the change rule's status change), so may try a failed dispatch again. */
  canRetry: boolean;
}

/** «Prøv igjen nå»: the record's failed dispatches tried again at once (POST …/ekspedering/prov-igjen). */
function useProvEkspederingIgjen(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<ApiResponse<'/api/journalposter/{id}/ekspedering/prov-igjen', 'post'>>(
        `/api/journalposter/${encodeURIComponent(id)}/ekspedering/prov-igjen`,
        { method: 'POST' },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: svarKey(id) }),
  });
}

/**
 * Under the record's dispatch per recipient (AnswerSection): when sending to
 * a recipient failed, says so in words and, to who may dispatch the record,
 * offers to try again now rather than wait for the next automatic try.
 */
export function DispatchRetry({ id, canRetry }: Props) {
  const { t } = useTranslation();
  const svar = useSvar(id);
  const retry = useProvEkspederingIgjen(id);
  const failed = svar.data?.ekspedering.filter((e) => e.status === 'feilet').length ?? 0;
  if (failed === 0) return null;
  return (
    <div className="stack" role="group" aria-label={t('dispatch.failedHeading')}>
      <Paragraph>{t('dispatch.failedIntro', { count: failed })}</Paragraph>
      <FormAlert error={retry.error} />
      {canRetry && (
        <div>
          <Button variant="secondary" loading={retry.isPending} onClick={() => retry.mutate()}>
            {t('dispatch.retry')}
          </Button>
        </div>
      )}
    </div>
  );
}
