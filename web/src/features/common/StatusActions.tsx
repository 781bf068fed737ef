import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';
import { codeOf, useCodeName, type CodeValue, type KodelisteNavn } from './code-lists';

interface Props {
  list: KodelisteNavn;
  current: CodeValue;
  /** Statuses the server allows this user to move to now; undefined while loading. */
  next: readonly CodeValue[] | undefined;
  mutation: UseMutationResult<unknown, Error, string>;
}

/** One button per allowed next status; the outcome is announced. */
export function StatusActions({ list, current, next, mutation }: Props) {
  const { t } = useTranslation();
  const codeName = useCodeName();
  const [done, setDone] = useState('');

  const change = (status: string) => {
    setDone('');
    mutation.mutate(status, { onSuccess: () => setDone(t('status.changed', { status: codeName(list, status) })) });
  };

  return (
    <section aria-labelledby="status-heading" className="stack status-actions">
      <Heading level={2} data-size="xs" id="status-heading">
        {t('status.heading')}
      </Heading>
      <Paragraph>{t('status.current', { status: `${codeOf(current)} – ${codeName(list, current)}` })}</Paragraph>
      {next && next.length === 0 && <Paragraph data-size="sm">{t('status.noneAllowed')}</Paragraph>}
      {next && next.length > 0 && (
        <div className="button-row">
          {next.map(codeOf).map((status) => (
            <Button
              key={status}
              variant="secondary"
              data-size="sm"
              loading={mutation.isPending && mutation.variables === status}
              onClick={() => change(status)}
            >
              {t('status.setTo', { status: `${status} – ${codeName(list, status)}` })}
            </Button>
          ))}
        </div>
      )}
      <div aria-live="polite" aria-atomic="true">
        {mutation.error ? <FormAlert error={mutation.error} /> : done && <Paragraph data-size="sm">{done}</Paragraph>}
      </div>
    </section>
  );
}
