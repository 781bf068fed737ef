import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';

export function SearchPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('search.title')}>
      <Paragraph>{t('search.intro')}</Paragraph>
    </Page>
  );
}
