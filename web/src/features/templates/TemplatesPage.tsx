import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import '../common/features.css';
import './templates.css';
import { LetterheadForm } from './LetterheadForm';
import { MergeFieldList } from './MergeFieldList';
import { TemplateTable } from './TemplateTable';
import { UploadTemplateForm } from './UploadTemplateForm';

/** «Dokumentmaler»: the system owner's templates, the letterhead they draw on, and every merge field with its meaning. */
export function TemplatesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('templates.title')}>
      <Paragraph>{t('templates.intro')}</Paragraph>
      <TemplateTable />
      <UploadTemplateForm />
      <LetterheadForm />
      <MergeFieldList />
    </Page>
  );
}
