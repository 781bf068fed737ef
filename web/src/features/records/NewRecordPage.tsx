import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { useSaksmappe } from '../cases/api';
import { NewRecordForm } from './NewRecordForm';
import '../common/features.css';

export function NewRecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const sak = useSaksmappe(id);
  return (
    <Page title={t('newRecord.title')}>
      {sak.data && (
        <Paragraph>
          {t('newRecord.inCase')}{' '}
          <Link asChild>
            <RouterLink to={`/saker/${id}`}>{`${sak.data.saksnummer} ${sak.data.tittel}`}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <NewRecordForm saksmappeId={id} />
    </Page>
  );
}
