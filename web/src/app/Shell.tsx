import { SkipLink } from '@digdir/designsystemet-react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { DemoLoadingNotice } from './DemoLoadingNotice';
import { ErrorNotice } from './ErrorNotice';
import { Header } from './Header';
import { Loading } from './Loading';
import { MainNav } from './MainNav';
import { shellContext } from './shell-context';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/** The frame around every page for a signed-in user. */
export function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: session, error, refetch, isPending } = useSession();
  useFocusOnNavigation();

  if (isPending)
    return (
      <main id="main">
        <Loading />
      </main>
    );
  if (error && !session) {
    return (
      <main id="main" className="page-main">
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (!session) {
    const wanted = location.pathname + location.search;
    const target = wanted === '/' ? '/logg-inn' : `/logg-inn?neste=${encodeURIComponent(wanted)}`;
    return <Navigate to={target} replace />;
  }

  const context = shellContext(session);
  return (
    <>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <Header session={session} />
      <MainNav role={context.active?.rolle} />
      <main id="main" tabIndex={-1} className="page-main">
        <DemoLoadingNotice />
        <Outlet context={context} />
      </main>
    </>
  );
}
