import type { BoundFilter, BoundOrder, BoundValue, QueryField } from './bind-filter.js';

type Value = string | number | boolean | null | undefined;

/** A field's value in an object as the reader is shown it (`key` a slash path into the body). */
export function valueAt(body: unknown, field: QueryField): Value {
  let v: unknown = body;
  for (const part of field.key.split('/')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  if (v instanceof Date) return v.toISOString();
  return v as Value;
}

function compare(a: Value, b: BoundValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * Does an object match the filter? For the small lists read whole (the
 * archive structure, code lists), filtered on the body the reader is shown,
 * so nothing screened can match. Null as in OData: only eq/ne null match it.
 */
export function matchesFilter(filter: BoundFilter, body: unknown): boolean {
  switch (filter.kind) {
    case 'and':
      return matchesFilter(filter.left, body) && matchesFilter(filter.right, body);
    case 'or':
      return matchesFilter(filter.left, body) || matchesFilter(filter.right, body);
    case 'not':
      return !matchesFilter(filter.operand, body);
    case 'function': {
      const v = valueAt(body, filter.field);
      if (typeof v !== 'string') return false;
      const [hay, needle] = [v.toLowerCase(), filter.value.toLowerCase()];
      return filter.name === 'contains'
        ? hay.includes(needle)
        : filter.name === 'startswith'
          ? hay.startsWith(needle)
          : hay.endsWith(needle);
    }
    case 'compare': {
      const v = valueAt(body, filter.field) ?? null;
      if (filter.value === null) return filter.op === 'eq' ? v === null : v !== null;
      if (v === null) return false;
      const c = compare(v, filter.value);
      return { eq: c === 0, ne: c !== 0, gt: c > 0, lt: c < 0, ge: c >= 0, le: c <= 0 }[filter.op];
    }
  }
}

/** Orders bodies by `$orderby`, stable for equal keys; nulls last. */
export function orderBodies<T>(bodies: readonly T[], order: readonly BoundOrder[]): T[] {
  if (order.length === 0) return [...bodies];
  return [...bodies].sort((x, y) => {
    for (const o of order) {
      const [a, b] = [valueAt(x, o.field) ?? null, valueAt(y, o.field) ?? null];
      if (a === b) continue;
      if (a === null) return 1;
      if (b === null) return -1;
      const c = compare(a, b);
      if (c !== 0) return o.direction === 'asc' ? c : -c;
    }
    return 0;
  });
}
