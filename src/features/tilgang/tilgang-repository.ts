import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import { recordRecipientsSql } from './read-rule-sql.js';

/** The SQL of access data: memberships, unit trees, internal contacts, codes, groups, the reading log. */
export const tilgangRepository = {
  /**
   * The reader's active access groups and, for a leader (`enhetId` given),
   * the unit led and every unit under it at any depth, as two text[]
   * expressions any query can carry, so a request's first query learns who
   * reads without a round trip of its own.
   */
  readerSql(orgId: string, brukerId: string, ask: { grupper: boolean; enhetId: string | null }) {
    const none = sql<string[]>`ARRAY[]::text[]`;
    const grupper = ask.grupper
      ? sql<string[]>`ARRAY(SELECT m.tilgangsgruppe_id FROM tilgangsgruppe_medlem m
          JOIN tilgangsgruppe g ON g.id = m.tilgangsgruppe_id
          WHERE m.organisasjon_id = ${orgId} AND m.bruker_id = ${brukerId} AND g.aktiv)::text[]`
      : none;
    const enhetId = ask.enhetId;
    const enheter = enhetId
      ? sql<string[]>`ARRAY(WITH RECURSIVE tre AS (
          SELECT id FROM administrativ_enhet WHERE organisasjon_id = ${orgId} AND id = ${enhetId}
          UNION
          SELECT e.id FROM administrativ_enhet e JOIN tre ON e.overordnet_enhet_id = tre.id WHERE e.organisasjon_id = ${orgId}
        ) SELECT id FROM tre)::text[]`
      : none;
    return { grupper, enheter };
  },

  /** A case's internal contacts as a text[] column (`interne_kontakter`); `saksmappeId` may be a column of the outer query. */
  interneKontakterColumn(orgId: string, saksmappeId: RawBuilder<unknown> | string) {
    const id = typeof saksmappeId === 'string' ? sql`${saksmappeId}::uuid` : saksmappeId;
    return sql<string[]>`ARRAY(SELECT k.bruker_id FROM saksmappe_intern_kontakt k
      WHERE k.organisasjon_id = ${orgId} AND k.saksmappe_id = ${id})::text[]`.as('interne_kontakter');
  },

  async logRead(tx: Tx, row: { orgId: string; objektType: string; objektId: string; tilgangskode: string; brukerId: string }) {
    await tx
      .insertInto('lesing_logg')
      .values({
        organisasjon_id: row.orgId,
        objekt_type: row.objektType,
        objekt_id: row.objektId,
        tilgangskode: row.tilgangskode,
        lest_av: row.brukerId,
      })
      .execute();
  },
};

/** One object's place in the archive, with what the read rule needs of its case, record and document. */
export interface AccessTargetRow {
  objekt_id: string;
  saksmappe_id: string;
  party_skjermet: boolean;
  s_tilgangskode: string | null;
  s_gruppe: string | null;
  s_opprettet_av: string;
  s_saksansvarlig: string;
  s_enhet: string;
  j_tilgangskode: string | null;
  j_gruppe: string | null;
  j_opprettet_av: string | null;
  j_saksbehandler: string | null;
  j_enhet: string | null;
  /** Those the record was given to read (users, units): copies, approval, answer tasks, internal recipients. */
  j_kopi_brukere: string[];
  j_kopi_enheter: string[];
  d_tilgangskode: string | null;
  d_gruppe: string | null;
  d_opprettet_av: string | null;
  /** The case's internal contacts. */
  interne_kontakter: string[];
  /** Who reads (the same on every row): tilgangRepository.readerSql. */
  leser_grupper: string[];
  leser_enheter: string[];
}

/**
 * For any ids of cases, parts, records, correspondence parties, documents
 * and file objects: the access data of the case, record and document each
 * belongs to, with the case's internal contacts and who reads, in one query
 * (the change log screens a page of entries at once).
 */
export async function findAccessTargets(
  tx: Tx,
  orgId: string,
  ids: readonly string[],
  reader: { grupper: RawBuilder<string[]>; enheter: RawBuilder<string[]> },
): Promise<AccessTargetRow[]> {
  if (ids.length === 0) return [];
  const wanted = sql`ANY(ARRAY[${sql.join(ids.map((id) => sql`${id}::uuid`))}])`;
  const rows = await sql<AccessTargetRow>`
    SELECT x.objekt_id, s.id AS saksmappe_id, x.party_skjermet,
      s.tilgangskode AS s_tilgangskode, s.tilgangsgruppe_id AS s_gruppe, s.opprettet_av AS s_opprettet_av,
      s.saksansvarlig_id AS s_saksansvarlig, s.administrativ_enhet_id AS s_enhet,
      j.tilgangskode AS j_tilgangskode, j.tilgangsgruppe_id AS j_gruppe, j.opprettet_av AS j_opprettet_av,
      j.saksbehandler_id AS j_saksbehandler, j.administrativ_enhet_id AS j_enhet,
      ${recordRecipientsSql('j', 'bruker')}::text[] AS j_kopi_brukere,
      ${recordRecipientsSql('j', 'enhet')}::text[] AS j_kopi_enheter,
      d.tilgangskode AS d_tilgangskode, d.tilgangsgruppe_id AS d_gruppe, d.opprettet_av AS d_opprettet_av,
      ARRAY(SELECT k.bruker_id FROM saksmappe_intern_kontakt k WHERE k.organisasjon_id = ${orgId} AND k.saksmappe_id = s.id)::text[]
        AS interne_kontakter,
      ${reader.grupper} AS leser_grupper, ${reader.enheter} AS leser_enheter
    FROM (
      SELECT s.id AS objekt_id, s.id AS sak, NULL::uuid AS jp, NULL::uuid AS dok, false AS party_skjermet
        FROM saksmappe s WHERE s.id = ${wanted}
      UNION ALL SELECT p.id, p.saksmappe_id, NULL, NULL, false FROM part p WHERE p.id = ${wanted}
      UNION ALL SELECT j.id, j.saksmappe_id, j.id, NULL, false FROM journalpost j WHERE j.id = ${wanted}
      UNION ALL SELECT k.id, j.saksmappe_id, j.id, NULL, k.skjermet
        FROM korrespondansepart k JOIN journalpost j ON j.id = k.journalpost_id WHERE k.id = ${wanted}
      UNION ALL SELECT d.id, j.saksmappe_id, j.id, d.id, false
        FROM dokumentbeskrivelse d JOIN journalpost j ON j.id = d.journalpost_id WHERE d.id = ${wanted}
      UNION ALL SELECT o.id, j.saksmappe_id, j.id, d.id, false FROM dokumentobjekt o
        JOIN dokumentbeskrivelse d ON d.id = o.dokumentbeskrivelse_id JOIN journalpost j ON j.id = d.journalpost_id
        WHERE o.id = ${wanted}
    ) x
    JOIN saksmappe s ON s.id = x.sak AND s.organisasjon_id = ${orgId}
    LEFT JOIN journalpost j ON j.id = x.jp
    LEFT JOIN dokumentbeskrivelse d ON d.id = x.dok`.execute(tx);
  return rows.rows;
}
