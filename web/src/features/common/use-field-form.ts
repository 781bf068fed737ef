import type { ParseKeys } from 'i18next';
import { useRef, useState } from 'react';
import { touchOnBlur } from './blur-touch';

export type FieldErrors<K extends string> = Partial<Record<K, ParseKeys>>;

/**
 * Values, touched fields, inline errors and focus for a form of text fields.
 * `check` marks every field touched and focuses the first bad one.
 */
export function useFieldForm<V extends { [K in keyof V]: string }>(
  initial: V,
  validate: (values: V) => FieldErrors<keyof V & string>,
  order: readonly (keyof V & string)[],
) {
  type K = keyof V & string;
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<K>>(new Set());
  const refs = useRef<Partial<Record<K, HTMLElement | null>>>({});

  const allErrors = validate(values);
  const errors = Object.fromEntries(Object.entries(allErrors).filter(([f]) => touched.has(f as K))) as FieldErrors<K>;
  const set = (field: K) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const touch = (field: K) => touchOnBlur(() => setTouched((t) => new Set(t).add(field)));
  const ref = (field: K) => (el: HTMLElement | null) => {
    refs.current[field] = el;
  };
  const check = (): boolean => {
    setTouched(new Set(order));
    const first = order.find((f) => allErrors[f]);
    if (first) refs.current[first]?.focus();
    return !first;
  };
  const reset = (next: V = initial) => {
    setValues(next);
    setTouched(new Set());
  };
  /** The fields that differ from the initial values. */
  const changed = order.filter((f) => values[f] !== initial[f]);

  return { values, errors, set, touch, ref, check, reset, changed };
}

export const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(value).getTime());
