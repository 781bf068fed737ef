import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { navItemsFor } from './nav-items';

export function MainNav({ role }: { role: string | undefined }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {navItemsFor(role).map((item) => (
          <li key={item.to}>
            {/* NavLink sets aria-current="page" on the active item. */}
            <NavLink to={item.to} end={item.to === '/'} className="main-nav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
