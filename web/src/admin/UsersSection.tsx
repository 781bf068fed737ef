import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { PagingOf } from '../features/common/sub-list-paging';
import { useDebouncedValue } from '../features/common/use-debounced-value';
import { useBrukere } from './api';
import { UserTable } from './UserTable';

const PER_PAGE = 50;

/** The organisation's users a page at a time, searchable by name or user name. */
export function UsersSection({ selfId }: { selfId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim());
  const [paging, setPaging] = useState({ q, side: 1 });
  // A new search starts on its first page.
  const side = paging.q === q ? paging.side : 1;
  const users = useBrukere({ q, side, perSide: PER_PAGE });

  return (
    <section aria-labelledby="users-heading" className="stack">
      <Heading level={2} data-size="md" id="users-heading">
        {t('admin.usersHeading')}
      </Heading>
      <Textfield
        label={t('admin.usersSearch')}
        description={t('admin.usersSearchHelp')}
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      {users.isPending && <Loading />}
      {users.error && <ErrorNotice error={users.error} headingLevel={3} onRetry={() => void users.refetch()} />}
      {users.data && (
        <>
          {q && users.data.items.length === 0 ? (
            <Paragraph>{t('admin.usersNoMatch')}</Paragraph>
          ) : (
            <UserTable users={users.data.items} selfId={selfId} />
          )}
          <PagingOf page={users.data} label={t('admin.usersPaging')} onChange={(next) => setPaging({ q, side: next })} />
        </>
      )}
    </section>
  );
}
