import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Reader } from './domain/read-rule.js';
import type { KanEndreReader } from './kan-endre.js';
import { loadReader } from './reader.js';
import { tilgangRepository as repo } from './tilgang-repository.js';

/** What the read rule needs beyond the rows of a case and its records: who reads, and the case's internal contacts. */
export interface CaseAccess {
  reader: Reader;
  interneKontakter: string[];
  /** Who reads, as the change rule sees them (for `kanEndre`). */
  changer: KanEndreReader;
}

export async function loadCaseAccess(tx: Tx, ctx: Pick<Ctx, 'actor' | 'role'>, saksmappeId: string): Promise<CaseAccess> {
  const [reader, interneKontakter] = await Promise.all([
    loadReader(tx, ctx),
    repo.interneKontakter(tx, ctx.role.organisasjonId, saksmappeId),
  ]);
  const changer = { brukerId: ctx.actor.brukerId, rolle: ctx.role.rolle, administrativEnhetId: ctx.role.administrativEnhetId };
  return { reader, interneKontakter, changer };
}
