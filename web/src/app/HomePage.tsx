import { Card, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { isRoleCode } from '../i18n/types';
import { WorklistCounts } from '../features/worklists/WorklistCounts';
import { Page } from './Page';
import { useShell } from './shell-context';

export function HomePage() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { session, active } = useShell();

  return (
    <Page title={t('home.title')}>
      <Paragraph data-size="lg">{t('home.welcome', { name: session.bruker.navn })}</Paragraph>
      {active ? (
        <Paragraph>
          {active.enhet
            ? t('home.activeRoleInUnit', {
                role: pick(active.rolleNavn),
                organisation: active.organisasjon.navn,
                unit: active.enhet.navn,
              })
            : t('home.activeRole', { role: pick(active.rolleNavn), organisation: active.organisasjon.navn })}
        </Paragraph>
      ) : (
        <Paragraph>{session.roller.length > 0 ? t('home.chooseRole') : t('home.noRoles')}</Paragraph>
      )}
      {active && <WorklistCounts key={active.id} />}
      {active && isRoleCode(active.rolle) && (
        <Card data-color="neutral" className="duties">
          <Heading level={2} data-size="sm">
            {t('home.dutiesHeading')}
          </Heading>
          <List.Unordered>
            {t(`home.duties.${active.rolle}`, { returnObjects: true }).map((duty) => (
              <List.Item key={duty}>{duty}</List.Item>
            ))}
          </List.Unordered>
        </Card>
      )}
    </Page>
  );
}
