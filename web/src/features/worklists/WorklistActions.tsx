import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useMarkDone, useMarkRead, type Liste, type WorklistItem } from './api';
import { FordelDialog } from './FordelDialog';
import { OmfordelDialog } from './OmfordelDialog';

/** The step a row's task asks for, where the list has one: distribute or pass on, mark a copy read, close the archive's task. */
export function WorklistActions({ liste, item }: { liste: Liste; item: WorklistItem }) {
  const { t } = useTranslation();
  const read = useMarkRead();
  const done = useMarkDone();
  if (!item.oppgaveId) return null;
  const number = item.journalpost?.journalpostId ?? item.saksnummer;
  const record = item.journalpost;
  // A record to distribute or answer may also be passed on, to another case worker or unit.
  const passOn = record && (liste === 'til-fordeling' || liste === 'ubesvarte') && (
    <OmfordelDialog journalpostId={record.id} number={number} size="sm" />
  );
  if (liste === 'til-fordeling')
    return (
      <>
        <FordelDialog item={item} />
        {passOn}
      </>
    );
  if (liste === 'ubesvarte') return passOn || null;
  // A copy and an answer from approval are both read and done with.
  const readable = liste === 'kopier' || liste === 'svar-fra-godkjenning';
  const step = readable ? read : liste === 'arkivets-ko' ? done : undefined;
  if (!step) return null;
  return (
    <>
      <Button variant="secondary" data-size="sm" loading={step.isPending} onClick={() => step.mutate({ id: item.oppgaveId! })}>
        {readable ? t('worklists.markRead', { number }) : t('worklists.markDone', { number })}
      </Button>
      <FormAlert error={step.error} />
    </>
  );
}
