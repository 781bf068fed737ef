import type { ParseKeys } from 'i18next';
import { needsTemplate } from '../templates/TemplatePicker';

export interface PartyValues {
  key: number;
  korrespondanseparttype: string;
  navn: string;
  postadresse: string;
  epostadresse: string;
  skjermet: boolean;
  /** An internal recipient (IM, IK) is a person or a unit of the organisation; its name is the one picked. */
  internTil: InternTil;
  internId: string;
}

/** Which of the organisation an internal party names: the request's field for it. */
export type InternTil = 'saksbehandlerId' | 'administrativEnhetId';

/** Internal recipients and copy recipients (Noark IM, IK): delivered inside Saksgang, so picked among the organisation's people and units. */
export const isInternalParty = (type: string) => type === 'IM' || type === 'IK';

export interface RecordValues {
  journalposttype: string;
  /** The template an own record (U, N, X, S) starts from. */
  brevmalId: string;
  tittel: string;
  offentligTittel: string;
  dokumentetsDato: string;
  mottattDato: string;
  forfallsdato: string;
  haster: boolean;
  /** The archive confirms a paper-only letter: journalført without a scan. */
  kunPapir: boolean;
  parter: PartyValues[];
}

/** Error keys by field path, as the server names them: `tittel`, `korrespondanseparter.0.navn`. */
export type RecordErrors = Record<string, ParseKeys>;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(value).getTime());
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The party type that fits a record type: senders of incoming post, recipients of outgoing. */
export function defaultPartyType(journalposttype: string): string {
  if (journalposttype === 'I') return 'EA';
  if (journalposttype === 'U') return 'EM';
  return 'IM';
}

export function validateRecord(v: RecordValues): RecordErrors {
  const errors: RecordErrors = {};
  if (!v.journalposttype) errors.journalposttype = 'newRecord.errors.type';
  if (needsTemplate(v.journalposttype) && !v.brevmalId) errors.brevmalId = 'templates.errors.pick';
  if (!v.tittel.trim()) errors.tittel = 'newRecord.errors.tittel';
  if (v.dokumentetsDato && !isDate(v.dokumentetsDato)) errors.dokumentetsDato = 'newRecord.errors.date';
  if (v.journalposttype === 'I' && !v.mottattDato) errors.mottattDato = 'newRecord.errors.mottattDato';
  else if (v.mottattDato && !isDate(v.mottattDato)) errors.mottattDato = 'newRecord.errors.date';
  if (v.forfallsdato && !isDate(v.forfallsdato)) errors.forfallsdato = 'newRecord.errors.date';
  else if (v.forfallsdato && v.mottattDato && v.journalposttype === 'I' && v.forfallsdato < v.mottattDato)
    errors.forfallsdato = 'newRecord.errors.forfallFoer';
  v.parter.forEach((p, i) => {
    if (!p.korrespondanseparttype) errors[`korrespondanseparter.${i}.korrespondanseparttype`] = 'newRecord.errors.partyType';
    if (isInternalParty(p.korrespondanseparttype)) {
      if (!p.internId) errors[`korrespondanseparter.${i}.${p.internTil}`] = 'newRecord.errors.partyInternal';
      return;
    }
    if (!p.navn.trim()) errors[`korrespondanseparter.${i}.navn`] = 'newRecord.errors.partyName';
    if (p.epostadresse.trim() && !EMAIL.test(p.epostadresse.trim()))
      errors[`korrespondanseparter.${i}.epostadresse`] = 'newRecord.errors.email';
  });
  return errors;
}

/** Field paths in the order they appear on the form, so focus goes to the first error. */
export function recordFieldOrder(v: RecordValues): string[] {
  const parties = v.parter.flatMap((p, i) =>
    (isInternalParty(p.korrespondanseparttype)
      ? ['korrespondanseparttype', p.internTil]
      : ['korrespondanseparttype', 'navn', 'postadresse', 'epostadresse']
    ).map((f) => `korrespondanseparter.${i}.${f}`),
  );
  return ['journalposttype', 'brevmalId', 'tittel', 'offentligTittel', 'dokumentetsDato', 'mottattDato', 'forfallsdato', ...parties];
}
