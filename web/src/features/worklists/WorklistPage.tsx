import { Link, Paragraph, Table, Tabs, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { useFormat } from '../common/format';
import { PagingOf } from '../common/sub-list-paging';
import { useWorklist, useWorklistCounts, type Liste, type WorklistItem } from './api';
import { WorklistActions } from './WorklistActions';
import '../common/features.css';

/** The worklists of the active role as tabs with their counts, and the chosen list a page at a time. */
export function WorklistPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const counts = useWorklistCounts();
  const { liste: param } = useParams();
  const lists = counts.data?.items ?? [];
  const liste = (lists.find((l) => l.liste === param) ?? lists[0])?.liste;

  return (
    <Page title={t('worklists.title')}>
      {!counts.data ? (
        <QueryState query={counts} />
      ) : !liste ? (
        <Paragraph>{t('worklists.none')}</Paragraph>
      ) : (
        <Tabs value={liste} onChange={(value) => navigate(`/arbeidslister/${value}`)}>
          <Tabs.List>
            {lists.map((l) => (
              <Tabs.Tab key={l.liste} value={l.liste}>
                {t(`worklists.lists.${l.liste}`)} ({l.antall})
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value={liste}>
            <Paragraph>{t(`worklists.intro.${liste}`)}</Paragraph>
            <WorklistTable key={liste} liste={liste} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Page>
  );
}

function WorklistTable({ liste }: { liste: Liste }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [side, setSide] = useState(1);
  const list = useWorklist(liste, side);
  const withActions = liste === 'til-fordeling' || liste === 'kopier' || liste === 'arkivets-ko';
  if (!list.data) return <QueryState query={list} />;
  if (list.data.items.length === 0) return <Paragraph>{t('worklists.empty')}</Paragraph>;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t(`worklists.lists.${liste}`)}>
        <Table zebra border>
          <caption className="visually-hidden">{t(`worklists.lists.${liste}`)}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('records.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('worklists.titleColumn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('worklists.from')}</Table.HeaderCell>
              <Table.HeaderCell>{t('worklists.due')}</Table.HeaderCell>
              {withActions && <Table.HeaderCell>{t('worklists.action')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.data.items.map((i) => (
              <Table.Row key={i.oppgaveId ?? i.journalpost?.id ?? i.saksmappeId}>
                <Table.Cell className="nowrap">{i.journalpost?.journalpostId ?? i.saksnummer}</Table.Cell>
                <Table.Cell>
                  <TitleLink item={i} />
                  {i.merknad && <Paragraph data-size="sm">{i.merknad}</Paragraph>}
                </Table.Cell>
                <Table.Cell>{i.fra ?? i.saksbehandler ?? ''}</Table.Cell>
                <Table.Cell className="nowrap">
                  {i.frist ? format.date(i.frist) : ''}{' '}
                  {i.rod && (
                    <Tag data-size="sm" data-color="danger">
                      {t('worklists.dueSoon')}
                    </Tag>
                  )}
                </Table.Cell>
                {withActions && (
                  <Table.Cell>
                    <WorklistActions liste={liste} item={i} />
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <PagingOf page={list.data} label={t(`worklists.lists.${liste}`)} onChange={setSide} />
    </>
  );
}

function TitleLink({ item }: { item: WorklistItem }) {
  const to = item.innsynskravId
    ? `/innsynskrav/${item.innsynskravId}`
    : item.journalpost
      ? `/journalposter/${item.journalpost.id}`
      : `/saker/${item.saksmappeId}`;
  return (
    <Link asChild>
      <RouterLink to={to}>{item.tittel}</RouterLink>
    </Link>
  );
}
