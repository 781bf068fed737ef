import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { useLogoutEverywhere } from '../auth/use-auth-actions';
import { DataTable, RowAction } from '../features/common/DataTable';
import { FormAlert } from '../features/common/FormAlert';
import { useFormat } from '../features/common/format';
import { PagingOf } from '../features/common/sub-list-paging';
import { useEndSession, useOwnSessions } from './api';

/** The browsers where I am logged in: end one, or log out everywhere. */
export function SessionList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [side, setSide] = useState(1);
  const sessions = useOwnSessions(side);
  const endSession = useEndSession();
  const everywhere = useLogoutEverywhere();
  if (sessions.isPending) return <Loading />;
  if (sessions.error) return <ErrorNotice error={sessions.error} headingLevel={3} onRetry={() => void sessions.refetch()} />;
  if (sessions.data.items.length === 0) return <Paragraph>{t('account.noSessions')}</Paragraph>;

  return (
    <div className="stack">
      <FormAlert error={endSession.error ?? everywhere.error} />
      <DataTable
        caption={t('account.sessionsCaption')}
        headers={[t('account.browser'), t('account.ip'), t('account.loggedIn'), t('account.lastUsed'), t('admin.actions')]}
      >
        {sessions.data.items.map((s) => (
          <Table.Row key={s.id}>
            <Table.Cell>
              {s.brukeragent ?? t('account.unknownBrowser')}{' '}
              {s.denne && (
                <Tag data-color="info" data-size="sm">
                  {t('account.thisSession')}
                </Tag>
              )}
            </Table.Cell>
            <Table.Cell>{s.ip ?? ''}</Table.Cell>
            <Table.Cell className="nowrap">{format.dateTime(s.opprettetDato)}</Table.Cell>
            <Table.Cell className="nowrap">{format.dateTime(s.sistBruktDato)}</Table.Cell>
            <Table.Cell>
              {!s.denne && (
                <RowAction
                  mutation={endSession}
                  value={s.id}
                  label={t('account.endSessionFrom', { when: format.dateTime(s.opprettetDato) })}
                >
                  {t('account.endSession')}
                </RowAction>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </DataTable>
      <PagingOf page={sessions.data} label={t('account.sessionsPaging')} onChange={setSide} />
      <div className="page-actions">
        <Button variant="secondary" loading={everywhere.isPending} onClick={() => everywhere.mutate()}>
          {t('account.logoutEverywhere')}
        </Button>
      </div>
    </div>
  );
}
