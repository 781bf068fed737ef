import { useTranslation } from 'react-i18next';
import { RowAction } from '../features/common/DataTable';
import { useFormat } from '../features/common/format';
import { isRoleCode } from '../i18n/types';
import { useEndRole, type Bruker, type Rolletildeling } from './api';

/** A user's role assignments with their periods; one in force can be ended at once. */
export function UserRoles({ user }: { user: Bruker }) {
  const { t } = useTranslation();
  const format = useFormat();
  const endRole = useEndRole();
  if (user.roller.length === 0) return <>{t('admin.noRoles')}</>;

  const name = (r: Rolletildeling) => {
    const role = isRoleCode(r.rolle) ? t(`roles.${r.rolle}`) : r.rolle;
    return r.enhet ? `${role} (${r.enhet.navn})` : role;
  };
  const period = (r: Rolletildeling) => `${format.date(r.fraDato)}–${r.tilDato ? format.date(r.tilDato) : ''}`;
  return (
    <ul className="plain-list">
      {user.roller.map((r) => (
        <li key={r.id} className={r.gjeldende ? undefined : 'muted'}>
          {name(r)} <span className="nowrap">{period(r)}</span>
          {!r.gjeldende && ` (${t('admin.notInForce')})`}
          {r.gjeldende && (
            <>
              {' '}
              <RowAction mutation={endRole} value={r.id} label={t('admin.endRoleFor', { role: name(r), user: user.navn })}>
                {t('admin.endRole')}
              </RowAction>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
