import type { CodeValue } from '../common/code-lists';
import type { Merknad, Named } from '../cases/types';
import type { PageInfo } from '../common/sub-list-paging';
import type { Skjerming } from '../screening/api';

export interface Korrespondansepart {
  id?: string;
  korrespondanseparttype: CodeValue;
  /** A screened party the reader may not see comes as the server sends it («Skjermet»), without contact details. */
  navn: string;
  postadresse?: string | null;
  postnummer?: string | null;
  poststed?: string | null;
  epostadresse?: string | null;
  skjermet: boolean;
}

/** A record's lists, each paged by the server. */
export type RecordList = 'korrespondanseparter' | 'merknader';

/** A record as the case page lists it and the record page shows it. */
export interface Journalpost extends Skjerming {
  id: string;
  saksmappeId: string;
  /** «2026/123» */
  saksnummer: string;
  /** «2026/123-4» */
  journalpostId: string;
  journalpostnummer: number;
  registreringstype: string;
  loepenummer: string | null;
  journalposttype: CodeValue;
  journalstatus: CodeValue;
  journaldato: string;
  tittel: string;
  offentligTittel: string | null;
  dokumentetsDato: string | null;
  mottattDato: string | null;
  sendtDato: string | null;
  forfallsdato: string | null;
  /** Urgent: a short due date and a red flag. */
  haster: boolean;
  /** Noark dokumentmedium; «F»: the archive confirmed the letter exists on paper only. */
  dokumentmedium: 'F' | 'E' | 'B' | null;
  antallVedlegg: number | null;
  administrativEnhet: Named | null;
  saksbehandler: Named | null;
  opprettetDato: string;
  /** One page of its parties and remarks (the first few in a case's list); `sider` says which and how many there are. */
  korrespondanseparter: Korrespondansepart[];
  merknader?: Merknad[];
  sider: Record<RecordList, PageInfo>;
  /** What the reader may change now (the server's change rule); hides what it would refuse. */
  kanEndre: {
    journalpost: boolean;
    korrespondansepart: boolean;
    merknad: boolean;
    dokument: boolean;
    skjerming: boolean;
    personsensitiv: boolean;
    status: boolean;
    utgaar: boolean;
    flytt: boolean;
  };
}

export type JournalpostSummary = Pick<
  Journalpost,
  | 'id'
  | 'journalpostId'
  | 'journalpostnummer'
  | 'journalposttype'
  | 'journalstatus'
  | 'journaldato'
  | 'tittel'
  | 'haster'
  | 'korrespondanseparter'
  | 'sider'
>;

export interface NyKorrespondansepart {
  korrespondanseparttype: string;
  navn: string;
  postadresse?: string;
  epostadresse?: string;
  /** An internal party (IM, IK): the person or unit of the organisation it names. */
  saksbehandlerId?: string;
  administrativEnhetId?: string;
  skjermet: boolean;
}

export interface NyJournalpost {
  journalposttype: string;
  brevmalId?: string;
  tittel: string;
  offentligTittel?: string;
  dokumentetsDato?: string;
  mottattDato?: string;
  forfallsdato?: string;
  haster?: boolean;
  dokumentmedium?: 'F';
  korrespondanseparter: NyKorrespondansepart[];
}
