import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NewTokenForm } from '../account/NewTokenForm';
import { TokenList } from '../account/TokenList';
import { MAX_USERS_PER_PAGE, useBrukere } from './api';

/** The system owner's view of the organisation's API tokens, and new tokens for integration users. */
export function TokenAdmin() {
  const { t } = useTranslation();
  const users = useBrukere({ integrasjon: true, aktive: true, perSide: MAX_USERS_PER_PAGE });
  const roles = (users.data?.items ?? []).flatMap((u) =>
    u.roller.filter((r) => r.gjeldende).map((r) => ({ value: r.id, label: `${u.navn} (${u.brukernavn}) — ${r.rolle}` })),
  );
  return (
    <section aria-labelledby="tokens-heading" className="stack">
      <Heading level={2} data-size="md" id="tokens-heading">
        {t('account.tokensHeading')}
      </Heading>
      <TokenList showOwner />
      <Card data-color="neutral">
        {users.data && (roles.length > 0 ? <NewTokenForm roles={roles} /> : <Paragraph>{t('account.noIntegrationUsers')}</Paragraph>)}
      </Card>
    </section>
  );
}
