import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCodeName } from '../common/code-lists';
import { useFormat } from '../common/format';
import { ScreenedTag } from '../screening/ScreenedTag';
import type { SaksmappeSummary } from './types';

export function CaseTable({ items }: { items: readonly SaksmappeSummary[] }) {
  const { t } = useTranslation();
  const codeName = useCodeName();
  const format = useFormat();
  if (items.length === 0) return <Paragraph>{t('cases.empty')}</Paragraph>;

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('cases.tableCaption')}>
      <Table zebra border>
        <caption className="visually-hidden">{t('cases.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('cases.number')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cases.caseTitle')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cases.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cases.unit')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cases.caseWorker')}</Table.HeaderCell>
            <Table.HeaderCell>{t('cases.caseDate')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell className="nowrap">{item.saksnummer}</Table.Cell>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/saker/${item.id}`}>{item.tittel}</RouterLink>
                </Link>
                <ScreenedTag tilgangskode={item.tilgangskode} />
              </Table.Cell>
              <Table.Cell>{codeName('saksstatus', item.saksstatus)}</Table.Cell>
              <Table.Cell>{item.administrativEnhet?.navn}</Table.Cell>
              <Table.Cell>{item.saksansvarlig?.navn}</Table.Cell>
              <Table.Cell className="nowrap">{format.date(item.saksdato)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
