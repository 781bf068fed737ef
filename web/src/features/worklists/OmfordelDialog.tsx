import { Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitOptions, useUserOptions } from '../common/people';
import { SelectField } from '../common/SelectField';
import { useRecordStep } from './api';
import { StepDialog } from './StepDialog';

type Kind = 'brukerId' | 'enhetId';

/**
 * «Fordel videre» (seed 002, 10.1; issue 13 item 4): whoever holds a record
 * to distribute or answer, or the archive, passes it on to another case
 * worker or unit, with the reason. The server decides who may.
 */
export function OmfordelDialog({ journalpostId, number, size }: { journalpostId: string; number: string; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const people = useUserOptions();
  const units = useUnitOptions();
  const [form, setForm] = useState<{ kind: Kind; til: string; begrunnelse: string }>({ kind: 'brukerId', til: '', begrunnelse: '' });
  const step = useRecordStep(journalpostId, 'omfordeling');
  const begrunnelse = form.begrunnelse.trim();
  return (
    <StepDialog
      id={`omfordel-${journalpostId}`}
      size={size}
      label={size === 'sm' ? t('worklists.redistributeRow', { number }) : t('worklists.redistribute')}
      heading={t('worklists.redistributeHeading', { number })}
      submitLabel={t('worklists.redistributeSave')}
      pending={step.isPending}
      error={step.error}
      disabled={!form.til || !begrunnelse}
      onSubmit={(done) => step.mutate({ til: { [form.kind]: form.til }, begrunnelse }, { onSuccess: done })}
    >
      <SelectField
        label={t('worklists.redistributeTo')}
        value={form.kind}
        onChange={(kind) => setForm({ ...form, kind: kind as Kind, til: '' })}
        options={[
          { value: 'brukerId', label: t('worklists.toCaseWorker') },
          { value: 'enhetId', label: t('worklists.toUnit') },
        ]}
      />
      <SelectField
        label={form.kind === 'brukerId' ? t('worklists.caseWorker') : t('worklists.unit')}
        value={form.til}
        onChange={(til) => setForm({ ...form, til })}
        emptyLabel={form.kind === 'brukerId' ? t('worklists.chooseCaseWorker') : t('worklists.chooseUnit')}
        options={form.kind === 'brukerId' ? people : units}
        required
      />
      <Textarea
        aria-label={t('worklists.reason')}
        placeholder={t('worklists.reason')}
        required
        value={form.begrunnelse}
        onChange={(e) => setForm({ ...form, begrunnelse: e.target.value })}
      />
    </StepDialog>
  );
}
