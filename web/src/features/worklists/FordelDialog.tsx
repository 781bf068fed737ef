import { Textarea, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserOptions } from '../common/people';
import { SelectField } from '../common/SelectField';
import { useFordel, type WorklistItem } from './api';
import { StepDialog } from './StepDialog';

/** The leader distributes a record from «Til fordeling» to a case worker, with an optional deadline and remark. */
export function FordelDialog({ item }: { item: WorklistItem }) {
  const { t } = useTranslation();
  const people = useUserOptions();
  const [form, setForm] = useState({ saksbehandlerId: '', frist: '', merknad: '' });
  const fordel = useFordel();
  const number = item.journalpost?.journalpostId ?? item.saksnummer;
  return (
    <StepDialog
      id={`fordel-${item.oppgaveId}`}
      size="sm"
      label={t('worklists.distribute', { number })}
      heading={t('worklists.distributeHeading', { number })}
      submitLabel={t('worklists.distributeSave')}
      pending={fordel.isPending}
      error={fordel.error}
      disabled={!form.saksbehandlerId}
      onSubmit={(done) =>
        fordel.mutate(
          {
            id: item.oppgaveId!,
            body: { saksbehandlerId: form.saksbehandlerId, frist: form.frist || null, merknad: form.merknad || null },
          },
          { onSuccess: done },
        )
      }
    >
      <SelectField
        label={t('worklists.caseWorker')}
        value={form.saksbehandlerId}
        onChange={(saksbehandlerId) => setForm({ ...form, saksbehandlerId })}
        emptyLabel={t('worklists.chooseCaseWorker')}
        options={people}
        required
      />
      <Textfield
        type="date"
        label={t('worklists.deadline')}
        description={t('worklists.deadlineHelp')}
        value={form.frist}
        onChange={(e) => setForm({ ...form, frist: e.target.value })}
      />
      <Textarea
        aria-label={t('worklists.remark')}
        placeholder={t('worklists.remark')}
        value={form.merknad}
        onChange={(e) => setForm({ ...form, merknad: e.target.value })}
      />
    </StepDialog>
  );
}
