import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../app/Loading';
import { Page } from '../app/Page';
import { LoginForm } from './LoginForm';
import { OidcLogin } from './OidcLogin';
import { PublicLayout } from './PublicLayout';
import { returnPath } from './return-path';
import { useSession } from './session';

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: session, isPending } = useSession();
  const next = returnPath(location.search);
  // The server sends a failed OIDC login back here with ?feil=oidc.
  const oidcFailed = new URLSearchParams(location.search).get('feil') === 'oidc';

  // Also the way out after a successful login: the form stores the new session.
  if (session) return <Navigate to={next} replace />;
  return (
    <PublicLayout>
      {isPending ? (
        <Loading />
      ) : (
        <Page title={t('login.title')}>
          {oidcFailed && (
            <Alert data-color="danger">
              <Paragraph>{t('login.oidcFailed')}</Paragraph>
            </Alert>
          )}
          <Paragraph>{t('login.intro')}</Paragraph>
          <LoginForm />
          <OidcLogin next={next} />
        </Page>
      )}
    </PublicLayout>
  );
}
