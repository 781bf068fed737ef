import { Heading, Link, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import type { PublicEntry } from './api';

const SENDERS = new Set(['EA', 'IA', 'IS']);

interface Props {
  entry: PublicEntry;
  /** The organisation's number: the published full texts' addresses name it. */
  orgnr: string;
  /** A control placed in the entry's head, e.g. a checkbox to order access to the record. */
  action?: ReactNode;
}

/**
 * One record of the public journal: its public title, the case, numbers,
 * dates, type and parties. An `<article>` carrying the record's id
 * (`data-record-id`), readable on a phone as on a desktop.
 */
export function PublicJournalEntry({ entry, orgnr, action }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `jp-${entry.id}`;
  const parties = (sender: boolean) =>
    entry.korrespondanseparter
      .filter((p) => SENDERS.has(p.korrespondanseparttype) === sender)
      .map((p) => p.navn)
      .join(', ');
  const from = parties(true);
  const to = parties(false);
  return (
    <article className="public-entry" aria-labelledby={headingId} data-record-id={entry.id}>
      <div className="public-entry__head">
        <Heading level={2} data-size="xs" id={headingId}>
          {entry.offentligTittel}
        </Heading>
        {action}
      </div>
      <dl className="public-entry__meta">
        <div>
          <dt>{t('publicJournal.case')}</dt>
          <dd>
            {entry.saksmappe.saksnummer} {entry.saksmappe.offentligTittel}
          </dd>
        </div>
        <div>
          <dt>{t('publicJournal.record')}</dt>
          <dd>
            {entry.journalpostId} ({t('publicJournal.serial')} {entry.loepenummer})
          </dd>
        </div>
        <div>
          <dt>{t('publicJournal.type')}</dt>
          <dd>{t(`publicJournal.types.${entry.journalposttype as 'I'}`, { defaultValue: entry.journalposttype })}</dd>
        </div>
        <div>
          <dt>{t('publicJournal.journalDate')}</dt>
          <dd>{format.date(entry.journaldato)}</dd>
        </div>
        {entry.dokumentetsDato && (
          <div>
            <dt>{t('publicJournal.documentDate')}</dt>
            <dd>{format.date(entry.dokumentetsDato)}</dd>
          </div>
        )}
        {from && (
          <div>
            <dt>{t('publicJournal.fromParty')}</dt>
            <dd>{from}</dd>
          </div>
        )}
        {to && (
          <div>
            <dt>{t('publicJournal.toParty')}</dt>
            <dd>{to}</dd>
          </div>
        )}
        {entry.administrativEnhet && (
          <div>
            <dt>{t('publicJournal.unit')}</dt>
            <dd>{entry.administrativEnhet}</dd>
          </div>
        )}
      </dl>
      {entry.dokumenter.length > 0 && (
        <ul className="plain-list public-entry__documents" aria-label={t('publicJournal.documents')}>
          {entry.dokumenter.map((d) => (
            <li key={d.dokumentobjektId}>
              <Link href={`/api/offentlig/${encodeURIComponent(orgnr)}/dokumenter/${d.dokumentobjektId}/fil`}>
                {t('publicJournal.readDocument', { name: d.tittel })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {entry.skjermet && (
        <p className="public-entry__screened">
          <Tag data-size="sm" data-color="warning">
            {t('publicJournal.screened')}
          </Tag>{' '}
          {[entry.tilgangskode, entry.skjermingshjemmel].filter(Boolean).join(' – ')}
        </p>
      )}
    </article>
  );
}
