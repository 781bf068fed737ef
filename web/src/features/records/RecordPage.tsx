import { Button, Heading, Tabs } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { ChangeLog } from '../changelog/ChangeLog';
import { AddRemarkForm } from '../common/AddRemarkForm';
import { codeOf } from '../common/code-lists';
import { SubListPaging, useSubListPages } from '../common/sub-list-paging';
import { useTab } from '../common/use-tab';
import { dokumenterKey } from '../documents/api';
import { DocumentsSection } from '../documents/DocumentsSection';
import { ScreeningDialog } from '../screening/ScreeningDialog';
import { ScreeningSummary } from '../screening/ScreeningSummary';
import { ActivityActions } from '../routines/ActivityActions';
import { FIRST_RECORD_PAGES, journalpostKey, useJournalpost, useSetJournalstatus } from './api';
import { PartyTable } from './PartyTable';
import { RecordMetadata } from './RecordMetadata';
import { UrgentTag } from './UrgentTag';
import { MoveDialog } from './CorrectionDialogs';
import { Remarks } from '../cases/Remarks';
import { RecordSteps } from '../worklists/RecordSteps';
import { AnswerSection } from './AnswerSection';
import { ApprovalSection } from '../approval/ApprovalSection';
import { DispatchRetry } from '../dispatch/DispatchRetry';
import '../common/features.css';

const tabs = ['dokumenter', 'parter', 'endringslogg'] as const;

export function RecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [pages, turn] = useSubListPages(id, FIRST_RECORD_PAGES);
  const jp = useJournalpost(id, pages);
  const setStatus = useSetJournalstatus(id);
  const [tab, setTab] = useTab(tabs);

  if (!jp.data)
    return (
      <Page title={t('recordPage.heading')}>
        <QueryState query={jp} />
      </Page>
    );
  const r = jp.data;
  return (
    <Page title={t('recordPage.title', { number: r.journalpostId, title: r.tittel })}>
      <ScreeningSummary tilgangskode={r.tilgangskode} skjermingshjemmel={r.skjermingshjemmel} />
      {r.haster && (
        <p>
          <UrgentTag haster />
        </p>
      )}
      {(r.kanEndre.journalpost || r.kanEndre.skjerming || r.kanEndre.merknad || r.kanEndre.flytt) && (
        <div className="page-actions">
          {r.kanEndre.merknad && (
            <RecordSteps id={r.id} number={r.journalpostId} answerable={['I', 'N'].includes(codeOf(r.journalposttype) ?? '')} />
          )}
          {r.kanEndre.journalpost && (
            <Button variant="secondary" asChild>
              <RouterLink to={`/journalposter/${r.id}/rediger`}>{t('recordPage.edit')}</RouterLink>
            </Button>
          )}
          {r.kanEndre.skjerming && (
            <ScreeningDialog
              level="journalpost"
              id={r.id}
              object={r}
              label={t('screening.button')}
              // The record's documents that inherit follow it.
              refresh={[journalpostKey(r.id), dokumenterKey(r.id)]}
            />
          )}
          {r.kanEndre.flytt && <MoveDialog id={r.id} number={r.journalpostId} />}
        </div>
      )}
      <AnswerSection id={r.id} number={r.journalpostId} />
      <DispatchRetry id={r.id} canRetry={r.kanEndre.status} />
      <section aria-labelledby="record-meta-heading" className="stack">
        <Heading level={2} data-size="sm" id="record-meta-heading">
          {t('recordPage.metadata')}
        </Heading>
        <RecordMetadata jp={r} />
      </section>
      <ActivityActions
        objekt="journalpost"
        id={r.id}
        number={r.journalpostId}
        list="journalstatus"
        current={r.journalstatus}
        statusMutation={setStatus}
      />
      <ApprovalSection id={r.id} />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="dokumenter">{t('recordPage.tabDocuments')}</Tabs.Tab>
          <Tabs.Tab value="parter">{t('recordPage.tabParties')}</Tabs.Tab>
          <Tabs.Tab value="endringslogg">{t('casePage.tabChangeLog')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="dokumenter">
          {tab === 'dokumenter' && (
            <DocumentsSection
              journalpostId={r.id}
              caption={t('documents.caption', { number: r.journalpostId })}
              canUpload={r.kanEndre.dokument}
              canMarkSecure={r.kanEndre.personsensitiv}
              canScreen={r.kanEndre.skjerming}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="parter">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('records.parties')}
          </Heading>
          <PartyTable items={r.korrespondanseparter} caption={t('records.partiesCaption', { number: r.journalpostId })} />
          <SubListPaging sider={r.sider} list="korrespondanseparter" label={t('recordPage.partiesPaging')} onChange={turn} />
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('remarks.heading')}
          </Heading>
          <Remarks items={r.merknader ?? []} />
          <SubListPaging sider={r.sider} list="merknader" label={t('remarks.paging')} onChange={turn} />
          {r.kanEndre.merknad && (
            <AddRemarkForm url={`/api/journalposter/${r.id}/merknader`} queryKey={journalpostKey(r.id)} id="record-remark" />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="endringslogg">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('changelog.heading')}
          </Heading>
          {tab === 'endringslogg' && (
            <ChangeLog
              url={`/api/journalposter/${r.id}/endringslogg`}
              caption={t('changelog.recordCaption', { number: r.journalpostId })}
            />
          )}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
