import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Reader } from './domain/read-rule.js';
import { loadReader } from './reader.js';
import { tilgangRepository as repo } from './tilgang-repository.js';

/** What the read rule needs beyond the rows of a case and its records: who reads, and the case's internal contacts. */
export interface CaseAccess {
  reader: Reader;
  interneKontakter: string[];
}

export async function loadCaseAccess(tx: Tx, ctx: Pick<Ctx, 'actor' | 'role'>, saksmappeId: string): Promise<CaseAccess> {
  const [reader, interneKontakter] = await Promise.all([
    loadReader(tx, ctx),
    repo.interneKontakter(tx, ctx.role.organisasjonId, saksmappeId),
  ]);
  return { reader, interneKontakter };
}
