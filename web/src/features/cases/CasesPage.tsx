import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';

export function CasesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('cases.title')}>
      <Paragraph>{t('cases.intro')}</Paragraph>
    </Page>
  );
}
