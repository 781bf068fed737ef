import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../access-admin/api';
import { DataTable, RowAction } from './DataTable';
import { FormAlert } from './FormAlert';
import { useFormat } from './format';

interface Props {
  people: readonly Person[];
  caption: string;
  empty: string;
  /** Removes a person; absent when the reader may not change the list. */
  remove?: UseMutationResult<void, Error, string>;
}

/** The people of a list that gives read access (a group's members, a case's internal contacts). */
export function PeopleTable({ people, caption, empty, remove }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (people.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <>
      <DataTable caption={caption} headers={[t('people.name'), t('people.username'), t('people.added'), remove && t('people.actions')]}>
        {people.map((p) => (
          <Table.Row key={p.id}>
            <Table.Cell>{p.navn}</Table.Cell>
            <Table.Cell>{p.brukernavn}</Table.Cell>
            <Table.Cell>{format.date(p.lagtTilDato)}</Table.Cell>
            {remove && (
              <Table.Cell>
                <RowAction mutation={remove} value={p.id} label={t('people.removeFor', { name: p.navn })}>
                  {t('people.remove')}
                </RowAction>
              </Table.Cell>
            )}
          </Table.Row>
        ))}
      </DataTable>
      <div aria-live="polite" aria-atomic="true">
        {remove && <FormAlert error={remove.error} />}
      </div>
    </>
  );
}
