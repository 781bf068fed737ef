import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Tx } from '../../db/tenant.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, journalpostAccessSql } from '../tilgang/read-rule-sql.js';
import type { InnsynskravDelTable, InnsynskravTable } from './tables.js';

/** A record someone asks to see, with what routing and numbering need of it and its case. */
export interface RequestedRecord {
  id: string;
  registreringstype: string;
  journalposttype: string;
  journalstatus: string;
  journalpostnummer: number;
  saksmappe_id: string;
  saksaar: number;
  sakssekvensnummer: number;
  saksansvarlig_id: string;
  administrativ_enhet_id: string;
  primaer_klasse_id: string | null;
}

/** A record named by its numbers (eInnsyn's order, an e-mail): case year, case sequence, record number. */
export interface RecordNumbers {
  saksaar: number;
  sakssekvensnummer: number;
  journalpostnummer: number;
}

const requestedColumns = sql`j.id, j.registreringstype, j.journalposttype, j.journalstatus, j.journalpostnummer,
  s.id AS saksmappe_id, s.saksaar, s.sakssekvensnummer, s.saksansvarlig_id, s.administrativ_enhet_id, s.primaer_klasse_id`;

/** A requested record on the decision page and in the answer. */
export interface DelRow {
  id: string;
  journalpost_id: string;
  rekkefolge: number;
  saksbehandler_id: string;
  saksbehandler_navn: string;
  avgjoerelse: string | null;
  hjemmel: string | null;
  meroffentlighet_vurdert: boolean | null;
  begrunnelse: string | null;
  avgjort_dato: Date | null;
  saksaar: number;
  sakssekvensnummer: number;
  journalpostnummer: number;
  journalposttype: string;
  journaldato: string;
  offentlig_tittel: string;
  tittel: string | null;
  full_tilgang: boolean;
}

/** A document of a requested record: its newest version's production file and public variant, if any. */
export interface DelDokumentRow {
  journalpost_id: string;
  id: string;
  dokumentnummer: number;
  tittel: string;
  personsensitiv: boolean;
  versjonsnummer: number;
  p_sjekksum: string;
  p_filnavn: string;
  p_mime_type: string;
  p_format: string | null;
  p_filstoerrelse: number | string;
  o_sjekksum: string | null;
  o_filnavn: string | null;
  o_mime_type: string | null;
  o_format: string | null;
  o_filstoerrelse: number | string | null;
}

