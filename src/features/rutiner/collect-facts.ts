import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { CaseRow } from '../tilgang/change-access.js';
import type { Objekt } from './domain/routine.js';
import { FACT_PROVIDERS } from './fact-providers.js';
import { coreFacts } from './facts.js';

/** Every fact about an object for the acting person: the core's and each feature's. */
export async function collectFacts(ctx: Ctx, tx: Tx, objekt: Objekt, id: string, known?: CaseRow) {
  const { subject, facts } = await coreFacts(ctx, tx, objekt, id, known);
  for (const provide of FACT_PROVIDERS) for (const fact of await provide(ctx, tx, subject)) facts.add(fact);
  return { subject, facts };
}
