import { Button, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { PublicLayout } from '../../auth/PublicLayout';
import { PagingOf } from '../common/sub-list-paging';
import { journalQuery, journalXmlUrl, usePublicJournal, type JournalParams, type PublicEntry } from './api';
import { PublicJournalEntry } from './PublicJournalEntry';
import './public-journal.css';

interface Props {
  /** A control per record (e.g. a checkbox to order access), placed in the record's head. */
  entryAction?: (entry: PublicEntry) => ReactNode;
  /** Shown above the list (e.g. what is selected and a button to order it). */
  toolbar?: ReactNode;
}

/**
 * The public journal (offentlig journal / postliste) of one organisation,
 * without login: a date range and words to search, the records of a page,
 * paging, and the same journal as offentligJournal XML. What it shows is
 * what the server's read rule gives a person with no role.
 */
export function PublicJournalPage({ entryAction, toolbar }: Props = {}) {
  const { t } = useTranslation();
  const { orgnr = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const params: JournalParams = {
    fra: search.get('fra') ?? '',
    til: search.get('til') ?? '',
    q: search.get('q') ?? '',
    side: Math.max(1, Number(search.get('side')) || 1),
  };
  const journal = usePublicJournal(orgnr, params);
  const go = (next: JournalParams) => setSearch(journalQuery(next));
  const title = journal.data ? t('publicJournal.titleOf', { org: journal.data.organisasjon.navn }) : t('publicJournal.title');

  return (
    <PublicLayout wide>
      <Page title={title}>
        <Paragraph>{t('publicJournal.intro')}</Paragraph>
        <JournalForm key={search.toString()} initial={params} onSearch={go} />
        {!journal.data ? (
          <QueryState query={journal} />
        ) : (
          <>
            <div className="public-journal__summary">
              <Paragraph role="status">
                {t('publicJournal.count', { count: journal.data.total, fra: journal.data.fra, til: journal.data.til })}
              </Paragraph>
              {journal.data.total > 0 && (
                <Link href={journalXmlUrl(orgnr, { ...params, fra: journal.data.fra, til: journal.data.til })} download>
                  {t('publicJournal.xml')}
                </Link>
              )}
            </div>
            {toolbar}
            <div className="public-journal__list">
              {journal.data.items.map((entry) => (
                <PublicJournalEntry key={entry.id} entry={entry} orgnr={orgnr} action={entryAction?.(entry)} />
              ))}
            </div>
            <PagingOf page={journal.data} label={t('publicJournal.paging')} onChange={(side) => go({ ...params, side })} />
          </>
        )}
      </Page>
    </PublicLayout>
  );
}

function JournalForm({ initial, onSearch }: { initial: JournalParams; onSearch: (p: JournalParams) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const invalidRange = draft.fra && draft.til && draft.fra > draft.til ? t('publicJournal.rangeError') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalidRange) onSearch({ ...draft, q: draft.q.trim(), side: 1 });
  };
  return (
    <form role="search" className="public-journal__form" onSubmit={submit} noValidate>
      <Textfield
        type="search"
        label={t('publicJournal.search')}
        description={t('publicJournal.searchHelp')}
        value={draft.q}
        onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        autoComplete="off"
      />
      <Textfield
        type="date"
        label={t('publicJournal.from')}
        value={draft.fra}
        onChange={(e) => setDraft({ ...draft, fra: e.target.value })}
      />
      <Textfield
        type="date"
        label={t('publicJournal.to')}
        value={draft.til}
        onChange={(e) => setDraft({ ...draft, til: e.target.value })}
        error={invalidRange}
      />
      <Button type="submit">{t('publicJournal.submit')}</Button>
    </form>
  );
}
