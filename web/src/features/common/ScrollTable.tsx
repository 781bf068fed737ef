import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

interface Props {
  /** Names the table (a hidden caption) and its scroll region. */
  caption: string;
  headers: readonly string[];
  /** The rows (`Table.Row`). */
  children: ReactNode;
}

/** A zebra table in a region that scrolls sideways on a narrow screen and can be reached by keyboard to scroll. */
export function ScrollTable({ caption, headers, children }: Props) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra border>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {headers.map((header) => (
              <Table.HeaderCell key={header}>{header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </div>
  );
}
