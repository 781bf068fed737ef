import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { Page } from '../../app/Page';
import { useLanguage } from '../../i18n/use-language';
import { DataTable, RowAction } from '../common/DataTable';
import { FormAlert } from '../common/FormAlert';
import { useFormat } from '../common/format';
import { useArkivdeler, useCloseArkivdel, useStartArkivuttrekk, useTransferOpenCases, type Arkivdel } from './api';
import { ExtractionsSection } from './ExtractionsSection';
import { EndPeriodDialog } from './EndPeriodDialog';
import { FormatReport } from './FormatReport';
import { FormatsSection } from './FormatsSection';

const STATUS_COLOR = { A: 'success', O: 'warning', P: 'neutral', U: 'neutral' } as const;

/**
 * «Arkivdeler og perioder» (the archive, krav 6.2): each arkivdel's period and
 * status; ending a period starts its successor, open cases are carried over,
 * and a part in overlap is closed when none is left; a closed part is
 * extracted for deposit (krav 6.4) as a background job. Below: the
 * extractions, the approved archival formats (krav 2.7.9).
 */
export function ArchivePartsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useFormat();
  const parts = useArkivdeler();
  const transfer = useTransferOpenCases();
  const close = useCloseArkivdel();
  const extract = useStartArkivuttrekk();
  const items = parts.data?.items ?? [];
  const shortName = (id: string | null) => items.find((p) => p.id === id)?.kortnavn ?? '';

  const actions = (p: Arkivdel) => {
    const name = `${p.kortnavn} ${p.tittel}`;
    if (p.arkivdelstatus.code === 'A') return <EndPeriodDialog arkivdel={p} />;
    if (p.arkivdelstatus.code === 'P') {
      return (
        <RowAction mutation={extract} value={p.id} label={t('archiveParts.extractFor', { name })}>
          {t('archiveParts.extract')}
        </RowAction>
      );
    }
    if (p.arkivdelstatus.code !== 'O') return null;
    return (
      <>
        <RowAction mutation={transfer} value={p.id} label={t('archiveParts.transferFor', { name })}>
          {t('archiveParts.transfer')}
        </RowAction>
        <RowAction mutation={close} value={p.id} label={t('archiveParts.closeFor', { name })}>
          {t('archiveParts.close')}
        </RowAction>
      </>
    );
  };

  const row = (p: Arkivdel) => (
    <Table.Row key={p.id}>
      <Table.Cell>
        <strong>{p.kortnavn}</strong> {p.tittel}
      </Table.Cell>
      <Table.Cell>
        <Tag data-color={STATUS_COLOR[p.arkivdelstatus.code as keyof typeof STATUS_COLOR] ?? 'neutral'} data-size="sm">
          {p.arkivdelstatus[language]}
        </Tag>
      </Table.Cell>
      <Table.Cell className="nowrap">
        {format.date(p.arkivperiodeStartDato)} – {format.date(p.arkivperiodeSluttDato)}
      </Table.Cell>
      <Table.Cell>{shortName(p.referanseForloeper)}</Table.Cell>
      <Table.Cell>{shortName(p.referanseArvtaker)}</Table.Cell>
      <Table.Cell>{actions(p)}</Table.Cell>
    </Table.Row>
  );

  return (
    <Page title={t('archiveParts.title')}>
      <Paragraph>{t('archiveParts.intro')}</Paragraph>
      {parts.isPending && <Loading />}
      {parts.error && <ErrorNotice error={parts.error} headingLevel={2} onRetry={() => void parts.refetch()} />}
      <div aria-live="polite" aria-atomic="true">
        <FormAlert error={transfer.error ?? close.error ?? extract.error} />
        {extract.isSuccess && <Paragraph data-size="sm">{t('archiveParts.extraction.startedNotice')}</Paragraph>}
        {transfer.data && <Paragraph data-size="sm">{t('archiveParts.transferred', { count: transfer.data.overfoert })}</Paragraph>}
      </div>
      {parts.data && (
        <DataTable
          caption={t('archiveParts.caption')}
          headers={[
            t('archiveParts.part'),
            t('archiveParts.status'),
            t('archiveParts.period'),
            t('archiveParts.predecessor'),
            t('archiveParts.successor'),
            t('admin.actions'),
          ]}
        >
          {items.map(row)}
        </DataTable>
      )}
      <ExtractionsSection />
      <FormatsSection />
      <FormatReport />
    </Page>
  );
}
