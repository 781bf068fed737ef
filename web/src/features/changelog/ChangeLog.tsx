import { useState } from 'react';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { useFormat } from '../common/format';
import { PagingOf, type PageInfo } from '../common/sub-list-paging';

export interface Endring {
  id: string | number;
  felt: string;
  tidligereVerdi: string | null;
  nyVerdi: string | null;
  endretDato: string;
  endretAv: string | { id: string; navn: string } | null;
}

interface Props {
  /** e.g. /api/saksmapper/… /endringslogg */
  url: string;
  caption: string;
}

/** A page of the log, with where it is and how many entries there are in all. */
interface LogPage extends PageInfo {
  items: Endring[];
}

const PER_PAGE = 100;

/** Every logged change to one object (a case, a record, a user): field, old → new, who and when, a page at a time. */
export function ChangeLog({ url, caption }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [side, setSide] = useState(1);
  const paged = `${url}${url.includes('?') ? '&' : '?'}side=${side}&perSide=${PER_PAGE}`;
  const log = useQuery({
    queryKey: ['endringslogg', url, side],
    queryFn: () => api<LogPage>(paged),
    placeholderData: keepPreviousData,
  });
  if (log.isPending) return <Loading />;
  if (log.error) return <ErrorNotice error={log.error} headingLevel={3} onRetry={() => void log.refetch()} />;
  if (log.data.items.length === 0) return <Paragraph>{t('changelog.empty')}</Paragraph>;

  const labels: Record<string, string | undefined> = t('changelog.fields', { returnObjects: true });
  const who = (e: Endring) => (typeof e.endretAv === 'string' ? e.endretAv : (e.endretAv?.navn ?? ''));
  const value = (v: string | null) => {
    if (v === null || v === '') return <span className="muted">{t('changelog.noValue')}</span>;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return format.date(v);
    return /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(v) ? format.dateTime(v) : v;
  };
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <Table zebra border>
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('changelog.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('changelog.field')}</Table.HeaderCell>
              <Table.HeaderCell>{t('changelog.old')}</Table.HeaderCell>
              <Table.HeaderCell>{t('changelog.new')}</Table.HeaderCell>
              <Table.HeaderCell>{t('changelog.who')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {log.data.items.map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell className="nowrap">{format.dateTime(e.endretDato)}</Table.Cell>
                <Table.Cell>{labels[e.felt] ?? e.felt}</Table.Cell>
                <Table.Cell>{value(e.tidligereVerdi)}</Table.Cell>
                <Table.Cell>{value(e.nyVerdi)}</Table.Cell>
                <Table.Cell>{who(e)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <PagingOf page={log.data} label={t('changelog.paging')} onChange={setSide} />
    </>
  );
}
