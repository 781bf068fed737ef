import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../access-admin/api';
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
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <Table zebra border>
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('people.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people.username')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people.added')}</Table.HeaderCell>
              {remove && <Table.HeaderCell>{t('people.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {people.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{p.navn}</Table.Cell>
                <Table.Cell>{p.brukernavn}</Table.Cell>
                <Table.Cell>{format.date(p.lagtTilDato)}</Table.Cell>
                {remove && (
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      loading={remove.isPending && remove.variables === p.id}
                      onClick={() => remove.mutate(p.id)}
                      aria-label={t('people.removeFor', { name: p.navn })}
                    >
                      {t('people.remove')}
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div aria-live="polite" aria-atomic="true">
        {remove && <FormAlert error={remove.error} />}
      </div>
    </>
  );
}
