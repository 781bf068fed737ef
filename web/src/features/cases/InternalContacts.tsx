import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { QueryState } from '../../app/QueryState';
import { usePeopleMutations, type Person } from '../../access-admin/api';
import { AddPersonSearch } from '../common/AddPersonSearch';
import { PeopleTable } from '../common/PeopleTable';

interface Kontakter {
  items: Person[];
  /** The reader may not see who they are (the case is screened from them). */
  skjermet: boolean;
  kanEndre: boolean;
}

const url = (id: string) => `/api/saksmapper/${encodeURIComponent(id)}/interne-kontakter`;
const key = (id: string) => ['saksmapper', id, 'interne-kontakter'] as const;

/** A case's internal contacts (they read it even when screened); added and removed when the change rule allows. */
export function InternalContacts({ saksmappeId, number }: { saksmappeId: string; number: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: key(saksmappeId), queryFn: () => api<Kontakter>(url(saksmappeId)) });
  const { add, remove } = usePeopleMutations(url(saksmappeId), key(saksmappeId));
  if (!query.data) return <QueryState query={query} />;
  const k = query.data;
  if (k.skjermet) return <Paragraph>{t('contacts.screened')}</Paragraph>;
  return (
    <div className="stack">
      <Paragraph data-size="sm">{t('contacts.help')}</Paragraph>
      <PeopleTable
        people={k.items}
        caption={t('contacts.caption', { number })}
        empty={t('contacts.empty')}
        {...(k.kanEndre && { remove })}
      />
      {k.kanEndre && <AddPersonSearch id="add-contact" heading={t('contacts.add')} present={k.items} add={add} />}
    </div>
  );
}
