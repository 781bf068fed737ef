import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import { DataTable } from '../common/DataTable';
import type { Kryssreferanse } from './types';

/** Where a reference's target opens in the client; a class has no page of its own. */
const targetPath = (k: Kryssreferanse) =>
  k.tilType === 'saksmappe' ? `/saker/${k.tilId}` : k.tilType === 'journalpost' ? `/journalposter/${k.tilId}` : null;

/** The case's cross references (to other cases, records and classes), each named by its target's number. */
export function CaseReferences({ items, caption }: { items: readonly Kryssreferanse[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <Paragraph>{t('references.empty')}</Paragraph>;
  return (
    <DataTable caption={caption} headers={[t('references.type'), t('references.target'), t('references.created')]}>
      {items.map((k) => {
        const path = targetPath(k);
        const number = k.tilNummer ?? t('references.unknownTarget');
        return (
          <Table.Row key={k.id}>
            <Table.Cell>{t(`references.types.${k.tilType}`)}</Table.Cell>
            <Table.Cell className="nowrap">
              {path ? (
                <Link asChild>
                  <RouterLink to={path}>{number}</RouterLink>
                </Link>
              ) : (
                number
              )}
            </Table.Cell>
            <Table.Cell className="nowrap">{format.date(k.opprettetDato)}</Table.Cell>
          </Table.Row>
        );
      })}
    </DataTable>
  );
}
