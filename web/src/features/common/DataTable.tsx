import { Button, Table } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

interface Props {
  /** Names the table and its scrollable region for screen readers. */
  caption: string;
  /** Column headings; a falsy entry is a column left out (e.g. actions the reader may not take). */
  headers: readonly (string | false | null | undefined)[];
  children: ReactNode;
}

/** A zebra table in a keyboard-scrollable region with a hidden caption: the shape of every list table. */
export function DataTable({ caption, headers, children }: Props) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra border>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {headers
              .filter((h): h is string => !!h)
              .map((h) => (
                <Table.HeaderCell key={h}>{h}</Table.HeaderCell>
              ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}

interface RowActionProps<V> {
  mutation: UseMutationResult<unknown, Error, V>;
  value: V;
  /** The accessible name, which names the row ("Avslutt rollen … for …"). */
  label: string;
  children: ReactNode;
}

/** A small button in a table row that runs a mutation for that row, spinning while it runs. */
export function RowAction<V>({ mutation, value, label, children }: RowActionProps<V>) {
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      loading={mutation.isPending && mutation.variables === value}
      onClick={() => mutation.mutate(value)}
      aria-label={label}
    >
      {children}
    </Button>
  );
}
