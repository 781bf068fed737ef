import { useState } from 'react';
import { Button, Heading, Tabs } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { ChangeLog } from '../changelog/ChangeLog';
import { AddRemarkForm } from '../common/AddRemarkForm';
import { codeOf } from '../common/code-lists';
import { Paging } from '../common/Paging';
import { StatusActions } from '../common/StatusActions';
import { useTab } from '../common/use-tab';
import { RecordTable } from '../records/RecordTable';
import { ScreeningDialog } from '../screening/ScreeningDialog';
import { ScreeningSummary } from '../screening/ScreeningSummary';
import {
  FIRST_CASE_PAGES,
  saksmappeKey,
  saksmapperKey,
  useNesteStatuser,
  useSaksmappe,
  useSetSaksstatus,
  type CaseList,
  type CasePages,
  type Saksmappe,
} from './api';
import { AddPartForm } from './AddPartForm';
import { CaseMetadata } from './CaseMetadata';
import { CaseParts } from './CaseParts';
import { InternalContacts } from './InternalContacts';
import { Remarks } from './Remarks';
import '../common/features.css';

const tabs = ['journalposter', 'parter', 'kontakter', 'endringslogg'] as const;
/** A closed case (avsluttet, utgår) cannot be edited. */

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Pages belong to one case: another case (same component, new address) starts on the first pages.
  const [paging, setPaging] = useState({ id, pages: FIRST_CASE_PAGES });
  const pages = paging.id === id ? paging.pages : FIRST_CASE_PAGES;
  const setPages = (update: (current: CasePages) => CasePages) => setPaging({ id, pages: update(pages) });
  const sak = useSaksmappe(id, pages);
  const next = useNesteStatuser(id, sak.data ? codeOf(sak.data.saksstatus) : undefined);
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
      <StatusActions list="saksstatus" current={s.saksstatus} next={next.data?.items} mutation={setStatus} />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="journalposter">{t('casePage.tabRecords', { count: s.sider.journalposter.total })}</Tabs.Tab>
          <Tabs.Tab value="parter">{t('casePage.tabParts')}</Tabs.Tab>
          <Tabs.Tab value="kontakter">{t('contacts.tab')}</Tabs.Tab>
          <Tabs.Tab value="endringslogg">{t('casePage.tabChangeLog')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="journalposter">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('casePage.records')}
          </Heading>
          <RecordTable items={s.journalposter} caption={t('casePage.recordsCaption', { number: s.saksnummer })} />
          <ListPaging sak={s} list="journalposter" label={t('casePage.recordsPaging')} onChange={setPages} />
        </Tabs.Panel>
        <Tabs.Panel value="parter">
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('parts.heading')}
          </Heading>
          <CaseParts items={s.parter} />
          <ListPaging sak={s} list="parter" label={t('parts.paging')} onChange={setPages} />
          {s.kanEndre.saksmappe && <AddPartForm saksmappeId={s.id} />}
          <Heading level={2} data-size="sm" className="tab-heading">
            {t('remarks.heading')}
          </Heading>
          <Remarks items={s.merknader} />
          <ListPaging sak={s} list="merknader" label={t('remarks.paging')} onChange={setPages} />
          {s.kanEndre.merknad && <AddRemarkForm url={`/api/saksmapper/${s.id}/merknader`} queryKey={saksmappeKey(s.id)} id="case-remark" />}
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

interface ListPagingProps {
  sak: Saksmappe;
  list: CaseList;
  label: string;
  onChange: (update: (pages: CasePages) => CasePages) => void;
}

/** Paging of one of the case's lists; only shown when the list has more than one page. */
function ListPaging({ sak, list, label, onChange }: ListPagingProps) {
  const page = sak.sider[list];
  if (page.total <= page.perSide) return null;
  return (
    <Paging
      page={page.side}
      perPage={page.perSide}
      total={page.total}
      onChange={(side) => onChange((pages) => ({ ...pages, [list]: side }))}
      label={label}
    />
  );
}
