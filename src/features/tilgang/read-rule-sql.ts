import { sql, type RawBuilder } from 'kysely';
import type { Reader } from './domain/read-rule.js';

/** SQL expressions of an object's access data, in the shape of `FlatReadObject`. */
export interface ReadObjectSql {
  tilgangskode: RawBuilder<unknown>;
  tilgangsgruppeId: RawBuilder<unknown>;
  /** uuid[] of the related people. */
  personer: RawBuilder<unknown>;
  /** uuid[] of the object's units. */
  enheter: RawBuilder<unknown>;
}

/**
 * The people (`bruker`) or units (`enhet`) a record aliased `j` was given to
 * read, as a uuid[] expression: receivers of its reading tasks (copies,
 * approval, review) and of its tasks to distribute or answer that were not
 * passed on — so an internal note is read by the person or unit it was
 * dispatched to and by whoever the unit's leader distributed it to (seed
 * 002 10.6); for incoming post these are its unit and case worker, who read
 * it anyway. One function in the database, `tilgang_mottakere` (migration
 * 0063): the record's page, the access targets, the SQL twin and the search
 * index all ask it, so they cannot disagree about who it was given to.
 */
export function recordRecipientsSql(j: string, who: 'bruker' | 'enhet'): RawBuilder<string[]> {
  return sql<string[]>`tilgang_mottakere(${sql.ref(`${j}.id`)}, ${sql.ref(`${j}.organisasjon_id`)}, ${sql.lit(who === 'enhet')})`;
}

const uuids = (ids: readonly string[]) => sql`ARRAY[${sql.join(ids.map((id) => sql`${id}::uuid`))}]::uuid[]`;

/**
 * The SQL twin of `hasFullAccessTo` (domain/read-rule.ts): a boolean
 * expression every list and search query uses to decide per row whether the
 * reader sees it in full. Clauses that cannot hold for this reader are left
 * out, so the planner sees a short expression.
 */
export function fullAccessSql(reader: Reader, o: ReadObjectSql): RawBuilder<boolean> {
  if (reader.rolle === 'ARK') return sql<boolean>`true`;
  const clauses = [sql`${o.tilgangskode} IS NULL`, sql`${reader.brukerId}::uuid = ANY(${o.personer})`];
  if (reader.tilgangsgrupper.length > 0) clauses.push(sql`${o.tilgangsgruppeId} = ANY(${uuids(reader.tilgangsgrupper)})`);
  if (reader.ledetEnheter.length > 0) clauses.push(sql`${o.enheter} && ${uuids(reader.ledetEnheter)}`);
  // coalesce: `x = ANY(array with NULL)` is NULL, not false, and NULL must not leak into NOT (…) elsewhere.
  return sql<boolean>`coalesce(${sql.join(clauses, sql` OR `)}, false)`;
}

/** The access columns of a saksmappe row aliased `alias`, its internal contacts by subquery. */
export function saksmappeAccessSql(alias: string): ReadObjectSql {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  return {
    tilgangskode: col('tilgangskode'),
    tilgangsgruppeId: col('tilgangsgruppe_id'),
    personer: sql`(ARRAY[${col('opprettet_av')}, ${col('saksansvarlig_id')}] || ARRAY(SELECT k.bruker_id FROM saksmappe_intern_kontakt k WHERE k.saksmappe_id = ${col('id')}))`,
    enheter: sql`ARRAY[${col('administrativ_enhet_id')}]`,
  };
}

/**
 * The access columns of a record aliased `j` in its case aliased `s`, as
 * `recordObject` (domain/read-objects.ts) builds them: the case's internal
 * contacts and those the record was given to read by subquery.
 */
export function journalpostAccessSql(j: string, s: string): ReadObjectSql {
  const col = (alias: string, c: string) => sql.ref(`${alias}.${c}`);
  return {
    tilgangskode: col(j, 'tilgangskode'),
    tilgangsgruppeId: col(j, 'tilgangsgruppe_id'),
    personer: sql`(ARRAY[${col(j, 'opprettet_av')}, ${col(s, 'opprettet_av')}, ${col(s, 'saksansvarlig_id')}, ${col(j, 'saksbehandler_id')}]
      || ARRAY(SELECT k.bruker_id FROM saksmappe_intern_kontakt k WHERE k.organisasjon_id = ${col(s, 'organisasjon_id')} AND k.saksmappe_id = ${col(s, 'id')})
      || ${recordRecipientsSql(j, 'bruker')})`,
    enheter: sql`(ARRAY[${col(j, 'administrativ_enhet_id')}, ${col(s, 'administrativ_enhet_id')}] || ${recordRecipientsSql(j, 'enhet')})`,
  };
}
