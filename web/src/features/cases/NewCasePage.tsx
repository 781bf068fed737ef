import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { NewCaseForm } from './NewCaseForm';
import '../common/features.css';

export function NewCasePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('newCase.title')}>
      <Paragraph>{`${t('newCase.intro')} ${t('form.allRequired')}`}</Paragraph>
      <NewCaseForm />
    </Page>
  );
}
