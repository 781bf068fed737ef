import { sql, type RawBuilder } from 'kysely';
import type { BoundFilter, BoundOrder, FieldType } from '../features/noark5-api/odata/bind-filter.js';

/** The SQL operators of OData's comparisons: a fixed table, so no text from a request ever becomes SQL. */
const OPERATORS = { eq: '=', ne: '<>', gt: '>', lt: '<', ge: '>=', le: '<=' } as const;

/** A value as a parameter, cast to the column's type so both engines compare like with like. */
function param(type: FieldType, value: string | number | boolean): RawBuilder<unknown> {
  switch (type) {
    case 'date':
      return sql`${value}::date`;
    case 'datetime':
      return sql`${value}::timestamptz`;
    case 'uuid':
      return sql`${value}::uuid`;
    case 'number':
      return sql`${value}::numeric`;
    case 'boolean':
      return sql`${value}::boolean`;
    case 'string':
      return sql`${value}::text`;
  }
}

const likePattern = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A checked OData filter (bind-filter.ts) as a boolean SQL expression for a
 * repository's WHERE. Columns come from the repository's own `column` map of
 * field keys; values are parameters only. A screened field's condition holds
 * only where `fullAccess` (the read rule's SQL twin) does, so what a reader
 * may not see neither matches nor counts, and `not` over it matches every
 * screened row alike. Each comparison is coalesced to false: NULL never
 * leaks into NOT (…).
 */
export function filterSql(
  filter: BoundFilter,
  column: (key: string) => RawBuilder<unknown>,
  fullAccess: RawBuilder<boolean>,
): RawBuilder<boolean> {
  switch (filter.kind) {
    case 'and':
      return sql<boolean>`(${filterSql(filter.left, column, fullAccess)} AND ${filterSql(filter.right, column, fullAccess)})`;
    case 'or':
      return sql<boolean>`(${filterSql(filter.left, column, fullAccess)} OR ${filterSql(filter.right, column, fullAccess)})`;
    case 'not':
      return sql<boolean>`(NOT ${filterSql(filter.operand, column, fullAccess)})`;
    case 'function':
    case 'compare': {
      const col = column(filter.field.key);
      let cond: RawBuilder<boolean>;
      if (filter.kind === 'function') {
        const pattern = likePattern(filter.value);
        const wrapped = filter.name === 'contains' ? `%${pattern}%` : filter.name === 'startswith' ? `${pattern}%` : `%${pattern}`;
        cond = sql<boolean>`${col} ILIKE ${wrapped} ESCAPE '\\'`;
      } else if (filter.value === null) {
        cond = filter.op === 'eq' ? sql<boolean>`${col} IS NULL` : sql<boolean>`${col} IS NOT NULL`;
      } else {
        cond = sql<boolean>`${col} ${sql.raw(OPERATORS[filter.op])} ${param(filter.field.type, filter.value)}`;
      }
      const safe = sql<boolean>`coalesce(${cond}, false)`;
      return filter.field.screened ? sql<boolean>`(${fullAccess} AND ${safe})` : safe;
    }
  }
}

/** `$orderby` as ORDER BY terms (fields are whitelisted and never screened: bindOrderBy refuses those). */
export function orderSql(order: readonly BoundOrder[], column: (key: string) => RawBuilder<unknown>): RawBuilder<unknown>[] {
  return order.map((o) => sql`${column(o.field.key)} ${sql.raw(o.direction === 'desc' ? 'DESC NULLS LAST' : 'ASC NULLS LAST')}`);
}
