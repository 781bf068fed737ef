import type { Tx } from '../../db/tenant.js';
import { runStatusStep } from '../rutiner/run-status-step.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import {
  checkTransition,
  formatJournalpostId,
  TRANSITION_CONDITIONS,
  type ConditionFacts,
  type Journalposttype,
  type Saksstatus,
} from '../noark/domain/index.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';
import { avslutningRepository as avslutning } from './avslutning-repository.js';
import { NAMED_IN_REFUSAL, outstandingText } from './domain/closing.js';
import { checkChange } from '../tilgang/change-access.js';
import { arkivstrukturRepository as structure } from '../arkivstruktur/arkivstruktur-repository.js';
import { checkCaseMayReopen } from '../arkivstruktur/domain/periode.js';
import { caseDocumentsAwaitingArchivalFormat } from '../arkivformat/archival-format-fact.js';

/**
 * Moves a case through its lifecycle (transition table, checked by
 * `checkTransition`). Closing (A) records who closed it and archives its
 * journalførte records (J → A), which freezes them; reopening (A → B) clears
 * the closing. Both logged.
 */
export async function changeSaksstatus(ctx: Ctx, id: string, input: { saksstatus: Saksstatus }) {
  // The step's handler is this file's apply function, so the result is its row.
  return runStatusStep(ctx, 'saksmappe', id, input.saksstatus) as Promise<Awaited<ReturnType<typeof applySaksstatus>>>;
}

/** The status step itself, inside a given transaction: the routine's status activities run it (`saksstatusHandler`). */
export async function applySaksstatus(ctx: Ctx, tx: Tx, id: string, to: Saksstatus) {
  const orgId = ctx.role.organisasjonId;
  const before = await repo.findForUpdate(tx, orgId, id);
  if (!before) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
  const counts = await repo.recordStatusCounts(tx, orgId, id);
  const open = await avslutning.awaitingNumbers(tx, orgId, id, NAMED_IN_REFUSAL);
  const facts: ConditionFacts = {
    // Seed 001: «Når … alle dokumenter er avskrevet, skal saken avsluttes» —
    // every I and N record (not void) has a write-off (awaitsWriteOff).
    allRecordsWrittenOff: open.total === 0,
    recordsFinished: counts.unfinished === 0,
    noActiveRecords: counts.active === 0,
    // Asked only when closing, so other steps pay no statement.
    archivalFormats: to !== 'A' || (await caseDocumentsAwaitingArchivalFormat(tx, orgId, id)) === 0,
  };
  // The change rule says on whose case; the table which transitions, for which roles.
  await checkChange(ctx, tx, 'status', before);
  try {
    checkTransition('saksmappe', null, before.saksstatus as Saksstatus, to, ctx.role.rolle, facts);
  } catch (e) {
    throw namingOutstanding(e, before, open);
  }
  if (before.saksstatus === 'A') await checkReopening(tx, orgId, before.arkivdel_id);
  const closing = to === 'A';
  const after = await repo.update(tx, orgId, id, {
    saksstatus: to,
    avsluttet_dato: closing ? ctx.now() : null,
    avsluttet_av: closing ? ctx.actor.brukerId : null,
  });
  if (closing) await archiveRecords(ctx, tx, id);
  return after;
}

/** Reopening asks the case's part (only then, so other steps pay no statement). */
async function checkReopening(tx: Tx, orgId: string, arkivdelId: string): Promise<void> {
  const arkivdel = await structure.findArkivdel(tx, orgId, arkivdelId);
  if (arkivdel) checkCaseMayReopen(arkivdel);
}

/**
 * J → A for every journalført record of the case, set-based: the transition
 * is checked once per kind of record (type, documents finalised or not),
 * then one UPDATE archives them all (the database logs each row).
 */
async function archiveRecords(ctx: Ctx, tx: Tx, saksmappeId: string): Promise<void> {
  const orgId = ctx.role.organisasjonId;
  for (const kind of await records.journalfoertKinds(tx, orgId, saksmappeId)) {
    checkTransition('journalpost', kind.journalposttype as Journalposttype, 'J', 'A', ctx.role.rolle, {
      documentsFinalised: !kind.unfinished,
    });
  }
  await records.archiveJournalfoert(tx, orgId, saksmappeId, { arkivert_dato: ctx.now(), arkivert_av: ctx.actor.brukerId });
}

/**
 * A refusal for want of write-offs says which records are still open (seed
 * 001: the case worker asks for closing only when every I and N record is
 * written off), so nobody has to hunt for them.
 */
function namingOutstanding(
  e: unknown,
  sak: { saksaar: number; sakssekvensnummer: number },
  open: { total: number; nummer: number[] },
): unknown {
  if (!(e instanceof DomainError) || e.code !== 'ILLEGAL_STATUS_TRANSITION' || open.total === 0) return e;
  if (!e.text.nb.includes(TRANSITION_CONDITIONS.allRecordsWrittenOff.nb)) return e;
  const extra = outstandingText(
    open.nummer.map((n) => formatJournalpostId(sak.saksaar, sak.sakssekvensnummer, n)),
    open.total,
  );
  return new DomainError(e.code, { nb: e.text.nb + extra.nb, en: e.text.en + extra.en });
}
