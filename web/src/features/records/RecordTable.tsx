import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Code } from '../common/Code';
import { useFormat } from '../common/format';
import { PartyNames } from './PartyNames';
import { UrgentTag } from './UrgentTag';
import type { JournalpostSummary } from './types';

/** A case's records in document-number order. */
export function RecordTable({ items, caption }: { items: readonly JournalpostSummary[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <Paragraph>{t('records.empty')}</Paragraph>;
  const ordered = [...items].sort((a, b) => a.journalpostnummer - b.journalpostnummer);

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra border>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('records.number')}</Table.HeaderCell>
            <Table.HeaderCell>{t('records.type')}</Table.HeaderCell>
            <Table.HeaderCell>{t('records.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('records.date')}</Table.HeaderCell>
            <Table.HeaderCell>{t('records.recordTitle')}</Table.HeaderCell>
            <Table.HeaderCell>{t('records.parties')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {ordered.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell className="nowrap">{r.journalpostId}</Table.Cell>
              <Table.Cell>
                <Code list="journalposttype" code={r.journalposttype} />
              </Table.Cell>
              <Table.Cell>
                <Code list="journalstatus" code={r.journalstatus} />
              </Table.Cell>
              <Table.Cell className="nowrap">{format.date(r.journaldato)}</Table.Cell>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/journalposter/${r.id}`}>{r.tittel}</RouterLink>
                </Link>
                <UrgentTag haster={r.haster} />
              </Table.Cell>
              <Table.Cell>
                <PartyNames parties={r.korrespondanseparter} total={r.sider.korrespondanseparter.total} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
