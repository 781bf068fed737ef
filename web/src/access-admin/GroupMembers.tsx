import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../app/QueryState';
import { AddPersonSearch } from '../features/common/AddPersonSearch';
import { PeopleTable } from '../features/common/PeopleTable';
import { medlemmerKey, medlemmerUrl, useMedlemmer, usePeopleMutations, type Tilgangsgruppe } from './api';

/** One group's members: who reads what is screened for the group. */
export function GroupMembers({ group }: { group: Tilgangsgruppe }) {
  const { t } = useTranslation();
  const members = useMedlemmer(group.id);
  const { add, remove } = usePeopleMutations(medlemmerUrl(group.id), medlemmerKey(group.id));
  return (
    <section aria-labelledby="members-heading" className="stack">
      <Heading level={3} data-size="xs" id="members-heading">
        {t('accessAdmin.membersOf', { group: group.navn })}
      </Heading>
      {!members.data && <QueryState query={members} />}
      {members.data && (
        <>
          <PeopleTable
            people={members.data.items}
            caption={t('accessAdmin.membersOf', { group: group.navn })}
            empty={t('accessAdmin.noMembers')}
            {...(members.data.kanEndre && { remove })}
          />
          {members.data.kanEndre && (
            <AddPersonSearch id="add-member" heading={t('accessAdmin.addMember')} present={members.data.items} add={add} />
          )}
        </>
      )}
    </section>
  );
}
