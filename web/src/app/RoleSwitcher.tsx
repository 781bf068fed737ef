import { Dropdown } from '@digdir/designsystemet-react';
import { Fragment, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import type { RoleAssignment, Session } from '../auth/session';
import { useSwitchRole } from '../auth/use-auth-actions';
import { useLanguage } from '../i18n/use-language';
import { groupByOrganisation, roleLabel } from './role-groups';

interface Props {
  session: Session;
  active: RoleAssignment | undefined;
}

export function RoleSwitcher({ session, active }: Props) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const errorText = useErrorText();
  const switchRole = useSwitchRole();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);
  const idPrefix = useId();

  const fullLabel = (r: RoleAssignment) => `${r.organisasjon.navn} — ${roleLabel(pick(r.rolleNavn), r)}`;
  const current = active ? fullLabel(active) : t('header.noActiveRole');

  const choose = (role: RoleAssignment) => {
    setOpen(false);
    trigger.current?.focus();
    if (role.id === session.aktivRolleId) return;
    setStatus('');
    switchRole.mutate(role.id, {
      onSuccess: () => setStatus(t('header.roleSwitched', { role: fullLabel(role) })),
      onError: (error) => setStatus(errorText(error)),
    });
  };

  return (
    <div className="role-switcher">
      <Dropdown.TriggerContext>
        <Dropdown.Trigger
          ref={trigger}
          variant="secondary"
          data-size="sm"
          aria-label={t('header.switchRoleFor', { role: current })}
          loading={switchRole.isPending}
        >
          {current}
        </Dropdown.Trigger>
        <Dropdown open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)} placement="bottom-end">
          {groupByOrganisation(session.roller).map((group) => (
            <Fragment key={group.organisationId}>
              <p id={`${idPrefix}-${group.organisationId}`} className="role-switcher__org">
                {group.organisationName}
              </p>
              <Dropdown.List aria-labelledby={`${idPrefix}-${group.organisationId}`}>
                {group.roles.map((role) => {
                  const isActive = role.id === session.aktivRolleId;
                  return (
                    <Dropdown.Item key={role.id}>
                      <Dropdown.Button aria-current={isActive ? 'true' : undefined} onClick={() => choose(role)}>
                        {/* The organisation is the list's label; say it per item for those who tab through. */}
                        <span className="visually-hidden">{group.organisationName} — </span>
                        {roleLabel(pick(role.rolleNavn), role)}
                        {isActive && <span className="role-switcher__current"> ({t('header.current')})</span>}
                      </Dropdown.Button>
                    </Dropdown.Item>
                  );
                })}
              </Dropdown.List>
            </Fragment>
          ))}
        </Dropdown>
      </Dropdown.TriggerContext>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
