import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { Page } from '../../app/Page';
import { DataTable, RowAction } from '../common/DataTable';
import { FormAlert } from '../common/FormAlert';
import { useFormat } from '../common/format';
import { Paging } from '../common/Paging';
import { SelectField } from '../common/SelectField';
import { PER_PAGE, useJobber, useRetryJobb, type Jobb, type JobbStatus } from './api';

const STATUSES: JobbStatus[] = ['venter', 'kjorer', 'ferdig', 'feilet'];
const COLOR = { venter: 'neutral', kjorer: 'info', ferdig: 'success', feilet: 'danger' } as const;

/** «Bakgrunnsjobber»: the organisation's background jobs, their progress and failures; a failed one can be tried again. */
export function JobsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<JobbStatus | ''>('');
  const [page, setPage] = useState(1);
  const jobs = useJobber(status, page);
  const retry = useRetryJobb();
  const typeName = (type: string) => t(`jobs.types.${type}`, { defaultValue: type });

  const row = (j: Jobb) => (
    <Table.Row key={j.id}>
      <Table.Cell>{typeName(j.type)}</Table.Cell>
      <Table.Cell>
        <Tag data-color={COLOR[j.status]} data-size="sm">
          {t(`jobs.status.${j.status}`)}
        </Tag>
      </Table.Cell>
      <Table.Cell>{t('jobs.attempts', { n: j.forsok, max: j.maksForsok })}</Table.Cell>
      <Table.Cell className="nowrap">{format.dateTime(j.opprettetDato)}</Table.Cell>
      <Table.Cell className="nowrap">{format.dateTime(j.ferdigDato ?? j.startetDato)}</Table.Cell>
      <Table.Cell>{j.feilmelding ?? ''}</Table.Cell>
      <Table.Cell>
        {j.status === 'feilet' && (
          <RowAction mutation={retry} value={j.id} label={t('jobs.retryJob', { type: typeName(j.type), id: j.id })}>
            {t('jobs.retry')}
          </RowAction>
        )}
      </Table.Cell>
    </Table.Row>
  );

  return (
    <Page title={t('jobs.title')}>
      <Paragraph>{t('jobs.intro')}</Paragraph>
      <SelectField
        label={t('jobs.statusFilter')}
        value={status}
        onChange={(v) => {
          setStatus(v as JobbStatus | '');
          setPage(1);
        }}
        emptyLabel={t('jobs.all')}
        options={STATUSES.map((s) => ({ value: s, label: t(`jobs.status.${s}`) }))}
      />
      {jobs.isPending && <Loading />}
      {jobs.error && <ErrorNotice error={jobs.error} headingLevel={2} onRetry={() => void jobs.refetch()} />}
      <FormAlert error={retry.error} />
      {jobs.data && jobs.data.feilet > 0 && <Paragraph>{t('jobs.failedCount', { count: jobs.data.feilet })}</Paragraph>}
      {jobs.data &&
        (jobs.data.items.length === 0 ? (
          <Paragraph>{t('jobs.empty')}</Paragraph>
        ) : (
          <>
            <DataTable
              caption={t('jobs.caption')}
              headers={[
                t('jobs.type'),
                t('jobs.statusHeading'),
                t('jobs.attemptsHeading'),
                t('jobs.created'),
                t('jobs.finished'),
                t('jobs.error'),
                t('admin.actions'),
              ]}
            >
              {jobs.data.items.map(row)}
            </DataTable>
            <Paging page={page} perPage={PER_PAGE} total={jobs.data.total} onChange={setPage} label={t('jobs.paging')} />
          </>
        ))}
    </Page>
  );
}
