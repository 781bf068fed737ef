/**
 * The OData `$filter` subset the Noark 5 tjenestegrensesnitt asks for at the
 * «basis» level (tg-06 «Finne objekter»): comparisons, and/or/not, the
 * string functions contains/startswith/endswith, nested paths such as
 * `saksstatus/kode`, and `null`. A parsed filter is data: it says nothing
 * about SQL; `bind-filter.ts` checks it against a resource's fields.
 */
export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'date'; value: string }
  | { type: 'datetime'; value: string };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le';
export type StringFunction = 'contains' | 'startswith' | 'endswith';

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'compare'; op: CompareOp; path: string[]; value: Literal }
  | { kind: 'function'; name: StringFunction; path: string[]; value: string };

export interface OrderBy {
  path: string[];
  direction: 'asc' | 'desc';
}

/** A malformed query option, with where in the text it went wrong (0-based) for the 400 message. */
export class ODataSyntaxError extends Error {
  constructor(
    readonly option: string,
    readonly position: number,
    readonly nb: string,
    readonly en: string,
  ) {
    super(`${option} at ${position}: ${en}`);
    this.name = 'ODataSyntaxError';
  }
}
