import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { collectFacts } from './collect-facts.js';
import { openActivities, type Objekt } from './domain/routine.js';
import { STANDARD_ROUTINE } from './domain/standard-routine.js';

/** The activities the routine offers the acting person on an object now, in the routine's order, for the UI's buttons. */
export async function listAktiviteter(ctx: Ctx, objekt: Objekt, id: string) {
  return inTenant(ctx, async (tx) => {
    const { facts } = await collectFacts(ctx, tx, objekt, id);
    return { versjon: STANDARD_ROUTINE.versjon, aktiviteter: openActivities(STANDARD_ROUTINE, objekt, facts) };
  });
}
