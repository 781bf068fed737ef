import path from 'node:path';
import { inTenant } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { checkPackage, invalidPackage, type CheckedPackage } from './package-check.js';
import { importEndringslogg } from './import-endringslogg.js';
import { importJournalNames } from './import-journal-names.js';
import { importRepository as repo } from './import-repository.js';
import { importStructure } from './import-structure.js';
import type { ImportState } from './import-state.js';

export interface ImportInput {
  katalog: string;
  files: FileStore;
  /** Cases per transaction (default 100). */
  batchSize?: number;
  /** Tests: stop (as if interrupted) once this many units are done. */
  stopAfterUnits?: number;
}

export interface ImportReport {
  importId: string;
  /** 'fullført' now, or 'allerede importert' when the package was imported before (nothing is done twice). */
  status: 'fullført' | 'allerede importert' | 'avbrutt';
  noarkVersjon: '4.0' | '5.0';
  arkivId: string | null;
  antall: { mapper: number; registreringer: number; dokumenter: number; filer: number; endringer: number };
  /** What could not be mapped, counted by kind. */
  ikkeKartlagt: Record<string, number>;
  /** Document files whose bytes do not match the checksum the package gives. */
  sjekksumAvvik: string[];
}

/**
 * Imports a Noark 5 extraction (v5.0, and v4.0 where the structure is the
 * same) into a read-only historical arkiv of the organisation (issue 17 item
 * 6; docs/uttrekk-import.md). Refuses an unsafe or inconsistent package
 * before anything is stored; streams arkivstruktur.xml case by case in
 * batches; resumes an interrupted import of the same package where it
 * stopped, and does nothing for a package imported before.
 */
export async function importUttrekk(ctx: Ctx, input: ImportInput): Promise<ImportReport> {
  requireRole(ctx, ['SYS', 'ARK'], { nb: 'importere arkivuttrekk', en: 'import an extraction' });
  const pkg = await checkPackage(input.katalog);
  const org = ctx.role.organisasjonId;
  const { run, enhetId } = await inTenant(ctx, async (tx) => {
    const unit = await repo.topUnit(tx, org);
    if (!unit) throw invalidPackage('organisasjonen har ingen administrativ enhet', 'the organisation has no administrative unit');
    const existing = await repo.findRun(tx, org, pkg.pakkeSjekksum);
    if (existing) return { run: existing, enhetId: unit.id };
    await refuseNumberClash(tx, org, pkg);
    const started = await repo.startRun(tx, {
      organisasjon_id: org,
      pakke_sjekksum: pkg.pakkeSjekksum,
      katalog: pkg.katalog.slice(0, 4000),
      noark_versjon: pkg.noarkVersjon,
      opprettet_av: ctx.actor.brukerId,
    });
    return { run: started, enhetId: unit.id };
  });
  const state: ImportState = {
    ctx,
    org,
    importId: run.id,
    katalog: path.resolve(input.katalog),
    files: input.files,
    enhetId,
    ikkeKartlagt: { ...run.ikke_kartlagt },
    sjekksumAvvik: [],
    counts: { mapper: 0, registreringer: 0, dokumenter: 0, filer: 0, endringer: 0 },
  };
  const report = (status: ImportReport['status'], arkivId: string | null): ImportReport => ({
    importId: run.id,
    status,
    noarkVersjon: pkg.noarkVersjon,
    arkivId,
    antall: state.counts,
    ikkeKartlagt: state.ikkeKartlagt,
    sjekksumAvvik: state.sjekksumAvvik,
  });
  if (run.status === 'fullført') return report('allerede importert', run.arkiv_id);

  const structure = await importStructure(state, run.enheter_ferdig, input.batchSize ?? 100, input.stopAfterUnits);
  if (structure.interrupted) return report('avbrutt', structure.arkivId);
  await importJournalNames(state);
  await importEndringslogg(state, run.endringer_ferdig);
  await inTenant(ctx, async (tx) => {
    await repo.raiseCounters(tx, org, await repo.arkivdelerOf(tx, org, run.id));
    await repo.setProgress(tx, org, run.id, structure.unitsDone, state.ikkeKartlagt);
    await repo.finishRun(tx, org, run.id);
  });
  ctx.log.info({ importId: run.id, antall: state.counts }, 'arkivuttrekk importert');
  return report('fullført', structure.arkivId);
}

/**
 * The imported numbers are kept as they were; so the package may not number
 * in a year the organisation has numbered in itself (they would clash, or
 * the live series would jump). Its years' counters are raised past the
 * imported numbers at the end, so they are never given again.
 */
async function refuseNumberClash(tx: Parameters<typeof repo.numberedYears>[0], org: string, pkg: CheckedPackage): Promise<void> {
  const sak = await repo.numberedYears(tx, org, 'saksmappe', pkg.saksaar);
  const jp = await repo.numberedYears(tx, org, 'journalpost', pkg.journalaar);
  const years = [...new Set([...sak, ...jp])].sort();
  if (years.length > 0) {
    throw invalidPackage(
      `organisasjonen har egne saks- eller journalnumre i ${years.join(', ')}, som uttrekket også nummererer i`,
      `the organisation has case or journal numbers of its own in ${years.join(', ')}, which the extraction numbers in too`,
    );
  }
}
