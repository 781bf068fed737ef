import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Part } from './types';

/** The parts of a case (applicant, employee, pupil …). */
export function CaseParts({ items }: { items: readonly Part[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Paragraph>{t('parts.empty')}</Paragraph>;
  const address = (p: Part) => [p.postadresse, [p.postnummer, p.poststed].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('parts.caption')}>
      <Table zebra border>
        <caption className="visually-hidden">{t('parts.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('parts.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('parts.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('parts.address')}</Table.HeaderCell>
            <Table.HeaderCell>{t('parts.email')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>{p.partNavn}</Table.Cell>
              <Table.Cell>{p.partRolle}</Table.Cell>
              <Table.Cell>{address(p)}</Table.Cell>
              <Table.Cell>{p.epostadresse}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
