import { Link, Paragraph, Switch, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { useShell } from '../../app/shell-context';
import { useFormat } from '../common/format';
import { PagingOf } from '../common/sub-list-paging';
import { useMidlertidigSperret } from './api';
import { DecideDialog } from './DecideDialog';
import '../common/features.css';

/** «Midlertidig sperret»: records blocked XX awaiting the leader's decision within 3 working days. */
export function BlockedPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { active } = useShell();
  const isArchive = active?.rolle === 'ARK';
  const [filter, setFilter] = useState({ overdueOnly: false, side: 1 });
  const list = useMidlertidigSperret(filter.overdueOnly, filter.side);
  const canDecide = active?.rolle === 'LED' || active?.rolle === 'SF';

  return (
    <Page title={t('blocked.title')}>
      <Paragraph>{isArchive ? t('blocked.introArchive') : t('blocked.intro')}</Paragraph>
      {isArchive && (
        <Switch
          label={t('blocked.overdueOnly')}
          checked={filter.overdueOnly}
          onChange={(e) => setFilter({ overdueOnly: e.target.checked, side: 1 })}
        />
      )}
      {!list.data ? (
        <QueryState query={list} />
      ) : list.data.items.length === 0 ? (
        <Paragraph>{t('blocked.empty')}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('blocked.caption')}>
          <Table zebra border>
            <caption className="visually-hidden">{t('blocked.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('records.number')}</Table.HeaderCell>
                <Table.HeaderCell>{t('records.recordTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('blocked.unit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('blocked.blockedOn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('blocked.deadline')}</Table.HeaderCell>
                {canDecide && <Table.HeaderCell>{t('blocked.action')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.items.map((i) => (
                <Table.Row key={i.id}>
                  <Table.Cell className="nowrap">{i.journalpostId}</Table.Cell>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/journalposter/${i.id}`}>{i.tittel}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{i.enhet?.navn ?? ''}</Table.Cell>
                  <Table.Cell className="nowrap">{format.date(i.sperretDato)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    {format.date(i.frist)}{' '}
                    {i.forfalt && (
                      <Tag data-size="sm" data-color="danger">
                        {t('blocked.overdue')}
                      </Tag>
                    )}
                  </Table.Cell>
                  {canDecide && (
                    <Table.Cell>
                      <DecideDialog item={i} />
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {list.data && <PagingOf page={list.data} label={t('blocked.paging')} onChange={(side) => setFilter({ ...filter, side })} />}
    </Page>
  );
}
