import { codeGuard, type CodeEntry, type CodeOf } from './code-list.js';

/* Code lists of the archive structure and of screening (TG 1.1 ch. 7). */

/** M051 */
export const ARKIVDELSTATUS = [
  { code: 'A', nb: 'Aktiv periode', en: 'Active period' },
  { code: 'O', nb: 'Overlappingsperiode', en: 'Overlapping period' },
  { code: 'P', nb: 'Avsluttet periode', en: 'Closed period' },
  { code: 'U', nb: 'Uaktuelle mapper', en: 'Obsolete folders' },
] as const satisfies readonly CodeEntry[];
export type Arkivdelstatus = CodeOf<typeof ARKIVDELSTATUS>;
export const isArkivdelstatus = codeGuard(ARKIVDELSTATUS);

/**
 * M300. The v5.0 standard text names F «Fysisk arkiv»; TG 1.1 and the v4.0
 * XSD say «Fysisk medium». We write the v5.0 name and an importer must accept
 * both (Arkade does).
 */
export const DOKUMENTMEDIUM = [
  { code: 'F', nb: 'Fysisk arkiv', en: 'Physical archive' },
  { code: 'E', nb: 'Elektronisk arkiv', en: 'Electronic archive' },
  { code: 'B', nb: 'Blandet fysisk og elektronisk arkiv', en: 'Mixed physical and electronic archive' },
] as const satisfies readonly CodeEntry[];
export type Dokumentmedium = CodeOf<typeof DOKUMENTMEDIUM>;
export const isDokumentmedium = codeGuard(DOKUMENTMEDIUM);

/**
 * M083. TG lists only B, R, F and O (all optional); the rest are ours, for
 * the document kinds the seeds' templates produce. Our codes avoid TG's so a
 * REST client that sends TG codes is never misread. Open list: organisations
 * add their own as data.
 */
export const DOKUMENTTYPE = [
  { code: 'B', nb: 'Brev', en: 'Letter' },
  { code: 'R', nb: 'Rundskriv', en: 'Circular' },
  { code: 'F', nb: 'Faktura', en: 'Invoice' },
  { code: 'O', nb: 'Ordrebekreftelse', en: 'Order confirmation' },
  { code: 'N', nb: 'Notat', en: 'Memo' },
  { code: 'SF', nb: 'Saksframlegg', en: 'Case paper' },
  { code: 'V', nb: 'Vedtak', en: 'Decision' },
  { code: 'AV', nb: 'Avtale', en: 'Agreement' },
  { code: 'RA', nb: 'Rapport', en: 'Report' },
  { code: 'SO', nb: 'Søknad', en: 'Application' },
  { code: 'PR', nb: 'Møteprotokoll', en: 'Minutes' },
] as const satisfies readonly CodeEntry[];
export type Dokumenttype = CodeOf<typeof DOKUMENTTYPE>;
export const isDokumenttype = codeGuard(DOKUMENTTYPE);

/** M502: which metadata elements a skjerming hides. */
export const SKJERMING_METADATA = [
  { code: 'KID', nb: 'Skjerming klasseID', en: 'Screen class ID' },
  { code: 'TKL', nb: 'Skjerming tittel klasse', en: 'Screen class title' },
  { code: 'TM1', nb: 'Skjerming tittel mappe - unntatt første linje', en: 'Screen folder title except first line' },
  { code: 'TMO', nb: 'Skjerming tittel mappe - utvalgte ord', en: 'Screen selected words of folder title' },
  { code: 'NPS', nb: 'Skjerming navn part i sak', en: 'Screen names of case parties' },
  { code: 'TR1', nb: 'Skjerming tittel registrering - unntatt første linje', en: 'Screen record title except first line' },
  { code: 'TRO', nb: 'Skjerming tittel registrering - utvalgte ord', en: 'Screen selected words of record title' },
  { code: 'NA', nb: 'Skjerming navn avsender', en: 'Screen sender name' },
  { code: 'NM', nb: 'Skjerming navn mottaker', en: 'Screen recipient name' },
  { code: 'TD', nb: 'Skjerming tittel dokumentbeskrivelse', en: 'Screen document title' },
  { code: 'MT', nb: 'Skjerming merknadstekst', en: 'Screen remark text' },
  { code: 'M', nb: 'Midlertidig skjerming', en: 'Temporary screening' },
] as const satisfies readonly CodeEntry[];
export type SkjermingMetadata = CodeOf<typeof SKJERMING_METADATA>;
export const isSkjermingMetadata = codeGuard(SKJERMING_METADATA);

/** M503 */
export const SKJERMING_DOKUMENT = [
  { code: 'H', nb: 'Skjerming av hele dokumentet', en: 'Whole document screened' },
  { code: 'D', nb: 'Skjerming av deler av dokumentet', en: 'Parts of the document screened' },
] as const satisfies readonly CodeEntry[];
export type SkjermingDokument = CodeOf<typeof SKJERMING_DOKUMENT>;
export const isSkjermingDokument = codeGuard(SKJERMING_DOKUMENT);
