import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useMarkDone, useMarkRead, type Liste, type WorklistItem } from './api';
import { FordelDialog } from './FordelDialog';

/** The step a row's task asks for, where the list has one: distribute, mark a copy read, close the archive's task. */
export function WorklistActions({ liste, item }: { liste: Liste; item: WorklistItem }) {
  const { t } = useTranslation();
  const read = useMarkRead();
  const done = useMarkDone();
  if (!item.oppgaveId) return null;
  const number = item.journalpost?.journalpostId ?? item.saksnummer;
  if (liste === 'til-fordeling') return <FordelDialog item={item} />;
  const step = liste === 'kopier' ? read : liste === 'arkivets-ko' ? done : undefined;
  if (!step) return null;
  return (
    <>
      <Button variant="secondary" data-size="sm" loading={step.isPending} onClick={() => step.mutate({ id: item.oppgaveId! })}>
        {liste === 'kopier' ? t('worklists.markRead', { number }) : t('worklists.markDone', { number })}
      </Button>
      <FormAlert error={step.error} />
    </>
  );
}
