import {
  ARKIVDELSTATUS,
  AVSKRIVNINGSMAATE,
  DOKUMENTMEDIUM,
  DOKUMENTSTATUS,
  DOKUMENTTYPE,
  findCode,
  JOURNALPOSTTYPE,
  JOURNALSTATUS,
  KORRESPONDANSEPARTTYPE,
  SAKSSTATUS,
  SKJERMING_METADATA,
  TILGANGSKODE,
  TILKNYTTET_REGISTRERING_SOM,
  VARIANTFORMAT,
  type CodeEntry,
} from '../../noark/domain/index.js';
import { el, opt } from '../../offentlig-journal/domain/offentlig-journal-xml.js';
import type { Skjermet } from './rows.js';

/* Small pieces every writer of the package shares: code names, dates, skjerming. */

export { el, opt };

/** A code as the extraction writes it: the code list's name (an organisation's own code as itself). */
export const nameOf = (list: readonly CodeEntry[], code: string): string => findCode(list, code)?.nb ?? code;

export const NAMES = {
  arkivdelstatus: (c: string) => nameOf(ARKIVDELSTATUS, c),
  avskrivningsmaate: (c: string) => nameOf(AVSKRIVNINGSMAATE, c),
  dokumentmedium: (c: string) => nameOf(DOKUMENTMEDIUM, c),
  dokumentstatus: (c: string) => nameOf(DOKUMENTSTATUS, c),
  dokumenttype: (c: string) => nameOf(DOKUMENTTYPE, c),
  journalposttype: (c: string) => nameOf(JOURNALPOSTTYPE, c),
  journalstatus: (c: string) => nameOf(JOURNALSTATUS, c),
  korrespondanseparttype: (c: string) => nameOf(KORRESPONDANSEPARTTYPE, c),
  saksstatus: (c: string) => nameOf(SAKSSTATUS, c),
  tilknyttetRegistreringSom: (c: string) => nameOf(TILKNYTTET_REGISTRERING_SOM, c),
  variantformat: (c: string) => nameOf(VARIANTFORMAT, c),
};

/**
 * A person or unit the schema requires when there is none to name (a user
 * out of sight): never the text «null», and not left out (the schema
 * refuses that). Like the change log's «(ingen)».
 */
export const UKJENT = '(ukjent)';
export const who = (name: string | null | undefined): string => name || UKJENT;

/** xs:dateTime. */
export const dateTime = (d: Date): string => d.toISOString();

/** Which kind of object a skjerming sits on: what an empty list of screened metadata means there. */
export type SkjermetObjekt = 'mappe' | 'registrering' | 'dokumentbeskrivelse';

/**
 * Saksgang screens the title the public title replaces when no element is
 * named (the list is optional in the app); the schema asks for at least one
 * skjermingMetadata, so that title's code is written.
 */
const TITLE_SCREEN: Record<SkjermetObjekt, string> = { mappe: 'TM1', registrering: 'TR1', dokumentbeskrivelse: 'TD' };

/**
 * The Noark skjerming of an object with an access code: kept whole in the
 * extraction (it is complete; the depot needs to know what is screened and
 * by which basis). Nothing when the object is open.
 */
export function skjermingXml(s: Skjermet, objekt: SkjermetObjekt): string {
  if (!s.tilgangskode) return '';
  const metadata = s.skjerming_metadata.length > 0 ? s.skjerming_metadata : [TITLE_SCREEN[objekt]];
  return (
    '<skjerming>' +
    el('tilgangsrestriksjon', s.tilgangskode) +
    el('skjermingshjemmel', s.skjermingshjemmel || (findCode(TILGANGSKODE, s.tilgangskode)?.skjermingshjemmel ?? s.tilgangskode)) +
    metadata.map((m) => el('skjermingMetadata', nameOf(SKJERMING_METADATA, m))).join('') +
    (s.skjerming_dokument ? el('skjermingDokument', 'Skjerming av hele dokumentet') : '') +
    opt('skjermingsvarighet', s.skjerming_varighet) +
    opt('skjermingOpphoererDato', s.skjerming_opphoerer) +
    '</skjerming>'
  );
}
