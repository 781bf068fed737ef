import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isRoleCode } from '../i18n/types';
import type { Bruker } from './api';

export function UserTable({ users }: { users: readonly Bruker[] }) {
  const { t } = useTranslation();
  if (users.length === 0) return <Paragraph>{t('admin.usersEmpty')}</Paragraph>;

  const roleName = (code: string) => (isRoleCode(code) ? t(`roles.${code}`) : code);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.usersCaption')}>
      <Table zebra border>
        <caption className="visually-hidden">{t('admin.usersCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('admin.username')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('admin.roles')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.Cell>{user.brukernavn}</Table.Cell>
              <Table.Cell>{user.navn}</Table.Cell>
              <Table.Cell>
                {user.roller.length === 0
                  ? t('admin.noRoles')
                  : user.roller.map((r) => (r.enhet ? `${roleName(r.rolle)} (${r.enhet.navn})` : roleName(r.rolle))).join(', ')}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
