import type { Tx } from '../../db/tenant.js';
import { runStatusStep } from '../rutiner/run-status-step.js';
import type { Ctx } from '../../shared/context.js';
import { checkTransition, type Journalposttype, type Journalstatus } from '../noark/domain/index.js';
import { flytRepository as flyt } from '../godkjenning/flyt-repository.js';
import { checkMainDocument } from './domain/plausibility.js';
import { journalpostRepository as repo } from './journalpost-repository.js';
import { loadForChange } from './load-for-change.js';
import { recordsAwaitingArchivalFormat } from '../arkivformat/archival-format-fact.js';

/**
 * Moves a record through its lifecycle, as the transition table allows for
 * its type and the active role, with the conditions worked out here.
 */
export async function changeJournalstatus(ctx: Ctx, id: string, input: { journalstatus: Journalstatus }) {
  // The step's handler is this file's apply function, so the result is its row.
  return runStatusStep(ctx, 'journalpost', id, input.journalstatus) as Promise<Awaited<ReturnType<typeof applyJournalstatus>>>;
}

/** The change rule (`kind`: a status change or a voiding) decides on whose record; the table which transition. */
export async function applyJournalstatus(ctx: Ctx, tx: Tx, id: string, to: Journalstatus, kind: 'status' | 'utgaar' = 'status') {
  const orgId = ctx.role.organisasjonId;
  const { record } = await loadForChange(ctx, tx, id, kind);
  const unfinished = await repo.withUnfinishedDocuments(tx, orgId, [id]);
  // Asked only where the table names the condition (R → F), so other changes pay no extra statement.
  const awaiting = to === 'F' ? await flyt.awaitingApproval(tx, orgId, [id]) : new Set<string>();
  const withoutArchivalFormat = to === 'J' ? await recordsAwaitingArchivalFormat(tx, orgId, [id]) : new Set<string>();
  checkTransition('journalpost', record.journalposttype as Journalposttype, record.journalstatus as Journalstatus, to, ctx.role.rolle, {
    // Seed 002 §10: approval asked for and not (yet) given holds the record in R (src/features/godkjenning).
    approvalCompleted: !awaiting.has(id),
    documentsFinalised: !unfinished.has(id),
    noTemporaryScreening: record.tilgangskode !== 'XX',
    archivalFormats: !withoutArchivalFormat.has(id),
  });
  if (to === 'J') {
    const hasHoveddokument = (await repo.withHoveddokument(tx, orgId, [id])).has(id);
    checkMainDocument({ journalposttype: record.journalposttype, til: to, hasHoveddokument, dokumentmedium: record.dokumentmedium });
  }
  const archiving = to === 'A';
  const after = await repo.update(tx, orgId, id, {
    journalstatus: to,
    ...(archiving ? { arkivert_dato: ctx.now(), arkivert_av: ctx.actor.brukerId } : {}),
  });
  return after;
}
