import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Code } from '../common/Code';
import type { Korrespondansepart } from './types';

/** The record's correspondence parties; a screened one as the server sends it, marked. */
export function PartyTable({ items, caption }: { items: readonly Korrespondansepart[]; caption: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Paragraph>{t('records.noParties')}</Paragraph>;
  const address = (p: Korrespondansepart) =>
    [p.postadresse, [p.postnummer, p.poststed].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra border>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('newRecord.partyType')}</Table.HeaderCell>
            <Table.HeaderCell>{t('newRecord.partyName')}</Table.HeaderCell>
            <Table.HeaderCell>{t('newRecord.partyAddress')}</Table.HeaderCell>
            <Table.HeaderCell>{t('newRecord.partyEmail')}</Table.HeaderCell>
            <Table.HeaderCell>{t('records.screenedColumn')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((p, i) => (
            <Table.Row key={p.id ?? i}>
              <Table.Cell>
                <Code list="korrespondanseparttype" code={p.korrespondanseparttype} />
              </Table.Cell>
              <Table.Cell>{p.navn || t('records.screenedName')}</Table.Cell>
              <Table.Cell>{address(p)}</Table.Cell>
              <Table.Cell>{p.epostadresse}</Table.Cell>
              <Table.Cell>{p.skjermet ? t('records.yes') : t('records.no')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