export const innsynskravRepository = {
  /** The organisation a public page names by its organisation number (not a tenant table: read before entering one). */
  organisationByNumber(db: Kysely<DB>, organisasjonsnummer: string) {
    return db
      .selectFrom('organisasjon')
      .select(['id', 'navn', 'organisasjonsnummer'])
      .where('organisasjonsnummer', '=', organisasjonsnummer)
      .executeTakeFirst();
  },

  async requestedByIds(tx: Tx, org: string, ids: readonly string[]): Promise<RequestedRecord[]> {
    if (ids.length === 0) return [];
    const result = await sql<RequestedRecord>`
      SELECT ${requestedColumns}
      FROM journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id AND s.organisasjon_id = j.organisasjon_id
      WHERE j.organisasjon_id = ${org} AND j.id = ANY(${sql.val(ids)}::uuid[])`.execute(tx);
    return result.rows;
  },

  async requestedByNumbers(tx: Tx, org: string, numbers: readonly RecordNumbers[]): Promise<(RequestedRecord & RecordNumbers)[]> {
    if (numbers.length === 0) return [];
    const result = await sql<RequestedRecord & RecordNumbers>`
      SELECT ${requestedColumns}
      FROM jsonb_to_recordset(${JSON.stringify(numbers)}::jsonb) AS n(saksaar int, sakssekvensnummer int, journalpostnummer int)
      JOIN saksmappe s ON s.organisasjon_id = ${org} AND s.saksaar = n.saksaar AND s.sakssekvensnummer = n.sakssekvensnummer
      JOIN journalpost j ON j.organisasjon_id = s.organisasjon_id AND j.saksmappe_id = s.id AND j.journalpostnummer = n.journalpostnummer`.execute(
      tx,
    );
    return result.rows;
  },

  findByEkstern(tx: Tx, org: string, kanal: string, eksternId: string) {
    return tx
      .selectFrom('innsynskrav')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('kanal', '=', kanal)
      .where('ekstern_id', '=', eksternId)
      .executeTakeFirst();
  },

  insert(tx: Tx, row: Insertable<InnsynskravTable>) {
    return tx.insertInto('innsynskrav').values(row).returningAll().executeTakeFirstOrThrow();
  },

  insertDeler(tx: Tx, rows: readonly Insertable<InnsynskravDelTable>[]) {
    return tx
      .insertInto('innsynskrav_del')
      .values([...rows])
      .returningAll()
      .execute();
  },

  find(tx: Tx, org: string, id: string, lock = false) {
    let q = tx.selectFrom('innsynskrav').selectAll().where('organisasjon_id', '=', org).where('id', '=', id);
    if (lock) q = q.forUpdate();
    return q.executeTakeFirst();
  },

  /** The receipt: found by the SHA-256 of its token. */
  findByKvittering(tx: Tx, org: string, hash: string) {
    return tx
      .selectFrom('innsynskrav')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('kvittering_hash', '=', hash)
      .executeTakeFirst();
  },

  /** The request's case and record numbers. */
  async numbers(tx: Tx, org: string, journalpostId: string) {
    return tx
      .selectFrom('journalpost as j')
      .innerJoin('saksmappe as s', (join) => join.onRef('s.id', '=', 'j.saksmappe_id').onRef('s.organisasjon_id', '=', 'j.organisasjon_id'))
      .select(['s.saksaar', 's.sakssekvensnummer', 'j.journalpostnummer', 'j.journalstatus'])
      .where('j.organisasjon_id', '=', org)
      .where('j.id', '=', journalpostId)
      .executeTakeFirstOrThrow();
  },

  /** The requested records in order, each titled as the reader may see it (public title otherwise). */
  async deler(tx: Tx, org: string, innsynskravId: string, reader: Reader | null): Promise<DelRow[]> {
    const full = reader ? fullAccessSql(reader, journalpostAccessSql('j', 's')) : sql<boolean>`false`;
    const result = await sql<DelRow>`
      SELECT d.id, d.journalpost_id, d.rekkefolge, d.saksbehandler_id, b.navn AS saksbehandler_navn,
        d.avgjoerelse, d.hjemmel, d.meroffentlighet_vurdert, d.begrunnelse, d.avgjort_dato,
        s.saksaar, s.sakssekvensnummer, j.journalpostnummer, j.journalposttype, j.journaldato::text AS journaldato,
        tilgang_offentlig_tittel('journalpost', j.tittel, j.offentlig_tittel, j.tilgangskode, j.skjermede_tittelord) AS offentlig_tittel,
        CASE WHEN x.full_tilgang THEN j.tittel END AS tittel, x.full_tilgang
      FROM innsynskrav_del d
      JOIN journalpost j ON j.id = d.journalpost_id AND j.organisasjon_id = d.organisasjon_id
      JOIN saksmappe s ON s.id = j.saksmappe_id AND s.organisasjon_id = j.organisasjon_id
      JOIN bruker b ON b.id = d.saksbehandler_id
      CROSS JOIN LATERAL (SELECT ${full} AS full_tilgang) x
      WHERE d.organisasjon_id = ${org} AND d.innsynskrav_id = ${innsynskravId}
      ORDER BY d.rekkefolge`.execute(tx);
    return result.rows;
  },

  findDel(tx: Tx, org: string, innsynskravId: string, delId: string) {
    return tx
      .selectFrom('innsynskrav_del')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('innsynskrav_id', '=', innsynskravId)
      .where('id', '=', delId)
      .executeTakeFirst();
  },

  decide(
    tx: Tx,
    org: string,
    delId: string,
    patch: {
      avgjoerelse: string;
      hjemmel: string | null;
      meroffentlighet_vurdert: boolean | null;
      begrunnelse: string | null;
      avgjort_av: string;
      avgjort_dato: Date;
    },
  ) {
    return tx
      .updateTable('innsynskrav_del')
      .set(patch)
      .where('organisasjon_id', '=', org)
      .where('id', '=', delId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /**
   * The documents of the requested records, each with its newest version's
   * production file and public variant (one statement); with a reader, only
   * those the reader reads in full (the record's rule, and the document's
   * own code: never more open than its record).
   */
  async dokumenter(tx: Tx, org: string, journalpostIds: readonly string[], reader: Reader | null = null): Promise<DelDokumentRow[]> {
    if (journalpostIds.length === 0) return [];
    const record = journalpostAccessSql('j', 's');
    const access = reader
      ? sql`${fullAccessSql(reader, record)} AND ${fullAccessSql(reader, { ...record, tilgangskode: sql`d.tilgangskode`, tilgangsgruppeId: sql`d.tilgangsgruppe_id` })}`
      : sql`true`;
    const result = await sql<DelDokumentRow>`
      SELECT d.journalpost_id, d.id, d.dokumentnummer, d.tittel, d.personsensitiv, v.versjonsnummer,
        p.sjekksum AS p_sjekksum, p.filnavn AS p_filnavn, p.mime_type AS p_mime_type, p.format AS p_format, p.filstoerrelse AS p_filstoerrelse,
        o.sjekksum AS o_sjekksum, o.filnavn AS o_filnavn, o.mime_type AS o_mime_type, o.format AS o_format, o.filstoerrelse AS o_filstoerrelse
      FROM dokumentbeskrivelse d
      JOIN journalpost j ON j.id = d.journalpost_id AND j.organisasjon_id = d.organisasjon_id
      JOIN saksmappe s ON s.id = j.saksmappe_id AND s.organisasjon_id = j.organisasjon_id
      CROSS JOIN LATERAL (SELECT max(versjonsnummer) AS versjonsnummer FROM dokumentobjekt
        WHERE organisasjon_id = d.organisasjon_id AND dokumentbeskrivelse_id = d.id) v
      JOIN dokumentobjekt p ON p.organisasjon_id = d.organisasjon_id AND p.dokumentbeskrivelse_id = d.id
        AND p.versjonsnummer = v.versjonsnummer AND p.variantformat = 'P'
      LEFT JOIN dokumentobjekt o ON o.organisasjon_id = d.organisasjon_id AND o.dokumentbeskrivelse_id = d.id
        AND o.versjonsnummer = v.versjonsnummer AND o.variantformat = 'O'
      WHERE d.organisasjon_id = ${org} AND d.journalpost_id = ANY(${sql.val(journalpostIds)}::uuid[]) AND ${access}
      ORDER BY d.journalpost_id, d.dokumentnummer`.execute(tx);
    return result.rows;
  },

  async caseOwner(tx: Tx, org: string, saksmappeId: string): Promise<string> {
    const row = await tx
      .selectFrom('saksmappe')
      .select('saksansvarlig_id')
      .where('organisasjon_id', '=', org)
      .where('id', '=', saksmappeId)
      .executeTakeFirstOrThrow();
    return row.saksansvarlig_id;
  },

  async organisationNumber(tx: Tx, org: string): Promise<string> {
    const row = await tx.selectFrom('organisasjon').select('organisasjonsnummer').where('id', '=', org).executeTakeFirstOrThrow();
    return row.organisasjonsnummer;
  },

  organisationName(tx: Tx, org: string) {
    return tx.selectFrom('organisasjon').select(['navn']).where('id', '=', org).executeTakeFirstOrThrow();
  },

  markAnswered(tx: Tx, org: string, id: string, svarJournalpostId: string, brukerId: string, now: Date) {
    return tx
      .updateTable('innsynskrav')
      .set({ svar_journalpost_id: svarJournalpostId, besvart_dato: now, besvart_av: brukerId })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .where('besvart_dato', 'is', null)
      .returningAll()
      .executeTakeFirst();
  },
};
