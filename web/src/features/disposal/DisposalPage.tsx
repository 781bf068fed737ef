import { Button, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Page } from '../../app/Page';
import { QueryState } from '../../app/QueryState';
import { FormAlert } from '../common/FormAlert';
import { useFormat } from '../common/format';
import { SelectField } from '../common/SelectField';
import { PagingOf } from '../common/sub-list-paging';
import { useDispose, useDueList, type DueFilter, type DuePage } from './api';
import '../common/features.css';

type Row = DuePage['items'][number];

/**
 * «Kassasjon» (krav 6.1; issue 17 item 2): the archive's list of closed
 * cases whose disposal date has come, and disposal of one at a time after a
 * confirmation. A case under a legal hold, or in a part not yet in a
 * finished extraction, is shown but cannot be disposed of; the server
 * refuses the same.
 */
export function DisposalPage() {
  const { t } = useTranslation();
  const [f, setF] = useState<DueFilter>({ kassasjonsdatoTil: '', kassasjonsvedtak: 'K', side: 1 });
  const list = useDueList(f);
  const dispose = useDispose();
  const [confirming, setConfirming] = useState<string | null>(null);
  const caption = t('disposal.caption');
  const vedtak = ['K', 'G', 'B'].map((v) => ({ value: v, label: t(`disposal.decision.${v as 'K' | 'G' | 'B'}`) }));
  return (
    <Page title={t('disposal.title')}>
      <Paragraph>{t('disposal.intro')}</Paragraph>
      <div className="stack">
        <SelectField
          label={t('disposal.decisionLabel')}
          value={f.kassasjonsvedtak}
          onChange={(v) => setF({ ...f, kassasjonsvedtak: v, side: 1 })}
          options={vedtak}
        />
        <Textfield
          label={t('disposal.dueUntil')}
          description={t('disposal.dueUntilHelp')}
          type="date"
          value={f.kassasjonsdatoTil}
          onChange={(e) => setF({ ...f, kassasjonsdatoTil: e.target.value, side: 1 })}
        />
      </div>
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={dispose.error} />
        {dispose.data && (
          <Paragraph data-size="sm">
            {t('disposal.done', {
              documents: dispose.data.dokumenterKassert,
              kept: dispose.data.dokumenterBeholdt,
              files: dispose.data.filerSlettet,
            })}
          </Paragraph>
        )}
      </div>
      {!list.data ? (
        <QueryState query={list} />
      ) : (
        <>
          <Paragraph data-size="sm">{t('disposal.count', { count: list.data.total })}</Paragraph>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
            <Table zebra border data-size="sm">
              <caption className="visually-hidden">{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('disposal.caseNumber')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('disposal.caseTitle')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('disposal.date')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('disposal.basis')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('disposal.part')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('disposal.state')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('disposal.action')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.data.items.map((r) => (
                  <DueRow
                    key={r.id}
                    row={r}
                    confirming={confirming === r.id}
                    pending={dispose.isPending && dispose.variables === r.id}
                    onAsk={() => setConfirming(r.id)}
                    onCancel={() => setConfirming(null)}
                    onConfirm={() => dispose.mutate(r.id, { onSettled: () => setConfirming(null) })}
                  />
                ))}
              </Table.Body>
            </Table>
          </div>
          <PagingOf page={list.data} label={t('disposal.paging')} onChange={(side) => setF({ ...f, side })} />
        </>
      )}
    </Page>
  );
}

interface RowProps {
  row: Row;
  confirming: boolean;
  pending: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}

function DueRow({ row: r, confirming, pending, onAsk, onCancel, onConfirm }: RowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Row>
      <Table.Cell className="nowrap">{r.mappeID}</Table.Cell>
      <Table.Cell>
        <Link asChild>
          <RouterLink to={`/saker/${r.id}`}>{r.tittel}</RouterLink>
        </Link>
      </Table.Cell>
      <Table.Cell className="nowrap">{format.date(r.kassasjonsdato)}</Table.Cell>
      <Table.Cell>
        {[r.kassasjonshjemmel, r.bevaringstid === null ? null : t('disposal.years', { count: r.bevaringstid })].filter(Boolean).join(', ')}
      </Table.Cell>
      <Table.Cell>{r.arkivdel.tittel}</Table.Cell>
      <Table.Cell>
        {r.rettsligHold !== null && (
          <Tag data-size="sm" data-color="danger">
            {t('disposal.legalHold')}
          </Tag>
        )}{' '}
        {!r.uttrukket && (
          <Tag data-size="sm" data-color="warning">
            {t('disposal.notExtracted')}
          </Tag>
        )}
      </Table.Cell>
      <Table.Cell>
        {r.kassasjonsvedtak !== 'K' ? null : confirming ? (
          <div className="button-row">
            <Button data-size="sm" data-color="danger" loading={pending} onClick={onConfirm}>
              {t('disposal.confirm', { number: r.mappeID })}
            </Button>
            <Button data-size="sm" variant="secondary" onClick={onCancel}>
              {t('disposal.cancel')}
            </Button>
          </div>
        ) : (
          <Button data-size="sm" variant="secondary" disabled={!r.kanKasseres} onClick={onAsk}>
            {t('disposal.dispose', { number: r.mappeID })}
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  );
}
