import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleCode } from '../i18n/types';
import { Page } from './Page';
import { useShell } from './shell-context';

/** The server enforces access; this only spares the user a page of errors. */
export function RequireRole({ roles, children }: { roles: readonly RoleCode[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { active } = useShell();
  if (active && roles.some((r) => r === active.rolle)) return children;
  return (
    <Page title={t('noAccess.title')}>
      <Paragraph>{t('noAccess.text')}</Paragraph>
    </Page>
  );
}
