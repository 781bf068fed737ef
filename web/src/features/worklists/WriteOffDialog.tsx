import { Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../common/SelectField';
import type { ActivityFormProps } from '../routines/activity-forms';
import { useRecordStep } from './api';
import { StepDialog } from './StepDialog';

const AVSKRIVNING = ['BU', 'TE', 'TO', 'TLF', 'BE', 'BN', 'SA'] as const;
type Avskrivningsmaate = (typeof AVSKRIVNING)[number];

/** The routine's «Avskriv»: how an incoming record or a note was dealt with, and for TLF what was said (seed 002, 10.8). */
export function WriteOffDialog({ objectId, number, label }: ActivityFormProps) {
  const { t } = useTranslation();
  const [writeOff, setWriteOff] = useState<{ avskrivningsmaate: Avskrivningsmaate; merknad: string }>({
    avskrivningsmaate: 'TE',
    merknad: '',
  });
  const send = useRecordStep(objectId, 'avskrivning');
  return (
    <StepDialog
      id={`avskriv-${objectId}`}
      label={label}
      heading={t('worklists.writeOffHeading', { number })}
      pending={send.isPending}
      error={send.error}
      onSubmit={(done) => send.mutate({ ...writeOff, merknad: writeOff.merknad || null }, { onSuccess: done })}
    >
      <SelectField
        label={t('worklists.writeOffCode')}
        value={writeOff.avskrivningsmaate}
        onChange={(v) => setWriteOff({ ...writeOff, avskrivningsmaate: v as Avskrivningsmaate })}
        options={AVSKRIVNING.map((m) => ({ value: m, label: `${m} – ${t(`worklists.writeOffCodes.${m}`)}` }))}
      />
      <Textarea
        aria-label={t('worklists.remarkOptional')}
        placeholder={t('worklists.writeOffNote')}
        value={writeOff.merknad}
        onChange={(e) => setWriteOff({ ...writeOff, merknad: e.target.value })}
      />
    </StepDialog>
  );
}
