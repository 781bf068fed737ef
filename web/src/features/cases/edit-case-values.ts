import { isDate, type FieldErrors } from '../common/use-field-form';
import type { Saksmappe } from './api';

export interface EditCaseValues {
  tittel: string;
  offentligTittel: string;
  beskrivelse: string;
  saksdato: string;
  administrativEnhetId: string;
  saksansvarligId: string;
  obsDato: string;
  tilgangskode: string;
}

export type EditCaseField = keyof EditCaseValues & string;

/** The order of the fields on the form, so focus goes to the first error; also the server's field names. */
export const editCaseFieldOrder: readonly EditCaseField[] = [
  'tittel',
  'offentligTittel',
  'beskrivelse',
  'saksdato',
  'administrativEnhetId',
  'saksansvarligId',
  'obsDato',
  'tilgangskode',
];

export type SaksmappeEndring = Partial<Record<EditCaseField, string | null>>;

export function fromSaksmappe(s: Saksmappe): EditCaseValues {
  return {
    tittel: s.tittel,
    offentligTittel: s.offentligTittel ?? '',
    beskrivelse: s.beskrivelse ?? '',
    saksdato: s.saksdato,
    administrativEnhetId: s.administrativEnhet?.id ?? '',
    saksansvarligId: s.saksansvarlig?.id ?? '',
    obsDato: s.obsDato ?? '',
    tilgangskode: s.tilgangskode ?? '',
  };
}

export function validateEditCase(v: EditCaseValues): FieldErrors<EditCaseField> {
  const errors: FieldErrors<EditCaseField> = {};
  if (!v.tittel.trim()) errors.tittel = 'newCase.errors.tittel';
  if (!v.saksdato) errors.saksdato = 'newCase.errors.saksdato';
  else if (!isDate(v.saksdato)) errors.saksdato = 'newCase.errors.saksdatoFormat';
  if (!v.administrativEnhetId) errors.administrativEnhetId = 'newCase.errors.enhet';
  if (!v.saksansvarligId) errors.saksansvarligId = 'newCase.errors.saksansvarlig';
  if (v.obsDato && !isDate(v.obsDato)) errors.obsDato = 'newRecord.errors.date';
  return errors;
}

/** Only the changed fields, trimmed; an emptied optional field is sent as null to clear it. */
export function toSaksmappeEndring(v: EditCaseValues, changed: readonly EditCaseField[]): SaksmappeEndring {
  return Object.fromEntries(changed.map((f) => [f, v[f].trim() || null]));
}
