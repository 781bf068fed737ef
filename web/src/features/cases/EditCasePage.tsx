import { Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { useSaksmappe } from './api';
import { EditCaseForm } from './EditCaseForm';
import '../common/features.css';

export function EditCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const sak = useSaksmappe(id);

  // The form mounts once the case is loaded, so it starts from the stored values.
  if (!sak.data)
    return (
      <Page title={t('editCase.heading')}>
        <QueryState query={sak} />
      </Page>
    );
  return (
    <Page title={t('editCase.title', { number: sak.data.saksnummer })}>
      <Paragraph>{`${t('editCase.intro')} ${t('form.allRequired')}`}</Paragraph>
      <EditCaseForm sak={sak.data} />
    </Page>
  );
}
