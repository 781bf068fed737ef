import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { DataTable } from '../common/DataTable';
import { Paging } from '../common/Paging';
import { SelectField } from '../common/SelectField';
import { RAPPORT_PER_SIDE, useFormatRapport, type FormatRapport, type FormatUtvalg } from './api';

const UTVALG: FormatUtvalg[] = ['uten-arkivformat', 'flere-versjoner', 'varianter', 'produksjonsformat'];

/**
 * «Formatrapport» (krav 2.7.13): the documents without a file in an approved
 * format, and those kept in several versions, variants or production formats
 * (2.7.15, 2.7.19, 2.7.23) — what the archive tests and tidies before deposit.
 */
export function FormatReport() {
  const { t } = useTranslation();
  const [utvalg, setUtvalg] = useState<FormatUtvalg>('uten-arkivformat');
  const [side, setSide] = useState(1);
  const report = useFormatRapport(utvalg, side);

  const row = (d: FormatRapport['items'][number]) => (
    <Table.Row key={d.id}>
      <Table.Cell>
        <Link asChild>
          <RouterLink to={`/journalposter/${d.journalpost.id}`}>{d.journalpost.journalpostId}</RouterLink>
        </Link>
      </Table.Cell>
      <Table.Cell>{t('archiveParts.report.document', { n: d.dokumentnummer, title: d.tittel })}</Table.Cell>
      <Table.Cell>{d.versjoner}</Table.Cell>
      <Table.Cell>
        {d.nyesteVersjon.map((o) => (
          <Tag key={`${o.variantformat}-${o.format}`} data-size="sm" data-color={o.godkjent ? 'success' : 'warning'}>
            {t('archiveParts.report.file', {
              variant: t(`archiveParts.report.variant.${o.variantformat}`, { defaultValue: o.variantformat }),
              format: o.format,
            })}
          </Tag>
        ))}
      </Table.Cell>
      <Table.Cell>{d.arkivformatUnntak ?? ''}</Table.Cell>
    </Table.Row>
  );

  return (
    <section className="stack" aria-labelledby="format-report-heading">
      <Heading level={2} data-size="sm" id="format-report-heading">
        {t('archiveParts.report.heading')}
      </Heading>
      <Paragraph>{t('archiveParts.report.intro')}</Paragraph>
      <SelectField
        label={t('archiveParts.report.select')}
        value={utvalg}
        onChange={(v) => {
          setUtvalg(v as FormatUtvalg);
          setSide(1);
        }}
        options={UTVALG.map((u) => ({ value: u, label: t(`archiveParts.report.utvalg.${u}`) }))}
      />
      {report.isPending && <Loading />}
      {report.error && <ErrorNotice error={report.error} headingLevel={3} onRetry={() => void report.refetch()} />}
      {report.data &&
        (report.data.items.length === 0 ? (
          <Paragraph>{t('archiveParts.report.empty')}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm">{t('archiveParts.report.count', { count: report.data.total })}</Paragraph>
            <DataTable
              caption={t('archiveParts.report.caption')}
              headers={[
                t('archiveParts.report.record'),
                t('archiveParts.report.documentHeading'),
                t('archiveParts.report.versions'),
                t('archiveParts.report.newest'),
                t('archiveParts.report.exception'),
              ]}
            >
              {report.data.items.map(row)}
            </DataTable>
            <Paging
              page={side}
              perPage={RAPPORT_PER_SIDE}
              total={report.data.total}
              onChange={setSide}
              label={t('archiveParts.report.paging')}
            />
          </>
        ))}
    </section>
  );
}
