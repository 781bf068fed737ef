import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { activeRole, type Session } from '../auth/session';
import { useLogout } from '../auth/use-auth-actions';
import { useLanguage } from '../i18n/use-language';
import { LanguageSwitch } from './LanguageSwitch';
import { roleLabel } from './role-groups';
import { RoleSwitcher } from './RoleSwitcher';

export function Header({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const logout = useLogout();
  const active = activeRole(session);

  return (
    <header className="app-header">
      <RouterLink to="/" className="app-header__brand">
        {t('app.name')}
      </RouterLink>
      <div className="app-header__context">
        <Paragraph data-size="sm" className="app-header__user">
          {t('header.signedInAs', { name: session.bruker.navn })}
        </Paragraph>
        {session.roller.length > 1 ? (
          <RoleSwitcher session={session} active={active} />
        ) : (
          <Paragraph data-size="sm">
            {active ? `${active.organisasjon.navn} — ${roleLabel(pick(active.rolleNavn), active)}` : t('header.noActiveRole')}
          </Paragraph>
        )}
      </div>
      <div className="app-header__actions">
        <LanguageSwitch />
        <RouterLink to="/min-konto" className="app-header__link">
          {t('header.account')}
        </RouterLink>
        <Button variant="secondary" data-size="sm" loading={logout.isPending} onClick={() => logout.mutate()}>
          {t('header.logout')}
        </Button>
      </div>
    </header>
  );
}
