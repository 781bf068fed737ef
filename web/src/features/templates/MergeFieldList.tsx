import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { useLanguage } from '../../i18n/use-language';
import { DataTable } from '../common/DataTable';
import { useFlettefelt } from './api';

/** Every merge field a template may use: how to write it, what it means, and what it gives for an example record. */
export function MergeFieldList() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const felt = useFlettefelt();
  return (
    <section className="stack" aria-labelledby="merge-fields-heading">
      <Heading level={2} data-size="sm" id="merge-fields-heading">
        {t('templates.fieldsHeading')}
      </Heading>
      <Paragraph>{t('templates.fieldsIntro', { example: '{{sak.saksnummer}}' })}</Paragraph>
      {felt.isPending && <Loading />}
      {felt.error && <ErrorNotice error={felt.error} headingLevel={3} onRetry={() => void felt.refetch()} />}
      {felt.data && (
        <DataTable caption={t('templates.fieldsCaption')} headers={[t('templates.field'), t('templates.meaning'), t('templates.example')]}>
          {felt.data.items.map((f) => (
            <Table.Row key={f.navn}>
              <Table.Cell>
                <code>{`{{${f.navn}}}`}</code>
              </Table.Cell>
              <Table.Cell>{pick(f)}</Table.Cell>
              <Table.Cell className="pre-line">{f.eksempel}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
