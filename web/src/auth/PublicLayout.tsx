import { SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoLoadingNotice } from '../app/DemoLoadingNotice';
import { LanguageSwitch } from '../app/LanguageSwitch';

/** The frame for pages seen before login. */
export function PublicLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <span className="app-header__brand">{t('app.name')}</span>
        <div className="app-header__actions">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'page-main' : 'page-main page-main--narrow'}>
        <DemoLoadingNotice />
        {children}
      </main>
    </>
  );
}
