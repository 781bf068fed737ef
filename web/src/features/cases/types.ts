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

/** A reference from the case to another case, a record or a class, named by the target's number. */
export interface Kryssreferanse {
  id: string;
  tilType: 'saksmappe' | 'journalpost' | 'klasse';
  tilId: string;
  /** «2026/12», «2026/12-3» or a class's ordningsverdi. */
  tilNummer: string | null;
  opprettetDato: string;
}

/** A precedent the case set (Noark 5 presedens). */
export interface Presedens {
  id: string;
  presedensDato: string;
  tittel: string;
  beskrivelse: string | null;
  presedensHjemmel: string | null;
  rettskildefaktor: string;
  presedensStatus: string;
}
