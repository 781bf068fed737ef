import { Button, Heading, Tabs } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { ChangeLog } from '../changelog/ChangeLog';
import { AddRemarkForm } from '../common/AddRemarkForm';
import { codeOf } from '../common/code-lists';
import { ActivityActions } from '../routines/ActivityActions';
import { SubListPaging, useSubListPages } from '../common/sub-list-paging';
import { useTab } from '../common/use-tab';
import { RecordTable } from '../records/RecordTable';
import { ScreeningDialog } from '../screening/ScreeningDialog';
import { ScreeningSummary } from '../screening/ScreeningSummary';
import { FIRST_CASE_PAGES, saksmappeKey, saksmapperKey, useSaksmappe, useSetSaksstatus } from './api';
import { AddPartForm } from './AddPartForm';
import { CaseClosing } from './CaseClosing';
import { CaseMetadata } from './CaseMetadata';
import { CaseParts } from './CaseParts';
import { CasePrecedents } from './CasePrecedents';
import { CaseReferences } from './CaseReferences';
import { CaseTimeline } from './CaseTimeline';
import { InternalContacts } from './InternalContacts';
import { Remarks } from './Remarks';
import '../common/features.css';

const tabs = ['journalposter', 'forlop', 'parter', 'referanser', 'kontakter', 'endringslogg'] as const;
/** A closed case (avsluttet, utgår) cannot be edited. */

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [pages, turn] = useSubListPages(id, FIRST_CASE_PAGES);
  const sak = useSaksmappe(id, pages);
  const setStatus = useSetSaksstatus(id);
  const [tab, setTab] = useTab(tabs);

  // The h1 is there from the start, so focus after navigation has somewhere to land.
  if (!sak.data)
    return (
      <Page title={t('casePage.heading')}>
        <QueryState query={sak} />
      </Page>
    );
  const s = sak.data;
  return (
    <Page title={t('casePage.title', { number: s.saksnummer, title: s.tittel })}>
      <ScreeningSummary tilgangskode={s.tilgangskode} skjermingshjemmel={s.skjermingshjemmel} />
      <div className="page-actions">
        {s.kanEndre.registrer && (
          <Button asChild>
            <RouterLink to={`/saker/${s.id}/journalposter/ny`}>{t('casePage.registerRecord')}</RouterLink>
          </Button>
        )}
        {s.kanEndre.saksmappe && (
          <Button variant="secondary" asChild>
            <RouterLink to={`/saker/${s.id}/rediger`}>{t('casePage.edit')}</RouterLink>
          </Button>
        )}
        {s.kanEndre.skjerming && (
          <ScreeningDialog
            level="saksmappe"
            id={s.id}
            object={s}
            label={t('screening.button')}
            refresh={[saksmappeKey(s.id), saksmapperKey]}
          />
        )}
      </div>
      <section aria-labelledby="case-meta-heading" className="stack">
        <Heading level={2} data-size="sm" id="case-meta-heading">
          {t('casePage.metadata')}
        </Heading>
        <CaseMetadata sak={s} />
      </section>
      <CaseClosing id={s.id} saksstatus={codeOf(s.saksstatus)} />
      <ActivityActions
        objekt="saksmappe"
        id={s.id}
        number={s.saksnummer}
        list="saksstatus"
        current={s.saksstatus}
        statusMutation={setStatus}
        // The closing panel (`CaseClosing`) offers the routine's closing steps with what is still open beside them.
        groupsShownElsewhere={['avslutning']}
      />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="journalposter">{t('casePage.tabRecords', { count: s.sider.journalposter.total })}</Tabs.Tab>
          <Tabs.Tab value="forlop">{t('casePage.tabTimeline')}</Tabs.Tab>
          <Tabs.Tab value="parter">{t('casePage.tabParts')}</Tabs.Tab>
          <Tabs.Tab value="referanser">{t('references.tab')}</Tabs.Tab>
          <Tabs.Tab value="kontakter">{t('contacts.tab')}</Tabs.Tab>
          <Tabs.Tab value="endringslogg">{t('casePage.tabChangeLog')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="journalposter">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('casePage.records')}
          </Heading>
          <RecordTable items={s.journalposter} caption={t('casePage.recordsCaption', { number: s.saksnummer })} />
          <SubListPaging sider={s.sider} list="journalposter" label={t('casePage.recordsPaging')} onChange={turn} />
        </Tabs.Panel>
        <Tabs.Panel value="forlop">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('timeline.heading')}
          </Heading>
          {tab === 'forlop' && <CaseTimeline saksmappeId={s.id} number={s.saksnummer} />}
        </Tabs.Panel>
        <Tabs.Panel value="parter">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('parts.heading')}
          </Heading>
          <CaseParts items={s.parter} />
          <SubListPaging sider={s.sider} list="parter" label={t('parts.paging')} onChange={turn} />
          {s.kanEndre.saksmappe && <AddPartForm saksmappeId={s.id} />}
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('remarks.heading')}
          </Heading>
          <Remarks items={s.merknader} />
          <SubListPaging sider={s.sider} list="merknader" label={t('remarks.paging')} onChange={turn} />
          {s.kanEndre.merknad && <AddRemarkForm url={`/api/saksmapper/${s.id}/merknader`} queryKey={saksmappeKey(s.id)} id="case-remark" />}
        </Tabs.Panel>
        <Tabs.Panel value="referanser">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('references.heading')}
          </Heading>
          <CaseReferences items={s.kryssreferanser} caption={t('references.caption', { number: s.saksnummer })} />
          <SubListPaging sider={s.sider} list="kryssreferanser" label={t('references.paging')} onChange={turn} />
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('precedents.heading')}
          </Heading>
          <CasePrecedents items={s.presedenser} caption={t('precedents.caption', { number: s.saksnummer })} />
          <SubListPaging sider={s.sider} list="presedenser" label={t('precedents.paging')} onChange={turn} />
        </Tabs.Panel>
        <Tabs.Panel value="kontakter">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('contacts.heading')}
          </Heading>
          {tab === 'kontakter' && <InternalContacts saksmappeId={s.id} number={s.saksnummer} />}
        </Tabs.Panel>
        <Tabs.Panel value="endringslogg">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('changelog.heading')}
          </Heading>
          {tab === 'endringslogg' && (
            <ChangeLog url={`/api/saksmapper/${s.id}/endringslogg`} caption={t('changelog.caseCaption', { number: s.saksnummer })} />
          )}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
