import { isDate, type FieldErrors } from '../common/use-field-form';
import { receivedAt } from './record-input';
import type { Journalpost } from './types';

export interface EditRecordValues {
  tittel: string;
  offentligTittel: string;
  dokumentetsDato: string;
  mottattDato: string;
  forfallsdato: string;
  antallVedlegg: string;
  /** 'true' when the letter is urgent (a checkbox; incoming records). */
  haster: string;
  /** 'F' when the archive has confirmed the letter exists on paper only (a checkbox; the archive, I and U). */
  dokumentmedium: string;
}

export type EditRecordField = keyof EditRecordValues & string;

/** The order of the fields on the form, so focus goes to the first error; also the server's field names. */
export const editRecordFieldOrder: readonly EditRecordField[] = [
  'tittel',
  'offentligTittel',
  'dokumentetsDato',
  'mottattDato',
  'forfallsdato',
  'antallVedlegg',
  'haster',
  'dokumentmedium',
];

export type JournalpostEndring = Partial<Record<EditRecordField, string | number | boolean | null>>;

/** The calendar day of a moment, in the user's time zone (the value of a date input). */
function localDay(value: string | null): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function fromJournalpost(jp: Journalpost): EditRecordValues {
  return {
    tittel: jp.tittel,
    offentligTittel: jp.offentligTittel ?? '',
    dokumentetsDato: jp.dokumentetsDato ?? '',
    mottattDato: localDay(jp.mottattDato),
    forfallsdato: jp.forfallsdato ?? '',
    antallVedlegg: jp.antallVedlegg === null ? '' : String(jp.antallVedlegg),
    haster: String(jp.haster),
    // Only the archive's paper-only confirmation is offered; another medium is left as it is.
    dokumentmedium: jp.dokumentmedium === 'F' ? 'F' : '',
  };
}

export function validateEditRecord(v: EditRecordValues, journalposttype: string): FieldErrors<EditRecordField> {
  const errors: FieldErrors<EditRecordField> = {};
  if (!v.tittel.trim()) errors.tittel = 'newRecord.errors.tittel';
  if (v.dokumentetsDato && !isDate(v.dokumentetsDato)) errors.dokumentetsDato = 'newRecord.errors.date';
  if (journalposttype === 'I' && !v.mottattDato) errors.mottattDato = 'newRecord.errors.mottattDato';
  else if (v.mottattDato && !isDate(v.mottattDato)) errors.mottattDato = 'newRecord.errors.date';
  if (v.forfallsdato && !isDate(v.forfallsdato)) errors.forfallsdato = 'newRecord.errors.date';
  else if (v.forfallsdato && v.mottattDato && v.forfallsdato < v.mottattDato) errors.forfallsdato = 'newRecord.errors.forfallFoer';
  const n = Number(v.antallVedlegg.trim());
  if (v.antallVedlegg.trim() && (!Number.isInteger(n) || n < 0 || n > 10000)) errors.antallVedlegg = 'editRecord.errors.antallVedlegg';
  return errors;
}

/** Only the changed fields; an emptied optional field is sent as null to clear it. */
export function toJournalpostEndring(v: EditRecordValues, changed: readonly EditRecordField[]): JournalpostEndring {
  const value = (f: EditRecordField) => {
    const s = v[f].trim();
    if (f === 'haster') return s === 'true';
    if (!s) return null;
    if (f === 'mottattDato') return receivedAt(s) ?? null;
    return f === 'antallVedlegg' ? Number(s) : s;
  };
  return Object.fromEntries(changed.map((f) => [f, value(f)]));
}
