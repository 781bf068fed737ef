import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import { DataTable } from '../common/DataTable';
import type { Presedens } from './types';

/** The precedents the case set: date, title, legal basis, source of law and whether it still applies. */
export function CasePrecedents({ items, caption }: { items: readonly Presedens[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <Paragraph>{t('precedents.empty')}</Paragraph>;
  const headers = ['date', 'title', 'basis', 'sourceOfLaw', 'status'] as const;
  return (
    <DataTable caption={caption} headers={headers.map((h) => t(`precedents.${h}`))}>
      {items.map((p) => (
        <Table.Row key={p.id}>
          <Table.Cell className="nowrap">{format.date(p.presedensDato)}</Table.Cell>
          <Table.Cell>{p.tittel}</Table.Cell>
          <Table.Cell>{p.presedensHjemmel}</Table.Cell>
          <Table.Cell>{p.rettskildefaktor}</Table.Cell>
          <Table.Cell>{p.presedensStatus}</Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
