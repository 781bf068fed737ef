import { Button, Heading, Link, Paragraph, Table, Tabs, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { useShell } from '../../app/shell-context';
import { FormAlert } from '../common/FormAlert';
import { useFormat } from '../common/format';
import { useUnitOptions } from '../common/people';
import { SelectField } from '../common/SelectField';
import { PagingOf } from '../common/sub-list-paging';
import { useTab } from '../common/use-tab';
import { fileUrl, useMonth, useQuarterlyRun, useReport, type Rapport, type ReportFilter } from './api';
import '../common/features.css';

const tabs = ['restanseliste', 'forfallsliste', 'maanedsoversikt'] as const;

/**
 * «Rapporter» (seed 001, «Rutine for restanseoppfølging»): the backlog list
 * per unit and case worker, optionally without the last weeks; the due list;
 * the leader's month; CSV and PDF; and for the archive the quarterly run.
 * The server decides whose rows each role sees, and each title by the read rule.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useTab(tabs);
  const { active } = useShell();
  const units = useUnitOptions();
  const chooseUnit = active?.rolle === 'ARK' || active?.rolle === 'LED' || active?.rolle === 'SF';
  const [enhetId, setEnhetId] = useState('');
  return (
    <Page title={t('reports.title')}>
      <Paragraph>{t('reports.intro')}</Paragraph>
      {chooseUnit && (
        <SelectField label={t('reports.unit')} value={enhetId} onChange={setEnhetId} emptyLabel={t('reports.allUnits')} options={units} />
      )}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="restanseliste">{t('reports.backlog')}</Tabs.Tab>
          <Tabs.Tab value="forfallsliste">{t('reports.due')}</Tabs.Tab>
          <Tabs.Tab value="maanedsoversikt">{t('reports.month')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="restanseliste">
          {tab === 'restanseliste' && <ReportPanel rapport="restanseliste" enhetId={enhetId} />}
        </Tabs.Panel>
        <Tabs.Panel value="forfallsliste">
          {tab === 'forfallsliste' && <ReportPanel rapport="forfallsliste" enhetId={enhetId} />}
        </Tabs.Panel>
        <Tabs.Panel value="maanedsoversikt">{tab === 'maanedsoversikt' && <MonthPanel enhetId={enhetId} />}</Tabs.Panel>
      </Tabs>
      {active?.rolle === 'ARK' && <QuarterlyRun />}
    </Page>
  );
}

function ReportPanel({ rapport, enhetId }: { rapport: Rapport; enhetId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [f, setF] = useState<Omit<ReportFilter, 'enhetId'>>({ utelatUker: '', forfallTil: '', side: 1 });
  const filter = { ...f, enhetId };
  const report = useReport(rapport, filter);
  const caption = t(rapport === 'restanseliste' ? 'reports.backlogCaption' : 'reports.dueCaption');
  return (
    <div className="stack">
      <Heading level={2} data-size="sm" className="tab-heading">
        {t(rapport === 'restanseliste' ? 'reports.backlog' : 'reports.due')}
      </Heading>
      {rapport === 'restanseliste' ? (
        <Textfield
          label={t('reports.leaveOutWeeks')}
          description={t('reports.leaveOutWeeksHelp')}
          type="number"
          min={0}
          max={52}
          value={f.utelatUker}
          onChange={(e) => setF({ ...f, utelatUker: e.target.value, side: 1 })}
        />
      ) : (
        <Textfield
          label={t('reports.dueUntil')}
          description={t('reports.dueUntilHelp')}
          type="date"
          value={f.forfallTil}
          onChange={(e) => setF({ ...f, forfallTil: e.target.value, side: 1 })}
        />
      )}
      <div className="button-row">
        <Link href={fileUrl(rapport, filter, 'csv')} download>
          {t('reports.downloadCsv')}
        </Link>
        <Link href={fileUrl(rapport, filter, 'pdf')} download>
          {t('reports.downloadPdf')}
        </Link>
      </div>
      {!report.data ? (
        <QueryState query={report} />
      ) : (
        <>
          <Paragraph data-size="sm">{t('reports.count', { count: report.data.total })}</Paragraph>
          {report.data.oppsummering.length > 0 && (
            <Table data-size="sm">
              <caption>{t('reports.summaryCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('reports.unit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reports.caseWorker')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reports.count_label')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reports.overdue')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {report.data.oppsummering.map((g) => (
                  <Table.Row key={`${g.enhet?.id ?? ''}-${g.saksbehandler?.id ?? ''}`}>
                    <Table.Cell>{g.enhet?.navn ?? t('reports.noUnit')}</Table.Cell>
                    <Table.Cell>{g.saksbehandler?.navn ?? t('reports.notDistributed')}</Table.Cell>
                    <Table.Cell>{g.antall}</Table.Cell>
                    <Table.Cell>{g.overFrist}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
            <Table zebra border data-size="sm">
              <caption className="visually-hidden">{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('records.number')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('records.recordTitle')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reports.unit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reports.caseWorker')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reports.journalDate')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reports.dueDate')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {report.data.items.map((r) => (
                  <Table.Row key={`${r.id}-${r.enhet?.id ?? ''}-${r.saksbehandler?.id ?? ''}`}>
                    <Table.Cell className="nowrap">{`${r.journalpostId} (${r.journalposttype})`}</Table.Cell>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/journalposter/${r.id}`}>{r.tittel}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{r.enhet?.navn ?? ''}</Table.Cell>
                    <Table.Cell>{r.saksbehandler?.navn ?? t('reports.notDistributed')}</Table.Cell>
                    <Table.Cell className="nowrap">{format.date(r.journaldato)}</Table.Cell>
                    <Table.Cell className="nowrap">
                      {r.forfallsdato ? format.date(r.forfallsdato) : ''}{' '}
                      {r.dagerOverFrist > 0 && (
                        <Tag data-size="sm" data-color="danger">
                          {t('reports.daysOverdue', { count: r.dagerOverFrist })}
                        </Tag>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <PagingOf page={report.data} label={t('reports.paging')} onChange={(side) => setF({ ...f, side })} />
        </>
      )}
    </div>
  );
}

function MonthPanel({ enhetId }: { enhetId: string }) {
  const { t } = useTranslation();
  const [maaned, setMaaned] = useState(() => new Date().toISOString().slice(0, 7));
  const month = useMonth(maaned, enhetId);
  return (
    <div className="stack">
      <Heading level={2} data-size="sm" className="tab-heading">
        {t('reports.month')}
      </Heading>
      <Textfield
        label={t('reports.monthField')}
        type="month"
        value={maaned}
        onChange={(e) => e.target.value && setMaaned(e.target.value)}
      />
      {!month.data ? (
        <QueryState query={month} />
      ) : (
        <Table zebra border data-size="sm">
          <caption>{t('reports.monthCaption', { month: month.data.maaned })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('reports.caseWorker')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.received')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.writtenOff')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.outstanding')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reports.overdue')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {month.data.items.map((r) => (
              <Table.Row key={r.saksbehandler?.id ?? 'ingen'}>
                <Table.Cell>{r.saksbehandler?.navn ?? t('reports.notDistributed')}</Table.Cell>
                <Table.Cell>{r.mottatt}</Table.Cell>
                <Table.Cell>{r.avskrevet}</Table.Cell>
                <Table.Cell>{r.restanser}</Table.Cell>
                <Table.Cell>{r.overFrist}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  );
}

/** The archive's quarterly run: each unit's list archived and sent to its leaders with a deadline. */
function QuarterlyRun() {
  const { t } = useTranslation();
  const run = useQuarterlyRun();
  const [weeks, setWeeks] = useState('3');
  return (
    <section aria-labelledby="quarterly-heading" className="stack">
      <Heading level={2} data-size="sm" id="quarterly-heading">
        {t('reports.quarterly')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.quarterlyIntro')}</Paragraph>
      <Textfield
        label={t('reports.leaveOutWeeks')}
        type="number"
        min={0}
        max={52}
        value={weeks}
        onChange={(e) => setWeeks(e.target.value)}
      />
      <div className="button-row">
        <Button loading={run.isPending} onClick={() => run.mutate({ utelatUker: Number(weeks || 0) })}>
          {t('reports.runQuarterly')}
        </Button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={run.error} />
        {run.data && (
          <Paragraph data-size="sm">
            {t('reports.quarterlyDone', { count: run.data.enheter.length, deadline: run.data.frist })}{' '}
            <Link asChild>
              <RouterLink to={`/saker/${run.data.saksmappeId}`}>{t('reports.quarterlyCase')}</RouterLink>
            </Link>
          </Paragraph>
        )}
      </div>
    </section>
  );
}
