import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import type { ArkivdelRow } from './domain/rows.js';
import type { ArkivuttrekkFase } from './tables.js';
import { uttrekkRepository as runs } from './uttrekk-repository.js';

/** A run not heard from this long, with no job to carry it out, is taken to have died with its process. */
export const ABANDONED_AFTER_SECONDS = 30 * 60;

export const ABANDONED_TEXT =
  'Arkivuttrekket ble avbrutt: det har ikke vært livstegn fra det på over 30 minutter (prosessen stoppet). Start et nytt uttrekk.';

export interface RunToRecord {
  id?: string | undefined;
  arkivdeler: readonly ArkivdelRow[];
  periode: { fra: string; til: string } | null;
  out: string;
  /** 'venter' when a background job will carry it out. */
  fase?: ArkivuttrekkFase | undefined;
}

/**
 * Records a new run ('pågår') of these arkivdeler, in the caller's
 * transaction: they must belong to one arkiv, and no other run of any of
 * them may be going on (one extraction per arkivdel at a time; the
 * arkivdeler's rows are locked so two requests cannot both pass). Runs that
 * died with their process are marked failed first, so they block nothing.
 */
export async function recordRun(ctx: Ctx, tx: Tx, run: RunToRecord): Promise<string> {
  const orgId = ctx.role.organisasjonId;
  if (new Set(run.arkivdeler.map((d) => d.arkiv_id)).size > 1) {
    throw new DomainError('CONFLICT', {
      nb: 'De avsluttede arkivdelene hører til flere arkiv; trekk ut én arkivdel om gangen med --arkivdel.',
      en: 'The closed arkivdeler belong to several archives; extract one at a time with --arkivdel.',
    });
  }
  const ids = run.arkivdeler.map((d) => d.id);
  await runs.lockArkivdeler(tx, orgId, ids);
  await runs.failAbandoned(tx, orgId, ABANDONED_AFTER_SECONDS, ABANDONED_TEXT);
  const busy = await runs.runningFor(tx, orgId, ids);
  if (busy.length > 0) {
    throw new DomainError('CONFLICT', {
      nb: `Et arkivuttrekk av ${busy.join(', ')} pågår allerede. Vent til det er ferdig før du starter et nytt.`,
      en: `An extraction of ${busy.join(', ')} is already running. Wait for it to finish before starting another.`,
    });
  }
  return runs.startRun(tx, {
    id: run.id,
    organisasjonId: orgId,
    arkivdelIder: ids,
    periodeFra: run.periode?.fra ?? null,
    periodeTil: run.periode?.til ?? null,
    utdataKatalog: run.out,
    opprettetAv: ctx.actor.brukerId,
    fase: run.fase,
  });
}
