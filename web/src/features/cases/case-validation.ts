import type { ParseKeys } from 'i18next';

export interface CaseValues {
  tittel: string;
  offentligTittel: string;
  arkivdelId: string;
  administrativEnhetId: string;
  saksansvarligId: string;
  klasseId: string;
  klasseverdi: string;
  saksdato: string;
}

export type CaseField = keyof CaseValues;
export type CaseErrors = Partial<Record<CaseField, ParseKeys>>;

/** How the arkivdel wants new cases classed: from a list of classes, by a typed value, or not at all. */
export type ClassMode = 'klasse' | 'verdi' | 'none';

/** The order errors are met in the form, so focus goes to the first. */
export const caseFieldOrder: readonly CaseField[] = [
  'tittel',
  'offentligTittel',
  'arkivdelId',
  'klasseId',
  'klasseverdi',
  'administrativEnhetId',
  'saksansvarligId',
  'saksdato',
];

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(value).getTime());

export function validateCase(v: CaseValues, classMode: ClassMode): CaseErrors {
  const errors: CaseErrors = {};
  if (!v.tittel.trim()) errors.tittel = 'newCase.errors.tittel';
  if (!v.arkivdelId) errors.arkivdelId = 'newCase.errors.arkivdel';
  if (classMode === 'klasse' && !v.klasseId) errors.klasseId = 'newCase.errors.klasse';
  if (classMode === 'verdi' && !v.klasseverdi.trim()) errors.klasseverdi = 'newCase.errors.klasseverdi';
  if (!v.administrativEnhetId) errors.administrativEnhetId = 'newCase.errors.enhet';
  if (!v.saksansvarligId) errors.saksansvarligId = 'newCase.errors.saksansvarlig';
  if (!v.saksdato) errors.saksdato = 'newCase.errors.saksdato';
  else if (!isDate(v.saksdato)) errors.saksdato = 'newCase.errors.saksdatoFormat';
  return errors;
}

/** Where the server names a field differently from the form (problem+json `errors[].field`). */
export const caseServerName: Partial<Record<CaseField, string>> = {
  klasseId: 'primaerKlasse.klasseId',
  klasseverdi: 'primaerKlasse.verdi',
};

/** Server fields shown at a form field; any other field problem goes to the alert above the form. */
export const caseServerFields = [
  ...['tittel', 'offentligTittel', 'arkivdelId', 'administrativEnhetId', 'saksansvarligId', 'saksdato'],
  ...Object.values(caseServerName),
];
