import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import { awaitingWriteOffSql } from '../oppgaver/restanse-sql.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, journalpostAccessSql } from '../tilgang/read-rule-sql.js';

export interface AwaitingRow {
  id: string;
  journalpostnummer: number;
  journalposttype: string;
  journalstatus: string;
  journaldato: string;
  forfallsdato: string | null;
  tittel: string;
  full_tilgang: boolean;
  saksbehandler_navn: string | null;
  total: number | string;
}

/** What keeps a case from being closed: the SQL of the closing check (issue 14 item 8). */
export const avslutningRepository = {
  /**
   * How many of the case's records still await a write-off, and the numbers
   * of the first `limit` (for the refusal's message): one statement.
   */
  async awaitingNumbers(tx: Tx, orgId: string, saksmappeId: string, limit: number) {
    const row = await sql<{ total: number | string; nummer: number[] | null }>`
      SELECT count(*) AS total, (array_agg(j.journalpostnummer ORDER BY j.journalpostnummer))[1:${limit}] AS nummer
      FROM journalpost j
      WHERE j.organisasjon_id = ${orgId} AND j.saksmappe_id = ${saksmappeId} AND ${awaitingWriteOffSql('j')}`.execute(tx);
    const r = row.rows[0]!;
    return { total: Number(r.total), nummer: r.nummer ?? [] };
  },

  /**
   * The case's records awaiting a write-off, first `limit` by number, each
   * titled as the read rule lets `reader` see it (the SQL twin), with how
   * many there are and how many records are not yet journalført, archived
   * or void (krav 3.2.7): one statement.
   */
  async awaiting(tx: Tx, orgId: string, saksmappeId: string, reader: Reader, limit: number) {
    const full = fullAccessSql(reader, journalpostAccessSql('j', 's'));
    const result = await sql<AwaitingRow & { ikke_ferdige: number | string }>`
      WITH apne AS (
        SELECT j.id FROM journalpost j
        WHERE j.organisasjon_id = ${orgId} AND j.saksmappe_id = ${saksmappeId} AND ${awaitingWriteOffSql('j')}
      )
      SELECT j.id, j.journalpostnummer, j.journalposttype, j.journalstatus, j.journaldato, j.forfallsdato::text AS forfallsdato,
        x.full_tilgang,
        CASE WHEN x.full_tilgang THEN j.tittel
          ELSE tilgang_offentlig_tittel('journalpost', j.tittel, j.offentlig_tittel, j.tilgangskode, j.skjermede_tittelord) END AS tittel,
        b.navn AS saksbehandler_navn,
        (SELECT count(*) FROM apne) AS total,
        (SELECT count(*) FROM journalpost f WHERE f.organisasjon_id = ${orgId} AND f.saksmappe_id = ${saksmappeId}
          AND f.journalstatus NOT IN ('J', 'A', 'U')) AS ikke_ferdige
      FROM (SELECT 1) one
      LEFT JOIN journalpost j ON j.id IN (SELECT id FROM apne) AND j.organisasjon_id = ${orgId}
      LEFT JOIN saksmappe s ON s.id = j.saksmappe_id AND s.organisasjon_id = ${orgId}
      LEFT JOIN bruker b ON b.id = j.saksbehandler_id
      LEFT JOIN LATERAL (SELECT ${full} AS full_tilgang) x ON j.id IS NOT NULL
      ORDER BY j.journalpostnummer NULLS LAST LIMIT ${limit}`.execute(tx);
    const first = result.rows[0];
    return {
      rows: result.rows.filter((r) => r.id !== null),
      total: Number(first?.total ?? 0),
      ikkeFerdige: Number(first?.ikke_ferdige ?? 0),
    };
  },
};
