import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';

interface OidcInfo {
  enabled: boolean;
  label?: string;
}

/** Single sign-on, when the server has it configured. */
export function OidcLogin({ next }: { next: string }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['auth', 'oidc'],
    queryFn: () => api<OidcInfo>('/api/auth/oidc', { allowUnauthorized: true }),
    staleTime: Infinity,
    retry: false,
  });
  if (!data?.enabled) return null;

  const href = next === '/' ? '/api/auth/oidc/start' : `/api/auth/oidc/start?returnTo=${encodeURIComponent(next)}`;
  return (
    <div className="oidc-login">
      <Paragraph>{t('login.or')}</Paragraph>
      {/* A plain link: the server runs the redirect dance with the identity provider. */}
      <Button asChild variant="secondary">
        <a href={href}>{data.label ?? t('login.oidcDefault')}</a>
      </Button>
    </div>
  );
}
