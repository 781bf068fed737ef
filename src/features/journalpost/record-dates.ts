import { osloDate } from '../saksmappe/oslo-calendar.js';
import type { RecordDates } from './domain/plausibility.js';

type Instant = Date | string | null | undefined;

/** A received instant as the Oslo calendar date the plausibility rules compare; an unreadable one is left to the database's check. */
export function osloDateOf(value: Instant): string | null | undefined {
  if (value === null || value === undefined) return value;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : osloDate(d);
}

/** The dates of a record's input (or row) as the plausibility rules take them. */
export function recordDates(input: {
  mottattDato?: Instant;
  dokumentetsDato?: string | null | undefined;
  forfallsdato?: string | null | undefined;
}): RecordDates {
  return { mottattDato: osloDateOf(input.mottattDato), dokumentetsDato: input.dokumentetsDato, forfallsdato: input.forfallsdato };
}
