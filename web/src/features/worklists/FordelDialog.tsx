import { Button, Dialog, Heading, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../common/FormAlert';
import { useUserOptions } from '../common/people';
import { SelectField } from '../common/SelectField';
import { useFordel, type WorklistItem } from './api';

/** The leader distributes a record from «Til fordeling» to a case worker, with an optional deadline and remark. */
export function FordelDialog({ item }: { item: WorklistItem }) {
  const { t } = useTranslation();
  const people = useUserOptions();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ saksbehandlerId: '', frist: '', merknad: '' });
  const fordel = useFordel();
  const number = item.journalpost?.journalpostId ?? item.saksnummer;
  const headingId = `fordel-${item.oppgaveId}`;
  const submit = () =>
    fordel.mutate(
      { id: item.oppgaveId!, body: { saksbehandlerId: form.saksbehandlerId, frist: form.frist || null, merknad: form.merknad || null } },
      { onSuccess: () => setOpen(false) },
    );

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('worklists.distribute', { number })}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('secureZone.cancel')} aria-labelledby={headingId}>
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {t('worklists.distributeHeading', { number })}
          </Heading>
        </Dialog.Block>
        <Dialog.Block className="stack">
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
          <FormAlert error={fordel.error} />
          <div className="page-actions">
            <Button loading={fordel.isPending} disabled={!form.saksbehandlerId} onClick={submit}>
              {t('worklists.distributeSave')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
