import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../app/Page';
import { useShell } from '../app/shell-context';
import { roleLabel } from '../app/role-groups';
import { useLanguage } from '../i18n/use-language';
import { NewTokenForm } from './NewTokenForm';
import { SessionList } from './SessionList';
import { TokenList } from './TokenList';

/** «Min konto»: my open sessions and my own API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { active } = useShell();
  const roles = active ? [{ value: active.id, label: `${active.organisasjon.navn} — ${roleLabel(pick(active.rolleNavn), active)}` }] : [];

  return (
    <Page title={t('account.title')}>
      <section aria-labelledby="sessions-heading" className="stack">
        <Heading level={2} data-size="md" id="sessions-heading">
          {t('account.sessionsHeading')}
        </Heading>
        <SessionList />
      </section>
      <section aria-labelledby="tokens-heading" className="stack">
        <Heading level={2} data-size="md" id="tokens-heading">
          {t('account.tokensHeading')}
        </Heading>
        <Paragraph>{t('account.tokensIntro')}</Paragraph>
        <TokenList showOwner={false} />
        {roles.length > 0 && (
          <Card data-color="neutral">
            <NewTokenForm roles={roles} />
          </Card>
        )}
      </section>
    </Page>
  );
}
