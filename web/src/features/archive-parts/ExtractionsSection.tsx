import { Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { Loading } from '../../app/Loading';
import { DataTable } from '../common/DataTable';
import { useFormat } from '../common/format';
import { useArkivuttrekk, type Arkivuttrekk } from './api';

const STATUS_COLOR = { pågår: 'info', fullført: 'success', feilet: 'danger' } as const;

/**
 * «Arkivuttrekk» (issue 17 items 4, 5, 8): the extractions the archive has
 * started, newest first. A running one shows its phase and how many
 * records are written (read again every second); a finished one its
 * self-check, counts and the package and deposit report to download; a
 * failed one the self-check's failing controls and why it stopped.
 */
export function ExtractionsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const runs = useArkivuttrekk();

  const row = (u: Arkivuttrekk) => {
    const name = u.arkivdeler.map((d) => d.kortnavn).join(', ');
    return (
      <Table.Row key={u.id}>
        <Table.Cell>
          <strong>{name}</strong>
        </Table.Cell>
        <Table.Cell className="nowrap">{format.dateTime(String(u.startetDato))}</Table.Cell>
        <Table.Cell>
          <Tag data-color={STATUS_COLOR[u.status]} data-size="sm">
            {t(`archiveParts.extraction.status.${u.status}`)}
          </Tag>
        </Table.Cell>
        <Table.Cell>{u.status === 'pågår' ? <Progress run={u} name={name} /> : <Outcome run={u} name={name} />}</Table.Cell>
      </Table.Row>
    );
  };

  return (
    <section className="stack" aria-labelledby="extractions-heading">
      <Heading level={2} data-size="sm" id="extractions-heading">
        {t('archiveParts.extraction.heading')}
      </Heading>
      <Paragraph>{t('archiveParts.extraction.intro')}</Paragraph>
      {runs.isPending && <Loading />}
      {runs.error && <ErrorNotice error={runs.error} headingLevel={3} onRetry={() => void runs.refetch()} />}
      {runs.data &&
        (runs.data.items.length === 0 ? (
          <Paragraph>{t('archiveParts.extraction.none')}</Paragraph>
        ) : (
          <DataTable
            caption={t('archiveParts.extraction.caption')}
            headers={[
              t('archiveParts.part'),
              t('archiveParts.extraction.started'),
              t('archiveParts.status'),
              t('archiveParts.extraction.result'),
            ]}
          >
            {runs.data.items.map(row)}
          </DataTable>
        ))}
    </section>
  );
}

/** The phase, and for the phases that count records a progress bar of how many are written. */
function Progress({ run, name }: { run: Arkivuttrekk; name: string }) {
  const { t } = useTranslation();
  const fase = t(`archiveParts.extraction.phase.${run.fase ?? 'venter'}`);
  const counting = (run.fase === 'arkivstruktur' || run.fase === 'journaler') && run.framdrift && run.framdrift.totalt > 0;
  return (
    <div className="stack" aria-live="polite">
      <span>
        <Spinner aria-hidden data-size="xs" /> {fase}
      </span>
      {counting && (
        <>
          <progress
            value={run.framdrift!.registreringer}
            max={run.framdrift!.totalt}
            aria-label={t('archiveParts.extraction.progressFor', { name })}
          />
          <span>{t('archiveParts.extraction.written', { done: run.framdrift!.registreringer, total: run.framdrift!.totalt })}</span>
        </>
      )}
    </div>
  );
}

/** Done: self-check, counts, downloads. Failed: the failing controls, or what stopped it. */
function Outcome({ run, name }: { run: Arkivuttrekk; name: string }) {
  const { t } = useTranslation();
  const failed = run.selvkontroll?.feiledeKontroller ?? [];
  if (run.status === 'feilet') {
    return (
      <div className="stack">
        {failed.length > 0 ? (
          <>
            <span>{t('archiveParts.extraction.checkFailed')}</span>
            <ul>
              {failed.map((k) => (
                <li key={k.id}>{t('archiveParts.extraction.control', { id: k.id, name: k.navn, count: k.feil })}</li>
              ))}
            </ul>
          </>
        ) : (
          <span>{run.feilmelding}</span>
        )}
      </div>
    );
  }
  return (
    <div className="stack">
      <span>
        {t('archiveParts.extraction.checkPassed')}{' '}
        {t('archiveParts.extraction.counts', {
          mapper: run.antallMapper ?? 0,
          registreringer: run.antallRegistreringer ?? 0,
          filer: run.antallDokumentfiler ?? 0,
        })}
      </span>
      {run.nedlasting && (
        <span>
          <Link href={`/api/arkivuttrekk/${run.id}/pakke`} download aria-label={t('archiveParts.extraction.packageFor', { name })}>
            {t('archiveParts.extraction.package')}
          </Link>
          {' · '}
          <Link
            href={`/api/arkivuttrekk/${run.id}/deponeringsrapport`}
            download
            aria-label={t('archiveParts.extraction.reportFor', { name })}
          >
            {t('archiveParts.extraction.report')}
          </Link>
        </span>
      )}
    </div>
  );
}
