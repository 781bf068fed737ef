import { loggedFields, type ChangeLogObjectType, type LoggedFieldKind } from './change-log-fields.js';

/** One endring: referanseMetadata, tidligereVerdi and nyVerdi of endringslogg.xsd. */
export interface FieldChange {
  felt: string;
  tidligereVerdi: string | null;
  nyVerdi: string | null;
}

type Snapshot = Readonly<Record<string, unknown>>;

/**
 * The logged fields whose rendered value differs between `before` and
 * `after`, in the order of the field list. A field that `after` does not
 * contain at all is skipped, so a use case may pass the patch it applied; a
 * field set to null or undefined in `after` is a change to null.
 */
export function diffLoggedFields(objectType: ChangeLogObjectType, before: Snapshot, after: Snapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { felt, kind } of loggedFields(objectType)) {
    if (!(felt in after)) continue;
    const tidligereVerdi = renderLogValue(before[felt], kind);
    const nyVerdi = renderLogValue(after[felt], kind);
    if (tidligereVerdi !== nyVerdi) changes.push({ felt, tidligereVerdi, nyVerdi });
  }
  return changes;
}

/**
 * A value as the log stores it. null, undefined, '' and [] are all "no value"
 * (null), so clearing an empty field is not logged. Lists (forfatter,
 * skjermingMetadata) are sets: sorted, so reordering is not a change.
 */
export function renderLogValue(value: unknown, kind: LoggedFieldKind): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const items = value.map((v) => renderLogValue(v, kind)).filter((v): v is string => v !== null);
    return items.length === 0 ? null : items.sort().join(', ');
  }
  if (value instanceof Date) return renderDate(value, kind);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A date-only field is a calendar date in Norway, so a Date is read in
 * Europe/Oslo: both midnight UTC and midnight Oslo time give the same day,
 * whichever way a driver built it. Date-times keep the full instant in UTC.
 */
function renderDate(value: Date, kind: LoggedFieldKind): string {
  if (Number.isNaN(value.getTime())) return String(value);
  if (kind !== 'date') return value.toISOString();
  const parts = OSLO_DATE.formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const OSLO_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
