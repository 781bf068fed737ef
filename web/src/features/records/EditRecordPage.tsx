import { Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { useJournalpost } from './api';
import { EditRecordForm } from './EditRecordForm';
import '../common/features.css';

export function EditRecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const jp = useJournalpost(id);

  // The form mounts once the record is loaded, so it starts from the stored values.
  if (!jp.data)
    return (
      <Page title={t('editRecord.heading')}>
        <QueryState query={jp} />
      </Page>
    );
  return (
    <Page title={t('editRecord.title', { number: jp.data.journalpostId })}>
      <Paragraph>{`${t('editRecord.intro')} ${t('form.allRequired')}`}</Paragraph>
      <EditRecordForm jp={jp.data} />
    </Page>
  );
}
