import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { Page } from '../../app/Page';
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
          <Button
            variant="tertiary"
            data-size="sm"
            loading={retry.isPending && retry.variables === j.id}
            onClick={() => retry.mutate(j.id)}
            aria-label={t('jobs.retryJob', { type: typeName(j.type), id: j.id })}
          >
            {t('jobs.retry')}
          </Button>
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
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('jobs.caption')}>
              <Table zebra border>
                <caption className="visually-hidden">{t('jobs.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('jobs.type')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('jobs.statusHeading')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('jobs.attemptsHeading')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('jobs.created')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('jobs.finished')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('jobs.error')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('admin.actions')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>{jobs.data.items.map(row)}</Table.Body>
              </Table>
            </div>
            <Paging page={page} perPage={PER_PAGE} total={jobs.data.total} onChange={setPage} label={t('jobs.paging')} />
          </>
        ))}
    </Page>
  );
}
