import type { RawBuilder } from 'kysely';
import type { Ctx } from '../../shared/context.js';
import type { Reader } from './domain/read-rule.js';
import type { KanEndreReader } from './kan-endre.js';
import { readerColumns, readerFrom, type ReaderRow } from './reader.js';
import { tilgangRepository as repo } from './tilgang-repository.js';

/** What the read rule needs beyond the rows of a case and its records: who reads, and the case's internal contacts. */
export interface CaseAccess {
  reader: Reader;
  interneKontakter: string[];
  /** Who reads, as the change rule sees them (for `kanEndre`). */
  changer: KanEndreReader;
}

export interface CaseAccessRow extends ReaderRow {
  interne_kontakter: string[];
}

/** The columns of a case's access data (reader and internal contacts) for the first query of a case's page; `saksmappeId` may be a column. */
export function caseAccessColumns(ctx: Pick<Ctx, 'actor' | 'role'>, saksmappeId: RawBuilder<unknown> | string) {
  return [...readerColumns(ctx), repo.interneKontakterColumn(ctx.role.organisasjonId, saksmappeId)] as const;
}

export function caseAccessFrom(ctx: Pick<Ctx, 'actor' | 'role'>, row: CaseAccessRow): CaseAccess {
  const changer = { brukerId: ctx.actor.brukerId, rolle: ctx.role.rolle, administrativEnhetId: ctx.role.administrativEnhetId };
  return { reader: readerFrom(ctx, row), interneKontakter: row.interne_kontakter, changer };
}
