import { inTenant, type Tx } from '../../db/tenant.js';
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

/**
 * Moves a case through its lifecycle (transition table, checked by
 * `checkTransition`). Closing (A) records who closed it and archives its
 * journalførte records (J → A), which freezes them; reopening (A → B) clears
 * the closing. Both logged.
 */
export async function changeSaksstatus(ctx: Ctx, id: string, input: { saksstatus: Saksstatus }) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
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
    };
    // The change rule says on whose case; the table which transitions, for which roles.
    await checkChange(ctx, tx, 'status', before);
    try {
      checkTransition('saksmappe', null, before.saksstatus as Saksstatus, input.saksstatus, ctx.role.rolle, facts);
    } catch (e) {
      throw namingOutstanding(e, before, open);
    }
    const closing = input.saksstatus === 'A';
    const after = await repo.update(tx, orgId, id, {
      saksstatus: input.saksstatus,
      avsluttet_dato: closing ? ctx.now() : null,
      avsluttet_av: closing ? ctx.actor.brukerId : null,
    });
    if (closing) await archiveRecords(ctx, tx, id);
    return after;
  });
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
