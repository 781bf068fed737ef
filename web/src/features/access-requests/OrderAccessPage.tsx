import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormAlert } from '../common/FormAlert';
import { useServerErrors } from '../common/server-errors';
import { PublicJournalPage } from '../offentlig-journal/PublicJournalPage';
import type { PublicEntry } from '../offentlig-journal/api';
import { useOrder } from './api';
import './access-requests.css';

/**
 * The public journal with «Bestill innsyn»: a checkbox on each record (the
 * choice is kept while paging and searching), and the order form — name and
 * e-mail — for what is chosen. Ordering leads to the receipt.
 */
export function OrderAccessPage() {
  const [chosen, setChosen] = useState<Map<string, PublicEntry>>(new Map());
  const toggle = (entry: PublicEntry, on: boolean) =>
    setChosen((prev) => {
      const next = new Map(prev);
      if (on) next.set(entry.id, entry);
      else next.delete(entry.id);
      return next;
    });
  return (
    <PublicJournalPage
      entryAction={(entry) => <ChooseEntry entry={entry} checked={chosen.has(entry.id)} onChange={(on) => toggle(entry, on)} />}
      toolbar={<OrderForm chosen={[...chosen.values()]} onRemove={(e) => toggle(e, false)} />}
    />
  );
}

function ChooseEntry({ entry, checked, onChange }: { entry: PublicEntry; checked: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      className="order-choose"
      label={
        <>
          {t('accessRequests.choose')}
          <span className="visually-hidden"> {t('accessRequests.chooseRecord', { number: entry.journalpostId })}</span>
        </>
      }
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

function OrderForm({ chosen, onRemove }: { chosen: PublicEntry[]; onRemove: (e: PublicEntry) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgnr = '' } = useParams();
  const [navn, setNavn] = useState('');
  const [epost, setEpost] = useState('');
  const order = useOrder(orgnr);
  const errors = useServerErrors(order.error, ['navn', 'epost', 'journalpostIder']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    order.mutate(
      { journalpostIder: chosen.map((c) => c.id), navn: navn.trim(), epost: epost.trim() },
      { onSuccess: (k) => void navigate(`/offentlig/${encodeURIComponent(orgnr)}/innsynskrav/${encodeURIComponent(k.kvittering)}`) },
    );
  };
  return (
    <section className="order-panel" aria-labelledby="order-heading">
      <Heading level={2} data-size="xs" id="order-heading">
        {t('accessRequests.orderHeading')}
      </Heading>
      <Paragraph data-size="sm" role="status">
        {chosen.length === 0 ? t('accessRequests.noneChosen') : t('accessRequests.chosen', { count: chosen.length })}
      </Paragraph>
      {chosen.length > 0 && (
        <form className="order-form" onSubmit={submit} noValidate>
          <ul className="order-chosen">
            {chosen.map((c) => (
              <li key={c.id}>
                <span>
                  {c.journalpostId} {c.offentligTittel}
                </span>{' '}
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => onRemove(c)}>
                  {t('accessRequests.remove', { number: c.journalpostId })}
                </Button>
              </li>
            ))}
          </ul>
          <Fieldset>
            <Fieldset.Legend>{t('accessRequests.requester')}</Fieldset.Legend>
            <Textfield
              label={t('accessRequests.name')}
              value={navn}
              onChange={(e) => setNavn(e.target.value)}
              autoComplete="name"
              error={errors.forField('navn', t('accessRequests.name'))}
              required
            />
            <Textfield
              label={t('accessRequests.email')}
              type="email"
              value={epost}
              onChange={(e) => setEpost(e.target.value)}
              autoComplete="email"
              error={errors.forField('epost', t('accessRequests.email'))}
              required
            />
          </Fieldset>
          <FormAlert error={errors.formError} others={errors.others} />
          <Button type="submit" loading={order.isPending}>
            {t('accessRequests.order')}
          </Button>
        </form>
      )}
    </section>
  );
}
