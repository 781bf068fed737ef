import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, saksmappeAccessSql } from '../tilgang/read-rule-sql.js';

export interface PartyObjectQuery {
  organisasjonId: string;
  reader: Reader;
  partNavn?: string | undefined;
  /** An organisasjonsnummer or fødselsnummer: a part's id, a correspondence party's number. */
  identiteter: readonly string[];
  /** Object class values: gnr/bnr, a fødselsnummer as class. */
  objekter: readonly string[];
  limit: number;
}

export interface PartyObjectRow {
  id: string;
  grunn: 'part' | 'objekt';
  saksaar: number;
  sakssekvensnummer: number;
  tittel: string;
  saksstatus: string;
  saksdato: string;
  tilgangskode: string | null;
}

const anyOf = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));

/** Cases with a part or a correspondence party of this name or number (each index-served). */
function byParty(q: PartyObjectQuery): RawBuilder<unknown>[] {
  const org = q.organisasjonId;
  const parts: RawBuilder<unknown>[] = [];
  const partBy: RawBuilder<unknown>[] = [];
  const kBy: RawBuilder<unknown>[] = [];
  if (q.partNavn) {
    partBy.push(sql`lower(p.part_navn) = lower(${q.partNavn})`);
    kBy.push(sql`lower(k.navn) = lower(${q.partNavn})`);
  }
  if (q.identiteter.length > 0) {
    partBy.push(sql`p.part_id IN (${anyOf(q.identiteter)})`);
    kBy.push(sql`k.organisasjonsnummer IN (${anyOf(q.identiteter)})`, sql`k.foedselsnummer IN (${anyOf(q.identiteter)})`);
  }
  if (partBy.length === 0) return parts;
  parts.push(
    sql`SELECT p.saksmappe_id AS id, 'part' AS grunn FROM part p WHERE p.organisasjon_id = ${org} AND (${sql.join(partBy, sql` OR `)})`,
  );
  // A correspondence party counts only where it is shown to every reader of the case: not screened, on an open record.
  parts.push(sql`SELECT j.saksmappe_id AS id, 'part' AS grunn FROM korrespondansepart k
    JOIN journalpost j ON j.id = k.journalpost_id AND j.organisasjon_id = k.organisasjon_id
    WHERE k.organisasjon_id = ${org} AND NOT k.skjermet AND j.tilgangskode IS NULL AND (${sql.join(kBy, sql` OR `)})`);
  return parts;
}

/** Cases classed by one of the object values, primary or secondary. */
function byObject(q: PartyObjectQuery): RawBuilder<unknown>[] {
  if (q.objekter.length === 0) return [];
  const org = q.organisasjonId;
  return [
    sql`SELECT o.id, 'objekt' AS grunn FROM saksmappe o WHERE o.organisasjon_id = ${org} AND o.primaer_klasseverdi IN (${anyOf(q.objekter)})`,
    sql`SELECT x.saksmappe_id AS id, 'objekt' AS grunn FROM saksmappe_sekundaerklasse x
      WHERE x.organisasjon_id = ${org} AND x.klasseverdi IN (${anyOf(q.objekter)})`,
  ];
}

/** The case suggestions that come from who or what a case is about: one statement, whatever is asked. */
export const caseSuggestionRepository = {
  /**
   * Cases found by party or object, only among those the reader reads in
   * full: a party's name and a class value are screened fields of a case, so
   * finding a screened case by them would tell whose case it is.
   */
  async byPartyOrObject(tx: Tx, q: PartyObjectQuery): Promise<PartyObjectRow[]> {
    const found = [...byParty(q), ...byObject(q)];
    if (found.length === 0) return [];
    const full = fullAccessSql(q.reader, saksmappeAccessSql('s'));
    const rows = await sql<PartyObjectRow>`
      SELECT DISTINCT s.id, c.grunn, s.saksaar, s.sakssekvensnummer, s.tittel, s.saksstatus, s.saksdato, s.tilgangskode
      FROM (${sql.join(found, sql` UNION `)}) c
      JOIN saksmappe s ON s.id = c.id AND s.organisasjon_id = ${q.organisasjonId}
      WHERE s.saksstatus <> 'U' AND ${full}
      ORDER BY s.saksdato DESC, s.id
      LIMIT ${q.limit}`.execute(tx);
    return rows.rows;
  },
};
