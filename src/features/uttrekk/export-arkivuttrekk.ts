import fs from 'node:fs';
import path from 'node:path';
import { inTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { approvedFormats } from '../arkivformat/domain/arkivformat.js';
import { arkivformatRepository } from '../arkivformat/arkivformat-repository.js';
import { exportOffentligJournal } from '../offentlig-journal/export-offentlig-journal.js';
import { organisationRepository } from '../organisations/organisation-repository.js';
import { storeFor, type DocumentStores } from '../sikker-sone/document-stores.js';
import { runSelfCheck, type SelfCheckResult } from '../uttrekk-sjekk/run-self-check.js';
import { writeReports, type WrittenReports } from '../uttrekk-sjekk/write-reports.js';
import { arkivstrukturChunks, type Counts, type CopyFile } from './arkivstruktur-stream.js';
import { addmlXml, type AddmlDataObject } from './domain/addml-xml.js';
import { DOKUMENT_DIR } from './domain/dokumentfiler.js';
import type { ArkivdelRow } from './domain/rows.js';
import { countingTag, endringsloggChunks, loependeJournalChunks, type JournalPlan } from './journal-streams.js';
import { copySchema, writeHashed } from './package-files.js';
import { recordRun } from './record-run.js';
import { RunProgress, tapped, withHeartbeat, type OnProgress } from './run-progress.js';
import { checkPeriode, selectArkivdeler } from './select-arkivdeler.js';
import { uttrekkSourceRepository as src } from './uttrekk-source-repository.js';
import { uttrekkRepository as runs } from './uttrekk-repository.js';

export interface ExportArkivuttrekkInput {
  /** Short name or id of one closed arkivdel; without it every closed arkivdel of the organisation. */
  arkivdel?: string | undefined;
  /** Krav 6.4.14: only the records journalført in this period (both or neither). */
  fra?: string | undefined;
  til?: string | undefined;
  /** The package's folder; must not exist. */
  out: string;
  /** Run the self-check on the written package and refuse it when a control fails (default true; the bench times the export alone). */
  selvkontroll?: boolean | undefined;
  /**
   * A run recorded when it was asked for (`startArkivuttrekk`, the
   * background job): it is carried out, instead of a new one started from
   * `arkivdel`, `fra` and `til`; what an earlier try left at `out` is removed.
   */
  uttrekkId?: string | undefined;
  /** Told of the run's progress as it is written (the job keeps its lease with it). */
  onProgress?: OnProgress | undefined;
}

/** Who makes extractions: the archive, and the system owner (the CLI). */
export const UTTREKK_ROLES = ['ARK', 'SYS'] as const;

/** How often a long step that counts nothing (the self-check) shows it is alive. */
const HEARTBEAT_MS = 30_000;

export interface ExportArkivuttrekkResult {
  id: string;
  katalog: string;
  arkivdeler: string[];
  antallMapper: number;
  antallRegistreringer: number;
  antallDokumentfiler: number;
  sjekksumArkivuttrekk: string;
  /** The self-check's reports (and the deposit report), beside the package; null when it was not asked for. */
  rapporter: WrittenReports | null;
}

export const SYSTEM_NAME = 'Saksgang';

/**
 * Krav 6.4: an extraction (arkivuttrekk) of the organisation's closed
 * arkivdeler as a Noark 5 v5.0 package: arkivuttrekk.xml (ADDML, checksums),
 * arkivstruktur.xml, endringslogg.xml, loependeJournal.xml,
 * offentligJournal.xml, the schemas, and the documents under dokumenter/.
 * Everything streams (batches in short transactions, files written as they
 * come). The package is built in a sibling folder and renamed into place
 * only when whole, so a failed export leaves no package that looks
 * complete; the run is recorded (arkivuttrekk) as started, then finished or
 * failed. Screened content is included: an extraction is complete.
 */
export async function exportArkivuttrekk(
  ctx: Ctx,
  stores: DocumentStores,
  input: ExportArkivuttrekkInput,
): Promise<ExportArkivuttrekkResult> {
  requireRole(ctx, UTTREKK_ROLES, { nb: 'lage arkivuttrekk', en: 'make an archival extraction' });
  const out = path.resolve(input.out);
  if (input.uttrekkId) {
    // A job taken again after its process died: what the earlier try left is no finished package.
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(`${out}.${input.uttrekkId}.partial`, { recursive: true, force: true });
  } else if (fs.existsSync(out)) {
    throw new DomainError('ALREADY_EXISTS', {
      nb: `${out} finnes fra før; velg en ny mappe.`,
      en: `${out} already exists; choose a new folder.`,
    });
  }
  if (!fs.existsSync(path.dirname(out))) throw notFound({ nb: 'mappen', en: 'the folder' }, path.dirname(out));
  const orgId = ctx.role.organisasjonId;

  const prepared = await inTenant(ctx, async (tx) => {
    const org = await organisationRepository.findOrganisation(tx, orgId);
    if (!org) throw notFound({ nb: 'organisasjonen', en: 'the organisation' }, orgId);
    const { id, arkivdeler, periode } = await runOf(ctx, tx, input, out);
    return {
      id,
      org,
      arkivdeler,
      periode,
      span: await src.journalSpan(
        tx,
        orgId,
        arkivdeler.map((d) => d.id),
        periode,
      ),
      arkiv: await src.arkiv(tx, orgId, arkivdeler[0]!.arkiv_id),
      approved: approvedFormats(await arkivformatRepository.approved(tx, orgId)),
    };
  });

  const work = `${out}.${prepared.id}.partial`;
  const progress = new RunProgress(ctx, prepared.id, prepared.span.antall, input.onProgress);
  try {
    const result = await writePackage(ctx, stores, work, prepared, progress);
    const check = input.selvkontroll === false ? null : await selfCheck(ctx, work, prepared.id, progress);
    fs.renameSync(work, out);
    await inTenant(ctx, (tx) => runs.finishRun(tx, orgId, prepared.id, result));
    const rapporter = check ? await writeReports(out, check, undefined, ctx.now()) : null;
    return { id: prepared.id, katalog: out, arkivdeler: prepared.arkivdeler.map((d) => d.kortnavn), ...result, rapporter };
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    const melding = error instanceof DomainError ? error.text.nb : (error as Error).message;
    await inTenant(ctx, (tx) => runs.failRun(tx, orgId, prepared.id, melding)).catch((e: unknown) =>
      ctx.log.error({ err: e, id: prepared.id }, 'arkivuttrekk: could not record the failed run'),
    );
    throw error;
  }
}

/**
 * The run to carry out: the one recorded when it was asked for (the
 * background job), or a new one of the arkivdeler the input names.
 */
async function runOf(ctx: Ctx, tx: Tx, input: ExportArkivuttrekkInput, out: string) {
  const orgId = ctx.role.organisasjonId;
  const all = await src.arkivdeler(tx, orgId);
  if (input.uttrekkId) {
    const run = await runs.findRun(tx, orgId, input.uttrekkId);
    if (!run || run.status !== 'pågår') throw notFound({ nb: 'arkivuttrekket som venter', en: 'the waiting extraction' }, input.uttrekkId);
    const ids = new Set(await runs.arkivdelIder(tx, orgId, run.id));
    const periode = run.periode_fra && run.periode_til ? { fra: run.periode_fra, til: run.periode_til } : null;
    return { id: run.id, arkivdeler: all.filter((d) => ids.has(d.id)), periode };
  }
  const periode = checkPeriode(input.fra, input.til);
  const arkivdeler = selectArkivdeler(all, input.arkivdel);
  return { id: await recordRun(ctx, tx, { arkivdeler, periode, out }), arkivdeler, periode };
}

/**
 * Issue 17 item 5: the package is checked as Arkade would before it is put
 * in place; a failing control fails the export (the package is removed, the
 * run marked failed with the controls that failed). The result is kept on
 * the run either way.
 */
async function selfCheck(ctx: Ctx, dir: string, id: string, progress: RunProgress): Promise<SelfCheckResult> {
  await progress.phase('selvkontroll');
  const check = await withHeartbeat(progress, HEARTBEAT_MS, () => runSelfCheck(dir, { now: ctx.now() }));
  await inTenant(ctx, (tx) => runs.setSelvkontroll(tx, ctx.role.organisasjonId, id, check.report));
  if (check.passed) return check;
  const failed = check.failedTests.map((t) => `${t.id} ${t.name} (${t.errors})`).join('; ');
  throw new DomainError('CONFLICT', {
    nb: `Selvkontrollen av arkivuttrekket feilet, og pakken er fjernet: ${failed}.`,
    en: `The self-check of the extraction failed, and the package was removed: ${failed}.`,
  });
}

interface Prepared {
  id: string;
  org: { navn: string; organisasjonsnummer: string };
  arkiv: Awaited<ReturnType<typeof src.arkiv>>;
  arkivdeler: ArkivdelRow[];
  span: { antall: number; fra: string | null; til: string | null };
  approved: ReadonlySet<string>;
  periode: { fra: string; til: string } | null;
}

async function writePackage(ctx: Ctx, stores: DocumentStores, dir: string, p: Prepared, progress: RunProgress) {
  fs.mkdirSync(dir);
  fs.mkdirSync(path.join(dir, DOKUMENT_DIR));
  const orgId = ctx.role.organisasjonId;
  const arkivskaper = { organisasjonsnummer: p.org.organisasjonsnummer, navn: p.org.navn };
  const counts: Counts = { mapper: 0, registreringer: 0, dokumentfiler: 0, skjermet: false };

  const copy: CopyFile = async (objekt, dokument, referanse) => {
    const stream = await storeFor(stores, dokument).open(orgId, objekt.sjekksum, objekt.filstoerrelse);
    const sha256 = await writeHashed(path.join(dir, referanse), stream);
    if (sha256 !== objekt.sjekksum) throw new Error(`dokumentobjekt ${objekt.id}: checksum mismatch`);
  };
  const structure = {
    organisasjonId: orgId,
    arkivskaper,
    arkiv: p.arkiv,
    arkivdeler: p.arkivdeler,
    periode: p.periode,
    approvedFormats: p.approved,
  };
  await progress.phase('arkivstruktur');
  const arkivstruktur = await writeHashed(
    path.join(dir, 'arkivstruktur.xml'),
    tapped(arkivstrukturChunks(ctx, structure, counts, copy), () => progress.count(counts.registreringer, counts.dokumentfiler)),
  );

  // Krav 6.4.29: the journals cover the archive period, the same as arkivuttrekk.xml states.
  const first = p.arkivdeler[0]!;
  const last = p.arkivdeler.at(-1)!;
  const fra = p.periode?.fra ?? first.arkivperiode_start_dato ?? p.span.fra ?? first.opprettet_dato.toISOString().slice(0, 10);
  const til = p.periode?.til ?? last.arkivperiode_slutt_dato ?? p.span.til ?? fra;
  const journal: JournalPlan = {
    organisasjonId: orgId,
    arkivskaper,
    arkivdelIder: p.arkivdeler.map((d) => d.id),
    periode: p.periode,
    span: { fra, til, antall: p.span.antall },
  };
  const endringer = { n: 0 };
  await progress.phase('endringslogg');
  const endringslogg = await writeHashed(path.join(dir, 'endringslogg.xml'), endringsloggChunks(ctx, journal, endringer));
  const loepende = { n: 0 };
  await progress.phase('journaler');
  const loependeJournal = await writeHashed(
    path.join(dir, 'loependeJournal.xml'),
    tapped(loependeJournalChunks(ctx, journal, loepende), () => progress.count(loepende.n)),
  );
  const offentlige = { n: 0 };
  const { chunks } = await exportOffentligJournal(ctx, {
    organisasjonsnummer: p.org.organisasjonsnummer,
    fra,
    til,
    arkivdelIder: journal.arkivdelIder,
    nummerorden: true,
  });
  const offentligJournal = await writeHashed(
    path.join(dir, 'offentligJournal.xml'),
    countingTag(chunks, 'journalregistrering', offentlige),
  );

  const schema = async (name: string) => ({ name, sha256: await copySchema(name, dir) });
  const metadatakatalog = await schema('metadatakatalog.xsd');
  await copySchema('addml.xsd', dir);
  const dataObject = async (name: string, sha256: string, occurrences: AddmlDataObject['occurrences']): Promise<AddmlDataObject> => ({
    name,
    file: { name: `${name}.xml`, sha256 },
    schemas: [await schema(`${name}.xsd`), metadatakatalog],
    occurrences,
  });
  const dataObjects = [
    await dataObject('arkivstruktur', arkivstruktur, [
      { element: 'mappe', count: counts.mapper },
      { element: 'registrering', count: counts.registreringer },
    ]),
    await dataObject('endringslogg', endringslogg, [{ element: 'endring', count: endringer.n }]),
    await dataObject('loependeJournal', loependeJournal, [{ element: 'journalregistrering', count: loepende.n }]),
    await dataObject('offentligJournal', offentligJournal, [{ element: 'journalregistrering', count: offentlige.n }]),
  ];
  const addml = addmlXml({
    arkivskaper: p.org.navn,
    systemName: SYSTEM_NAME,
    arkiv: p.arkiv.tittel,
    startDate: fra,
    endDate: til,
    inngaaendeSkille: !p.periode && first.referanse_forloeper ? 'mykt' : 'skarpt',
    utgaaendeSkille: !p.periode && last.referanse_arvtaker ? 'mykt' : 'skarpt',
    inneholderSkjermetInformasjon: counts.skjermet,
    antallDokumentfiler: counts.dokumentfiler,
    dataObjects,
  });
  const sjekksumArkivuttrekk = await writeHashed(path.join(dir, 'arkivuttrekk.xml'), [addml]);
  return {
    antallMapper: counts.mapper,
    antallRegistreringer: counts.registreringer,
    antallDokumentfiler: counts.dokumentfiler,
    sjekksumArkivuttrekk,
  };
}
