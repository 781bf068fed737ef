import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../features/common/DataTable';
import { FormAlert } from '../features/common/FormAlert';
import { useSetUserStatus, type Bruker } from './api';
import { UserHistoryDialog } from './UserHistoryDialog';
import { UserRoles } from './UserRoles';

/** The organisation's users: status, role assignments with periods, and the system owner's life-cycle actions. */
export function UserTable({ users, selfId }: { users: readonly Bruker[]; selfId?: string | undefined }) {
  const { t } = useTranslation();
  const setStatus = useSetUserStatus();
  if (users.length === 0) return <Paragraph>{t('admin.usersEmpty')}</Paragraph>;

  return (
    <div className="stack">
      <FormAlert error={setStatus.error} />
      <DataTable
        caption={t('admin.usersCaption')}
        headers={[t('admin.username'), t('admin.name'), t('admin.status'), t('admin.roles'), t('admin.actions')]}
      >
        {users.map((user) => (
          <Table.Row key={user.id}>
            <Table.Cell>{user.brukernavn}</Table.Cell>
            <Table.Cell>{user.navn}</Table.Cell>
            <Table.Cell>
              <Tag data-color={user.aktiv ? 'success' : 'neutral'} data-size="sm">
                {user.aktiv ? t('admin.active') : t('admin.passive')}
              </Tag>
            </Table.Cell>
            <Table.Cell>
              <UserRoles user={user} />
            </Table.Cell>
            <Table.Cell>
              <div className="page-actions">
                {user.id !== selfId && (
                  <Button
                    variant="secondary"
                    data-size="sm"
                    loading={setStatus.isPending && setStatus.variables?.id === user.id}
                    onClick={() => setStatus.mutate({ id: user.id, aktiv: !user.aktiv })}
                    aria-label={t(user.aktiv ? 'admin.makePassiveFor' : 'admin.makeActiveFor', { user: user.navn })}
                  >
                    {user.aktiv ? t('admin.makePassive') : t('admin.makeActive')}
                  </Button>
                )}
                <UserHistoryDialog user={user} />
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </DataTable>
    </div>
  );
}
