import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { maltyperFor } from './domain/brevmal-kinds.js';
import { MAL_ADMINS } from './domain/brevmal-rules.js';
import { malerRepository as repo, type BrevmalRow } from './maler-repository.js';

export interface ListBrevmalerQuery {
  /** Only the templates that may start a record of this type (the new-record picker). */
  journalposttype?: string | undefined;
  /** The system owner sees deactivated templates too when asking for them. */
  medInaktive?: boolean | undefined;
}

/**
 * The organisation's templates. Everyone who writes sees the active ones
 * (the picker); the system owner may ask for the deactivated ones as well.
 * Read whole: capped where they are written (CAPS.brevmaler).
 */
export function listBrevmaler(ctx: Ctx, query: ListBrevmalerQuery): Promise<BrevmalRow[]> {
  const maltyper = query.journalposttype === undefined ? undefined : maltyperFor(query.journalposttype);
  if (query.medInaktive && !MAL_ADMINS.includes(ctx.role.rolle)) {
    throw fieldError('medInaktive', 'bare systemansvarlig ser deaktiverte maler', 'only the system owner sees deactivated templates');
  }
  return inTenant(ctx, (tx) => repo.list(tx, ctx.role.organisasjonId, { maltyper, aktiv: query.medInaktive ? undefined : true }));
}
