import { ODataSyntaxError, type CompareOp, type FilterExpr, type Literal, type OrderBy, type StringFunction } from './filter-ast.js';

export type FieldType = 'string' | 'number' | 'date' | 'datetime' | 'uuid' | 'boolean';

/**
 * A field a list may be filtered or ordered by: its Noark 5 path, its type,
 * and a key the repository knows (a column there; nothing else reads it).
 * `screened`: the field is withheld from a reader without access, so a
 * condition on it holds only for objects the reader sees in full, and it
 * cannot order a list (the order would tell what it hides).
 */
export interface QueryField {
  path: string;
  type: FieldType;
  key: string;
  screened?: boolean;
}

export type BoundValue = string | number | boolean | null;

export type BoundFilter =
  | { kind: 'and' | 'or'; left: BoundFilter; right: BoundFilter }
  | { kind: 'not'; operand: BoundFilter }
  | { kind: 'compare'; op: CompareOp; field: QueryField; value: BoundValue }
  | { kind: 'function'; name: StringFunction; field: QueryField; value: string };

export interface BoundOrder {
  field: QueryField;
  direction: 'asc' | 'desc';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bad = (option: string, nb: string, en: string): never => {
  throw new ODataSyntaxError(option, 0, nb, en);
};

function fieldOf(option: string, fields: readonly QueryField[], path: string[]): QueryField {
  const name = path.join('/');
  const field = fields.find((f) => f.path === name);
  if (!field) {
    const known = fields.map((f) => f.path).join(', ');
    bad(
      option,
      `kan ikke filtrere eller sortere på «${name}» her (mulige felt: ${known})`,
      `cannot filter or order by «${name}» here (fields: ${known})`,
    );
  }
  return field!;
}

/** The literal as the field's type wants it; a mismatch is a 400 naming both. */
function valueFor(field: QueryField, op: CompareOp, literal: Literal): BoundValue {
  if (literal.type === 'null') {
    if (op !== 'eq' && op !== 'ne')
      bad('$filter', `${field.path}: null kan bare sammenlignes med eq eller ne`, `${field.path}: null can only be compared with eq or ne`);
    return null;
  }
  const mismatch = () =>
    bad(
      '$filter',
      `${field.path} er av typen ${field.type}; verdien passer ikke`,
      `${field.path} is of type ${field.type}; the value does not fit`,
    );
  switch (field.type) {
    case 'string':
      return literal.type === 'string' ? literal.value : mismatch();
    case 'number':
      return literal.type === 'number' ? literal.value : mismatch();
    case 'boolean':
      if (op !== 'eq' && op !== 'ne') bad('$filter', `${field.path}: bare eq eller ne`, `${field.path}: only eq or ne`);
      return literal.type === 'boolean' ? literal.value : mismatch();
    case 'uuid':
      if (op !== 'eq' && op !== 'ne') bad('$filter', `${field.path}: bare eq eller ne`, `${field.path}: only eq or ne`);
      return literal.type === 'string' && UUID.test(literal.value) ? literal.value.toLowerCase() : mismatch();
    case 'date':
      if (literal.type === 'date') return literal.value;
      return literal.type === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(literal.value) ? literal.value : mismatch();
    case 'datetime':
      if (literal.type === 'datetime') return new Date(literal.value).toISOString();
      // A date alone means its start, in UTC.
      return literal.type === 'date' ? `${literal.value}T00:00:00.000Z` : mismatch();
  }
}

/** Checks a parsed filter against a list's fields and types; pure, a 400 (ODataSyntaxError) for what does not fit. */
export function bindFilter(expr: FilterExpr, fields: readonly QueryField[]): BoundFilter {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return { kind: expr.kind, left: bindFilter(expr.left, fields), right: bindFilter(expr.right, fields) };
    case 'not':
      return { kind: 'not', operand: bindFilter(expr.operand, fields) };
    case 'function': {
      const field = fieldOf('$filter', fields, expr.path);
      if (field.type !== 'string')
        bad(
          '$filter',
          `${expr.name} virker bare på tekstfelt, ikke ${field.path}`,
          `${expr.name} works on text fields only, not ${field.path}`,
        );
      return { kind: 'function', name: expr.name, field, value: expr.value };
    }
    case 'compare': {
      const field = fieldOf('$filter', fields, expr.path);
      return { kind: 'compare', op: expr.op, field, value: valueFor(field, expr.op, expr.value) };
    }
  }
}

export function bindOrderBy(order: readonly OrderBy[], fields: readonly QueryField[]): BoundOrder[] {
  return order.map((o) => {
    const field = fieldOf('$orderby', fields, o.path);
    if (field.screened)
      bad(
        '$orderby',
        `kan ikke sortere på ${field.path}: feltet kan være skjermet`,
        `cannot order by ${field.path}: the field may be screened`,
      );
    return { field, direction: o.direction };
  });
}
