import { Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../common/SelectField';
import { useRecordStep } from './api';
import { StepDialog } from './StepDialog';

const AVSKRIVNING = ['BU', 'TE', 'TO', 'TLF', 'BE', 'BN', 'SA'] as const;

/** «Avskriv …» with a code (seed 002, 10.2.1, 10.8): TLF needs a note of what was said. */
export function WriteOffDialog({ id, number }: { id: string; number: string }) {
  const { t } = useTranslation();
  const [writeOff, setWriteOff] = useState<{ avskrivningsmaate: (typeof AVSKRIVNING)[number]; merknad: string }>({
    avskrivningsmaate: 'TE',
    merknad: '',
  });
  const send = useRecordStep(id, 'avskrivning');
  return (
    <StepDialog
      id={`avskriv-${id}`}
      label={t('worklists.writeOff')}
      heading={t('worklists.writeOffHeading', { number })}
      pending={send.isPending}
      error={send.error}
      onSubmit={(done) => send.mutate({ ...writeOff, merknad: writeOff.merknad || null }, { onSuccess: done })}
    >
      <SelectField
        label={t('worklists.writeOffCode')}
        value={writeOff.avskrivningsmaate}
        onChange={(v) => setWriteOff({ ...writeOff, avskrivningsmaate: v as (typeof AVSKRIVNING)[number] })}
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
