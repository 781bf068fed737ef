import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';

export type ScreenedTable = 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse';

export interface ScreeningPatch {
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  skjerming_metadata: string[];
  skjerming_dokument: boolean;
  skjermede_tittelord: number[];
  tilgangsgruppe_id: string | null;
  skjerming_varighet: number | null;
  skjerming_opphoerer: string | null;
}

/** A screened object's case and record, as the change rule needs them. */
export interface ScreenedRow {
  id: string;
  saksmappe_id: string;
  saksansvarlig_id: string;
  sak_enhet_id: string;
  saksstatus: string;
  journalpost_id: string | null;
  saksbehandler_id: string | null;
  administrativ_enhet_id: string | null;
  journalstatus: string | null;
  journalposttype: string | null;
}

/** The SQL of setting screening, and of the codes and groups it refers to. */
export const screeningRepository = {
  /**
   * The screened object, locked, with what the change rule reads: its case
   * and (for a record or document) its record.
   */
  async findScreened(tx: Tx, orgId: string, table: ScreenedTable, id: string) {
    const recordOf = {
      saksmappe: sql`NULL::uuid`,
      journalpost: sql`x.id`,
      dokumentbeskrivelse: sql`x.journalpost_id`,
    }[table];
    const rows = await sql<ScreenedRow>`
      SELECT x.id, s.id AS saksmappe_id, s.saksansvarlig_id, s.administrativ_enhet_id AS sak_enhet_id, s.saksstatus,
        j.id AS journalpost_id, j.saksbehandler_id, j.administrativ_enhet_id, j.journalstatus, j.journalposttype
      FROM ${sql.table(table)} x
        LEFT JOIN journalpost j ON j.id = ${recordOf}
        JOIN saksmappe s ON s.id = coalesce(j.saksmappe_id, x.id)
      WHERE x.organisasjon_id = ${orgId} AND x.id = ${id} FOR UPDATE OF x`.execute(tx);
    return rows.rows[0];
  },

  findTilgangskode(tx: Tx, orgId: string, kode: string) {
    return tx
      .selectFrom('tilgangskode')
      .select(['kode', 'skjermingshjemmel'])
      .where('organisasjon_id', '=', orgId)
      .where('kode', '=', kode)
      .where('aktiv', '=', true)
      .executeTakeFirst();
  },

  findGruppe(tx: Tx, orgId: string, id: string) {
    return tx.selectFrom('tilgangsgruppe').select('id').where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  },

  async updateScreening(tx: Tx, orgId: string, table: ScreenedTable, id: string, patch: ScreeningPatch) {
    const own = table === 'saksmappe' ? {} : { skjerming_arvet: false };
    // The three tables share these column names; Kysely cannot type an update over a union of tables.
    await tx
      .updateTable(table as 'journalpost')
      .set({ ...patch, ...own })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .execute();
  },

  /** Children that still inherit take the parent's screening (records of a case, documents of those records). */
  async propagateScreening(tx: Tx, orgId: string, table: ScreenedTable, id: string) {
    const cols = sql`(tilgangskode, skjermingshjemmel, skjerming_metadata, skjerming_dokument, tilgangsgruppe_id, skjerming_varighet,
      skjerming_opphoerer)`;
    const from = sql`(p.tilgangskode, p.skjermingshjemmel, p.skjerming_metadata, p.skjerming_dokument, p.tilgangsgruppe_id,
      p.skjerming_varighet, p.skjerming_opphoerer)`;
    if (table === 'saksmappe') {
      await sql`UPDATE journalpost c SET ${cols} = ${from} FROM saksmappe p
        WHERE p.id = ${id} AND c.saksmappe_id = p.id AND c.organisasjon_id = ${orgId} AND c.skjerming_arvet`.execute(tx);
    }
    if (table !== 'dokumentbeskrivelse') {
      const records = table === 'saksmappe' ? sql`j.saksmappe_id = ${id}` : sql`j.id = ${id}`;
      await sql`UPDATE dokumentbeskrivelse c SET ${cols} = ${from} FROM journalpost p
        WHERE p.id = c.journalpost_id AND c.organisasjon_id = ${orgId} AND c.skjerming_arvet
          AND p.id IN (SELECT j.id FROM journalpost j WHERE ${records})`.execute(tx);
    }
  },
};
