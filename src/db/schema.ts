import type { ColumnType, Generated } from 'kysely';
import type { RecordsTables } from '../features/noark/tables.js';
import type { SearchTables } from '../features/sok/tables.js';
import type { AccessTables } from '../features/tilgang/tables.js';
import type { JobTables } from '../jobs/tables.js';
import type { TaskTables } from '../features/oppgaver/tables.js';
import type { MottakTables } from '../features/mottak/tables.js';
import type { MalerTables } from '../features/maler/tables.js';
import type { EkspederingTables } from '../features/ekspedering/tables.js';
import type { FlytTables } from '../features/godkjenning/tables.js';
import type { InnsynskravTables } from '../features/innsynskrav/tables.js';
import type { UttrekkTables } from '../features/uttrekk/tables.js';
import type { UttrekkImportTables } from '../features/uttrekk-import/tables.js';
import type { SlettingTables } from '../features/sletting/tables.js';

/**
 * Table types for Kysely. Kept by hand beside the migrations: when a
 * migration adds or changes a column, change the type here in the same
 * commit (see docs/adr/0001).
 */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type DateText = string; // 'YYYY-MM-DD'

export interface DokumentsenterTable {
  id: Generated<string>;
  navn: string;
  opprettet_dato: Generated<Date>;
}

export interface OrganisasjonTable {
  id: Generated<string>;
  navn: string;
  kortnavn: string;
  organisasjonsnummer: string;
  dokumentsenter_id: string | null;
  opprettet_dato: Generated<Date>;
  oidc_epost_kobling: Generated<boolean>;
  /** 0051: days to the due date of incoming post, and of urgent post. */
  svarfrist_dager: Generated<number>;
  haster_svarfrist_dager: Generated<number>;
  /** 0077: approved archival formats (PRONOM PUIDs); null is the standard list. */
  arkivformater: string[] | null;
  /** Publishes to eInnsyn (0069): set at start from EINNSYN_<KORTNAVN>. */
  einnsyn_publisering: Generated<boolean>;
  /** 0070: the record types the public journal shows (I and U always; N, X by choice). */
  offentlig_journal_typer: Generated<string[]>;
}

export interface AdministrativEnhetTable {
  id: Generated<string>;
  organisasjon_id: string;
  overordnet_enhet_id: string | null;
  kortnavn: string;
  navn: string;
  aktiv: Generated<boolean>;
  opprettet_dato: Generated<Date>;
}

export interface BrukerTable {
  id: Generated<string>;
  brukernavn: string;
  navn: string;
  epost: string | null;
  passord_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  aktiv: Generated<boolean>;
  integrasjon: Generated<boolean>;
  opprettet_dato: Generated<Date>;
}

export interface RolletildelingTable {
  id: Generated<string>;
  bruker_id: string;
  organisasjon_id: string;
  administrativ_enhet_id: string | null;
  rolle: string;
  opprettet_dato: Generated<Date>;
  /** Oslo calendar days, inclusive; `til_dato` null is open-ended (0017). */
  fra_dato: ColumnType<string, string | undefined, string>;
  til_dato: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionTable {
  token_hash: string;
  bruker_id: string;
  rolletildeling_id: string | null;
  csrf_token: string;
  opprettet_dato: Generated<Date>;
  utloper_dato: Timestamp;
  /** Secure zone (0007): until when the second login step is valid. */
  sikker_sone_til: Timestamp | null;
  id: Generated<string>;
  sist_brukt_dato: Generated<Date>;
  ip: string | null;
  brukeragent: string | null;
  /** 0083: the hash of the refresh token the Noark 5 API's token endpoint gave with this session, if any. */
  oppfrisking_hash: string | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  navn: string;
  token_hash: string;
  rolletildeling_id: string;
  opprettet_dato: Generated<Date>;
  utloper_dato: Timestamp | null;
  tilbakekalt_dato: Timestamp | null;
  opprettet_av: string | null;
  tilbakekalt_av: string | null;
  sist_brukt_dato: Timestamp | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  brukernavn: string;
  ip: string;
  tidspunkt: Timestamp;
}

export interface OidcLoginStateTable {
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: Generated<string>;
  opprettet_dato: Timestamp;
  nettleser_hash: Generated<string>;
}

/** Tables of the foundation (organisations, users, auth). */
export interface FoundationTables {
  oidc_login_state: OidcLoginStateTable;
  dokumentsenter: DokumentsenterTable;
  organisasjon: OrganisasjonTable;
  administrativ_enhet: AdministrativEnhetTable;
  bruker: BrukerTable;
  rolletildeling: RolletildelingTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  login_failure: LoginFailureTable;
}

/**
 * All tables. Each feature that owns tables declares them in its own
 * `tables.ts` and is added here.
 */
export interface DB
  extends
    FoundationTables,
    RecordsTables,
    SearchTables,
    AccessTables,
    JobTables,
    TaskTables,
    MottakTables,
    MalerTables,
    FlytTables,
    EkspederingTables,
    InnsynskravTables,
    UttrekkTables,
    UttrekkImportTables,
    SlettingTables {}
