import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { CAPS } from '../../shared/caps.js';
import { findJournalpost } from '../dokumenter/document-access.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { HANDLINGER_I, currentStep, type Flyttype, type Handling } from './domain/flyt.js';
import { flytRepository as repo, toFlyt, type FlytRow } from './flyt-repository.js';

export interface DokumentflytView {
  runder: FlytRow[];
  /** The comments show only to those who read the record in full. */
  full: boolean;
  /** What the reader may answer now: theirs is the current step. */
  handlinger: Handling[];
  flyttype: Flyttype | null;
}

/**
 * The record's approval and review rounds, newest first (at most the cap
 * `flytrunder`), each with its steps as Noark 5 dokumentflyt: who had it,
 * from whom, when it came and went, what they decided; and which answers
 * the reader has now. Three statements whatever the number of steps.
 */
export async function getDokumentflyt(ctx: Ctx, journalpostId: string): Promise<DokumentflytView> {
  return inTenant(ctx, async (tx) => {
    await findJournalpost(tx, ctx, journalpostId);
    const runder = await repo.ofRecord(tx, ctx.role.organisasjonId, journalpostId, CAPS.flytrunder.max);
    const access = await decideAccess(tx, ctx, [journalpostId]);
    const active = runder.find((r) => r.utfall === null);
    const flyt = active ? toFlyt(active) : null;
    const mine = flyt && currentStep(flyt)?.flytTil === ctx.actor.brukerId;
    return {
      runder,
      full: access.get(journalpostId)?.full ?? false,
      handlinger: mine ? [...HANDLINGER_I[flyt.flyttype]] : [],
      flyttype: flyt?.flyttype ?? null,
    };
  });
}
