/** A user or unit as the server names it in a case or record. */
import type { CodeValue } from '../common/code-lists';

export interface Named {
  id: string;
  navn: string;
}

export interface SaksmappeSummary {
  id: string;
  /** "2026/123" */
  saksnummer: string;
  tittel: string;
  offentligTittel: string | null;
  saksstatus: CodeValue;
  saksdato: string;
  administrativEnhet: Named | null;
  saksansvarlig: Named | null;
  /** Screened (the list shows «Skjermet»; the title is the public one for a reader without access). */
  tilgangskode: string | null;
}

export interface Part {
  id: string;
  partNavn: string;
  partRolle: string;
  postadresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  epostadresse: string | null;
}

export interface Merknad {
  id: string;
  merknadstekst: string;
  merknadstype: string | null;
  merknadsdato: string;
  registrertAv: Named | string | null;
}
