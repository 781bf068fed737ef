import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { HIT_END, HIT_START } from './domain/query-text.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { fullAccessSql, saksmappeAccessSql } from '../tilgang/read-rule-sql.js';

type Db = Kysely<DB>;

export interface SearchFilters {
  enhetId?: string | undefined;
  /** Saksansvarlig of a case, saksbehandler of a record (the case's when the record has none). */
  saksbehandlerId?: string | undefined;
  status?: string | undefined;
  type?: 'saksmappe' | 'journalpost' | undefined;
  journalposttype?: string | undefined;
  fra?: string | undefined;
  til?: string | undefined;
  /** A klasse's id, its ordningsverdi (e.g. "L42") or an object value such as a gnr/bnr. */
  klasse?: string | undefined;
}

export interface SearchParams {
  organisasjonId: string;
  /** Normalised search text, or null to list by date. */
  q: string | null;
  /** Which rows the reader may search and see in full; the others in their public form only. */
  reader: Reader;
  filters: SearchFilters;
  limit: number;
  offset: number;
  /** Count matches only up to one past this: the total is "at least" beyond it. */
  maxCount: number;
}

// Title matches must outrank party names, which must outrank document text
// even when a word recurs in a long letter: D weighs a twelfth of B.
const WEIGHTS = '{0.05, 0.2, 0.6, 1.0}';
const HEADLINE = `MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … ", StartSel=${HIT_START}, StopSel=${HIT_END}`;

/** The read rule's SQL twin over the access columns of an index row (sok_indeks or sok_dokument) aliased `alias`. */
function readsInFull(reader: Reader, alias: string) {
  return fullAccessSql(reader, {
    tilgangskode: sql.ref(`${alias}.tilgangskode`),
    tilgangsgruppeId: sql.ref(`${alias}.tilgangsgruppe_id`),
    personer: sql.ref(`${alias}.personer`),
    enheter: sql.ref(`${alias}.enheter`),
  });
}

/**
 * Per row, the full or the public vector, title and text, by the read rule's
 * SQL twin over the row's access columns. The match is an OR of the two
 * vectors with the rule on each side, so each side can use its own GIN index.
 */
function columns(reader: Reader, alias = 'i') {
  const full = readsInFull(reader, alias);
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  const pick = <T>(a: string, b: string) => sql<T>`CASE WHEN ${full} THEN ${col(a)} ELSE ${col(b)} END`;
  return {
    vector: pick<string>('sokevektor', 'offentlig_sokevektor'),
    title: pick<string>('tittel', 'offentlig_tittel'),
    text: pick<string>('tekst', 'offentlig_tekst'),
    matches: (query: RawBuilder<unknown>) =>
      reader.rolle === 'ARK'
        ? sql<boolean>`${col('sokevektor')} @@ ${query}`
        : sql<boolean>`((${full} AND ${col('sokevektor')} @@ ${query}) OR (NOT ${full} AND ${col('offentlig_sokevektor')} @@ ${query}))`,
  };
}

/**
 * Documents whose title or text matches and which the reader reads in full,
 * each under its own screening (migration 0027): a document the reader may
 * not read adds nothing to a hit, its rank or its snippet. Read through
 * sok_dokument_egen for the reason sok_indeks_egen exists (0028).
 */
function readableDocuments(db: Db, p: SearchParams, query: RawBuilder<unknown>) {
  return db
    .selectFrom('sok_dokument_egen as d')
    .where('d.organisasjon_id', '=', p.organisasjonId)
    .where(sql<boolean>`d.sokevektor @@ ${query}`)
    .where(readsInFull(p.reader, 'd'));
}

/** Of the record of the index row `i`, the documents above. */
const documentsOfRow = (db: Db, p: SearchParams, query: RawBuilder<unknown>) =>
  readableDocuments(db, p, query).where(sql<boolean>`d.journalpost_id = i.objekt_id`);

const tsquery = (q: string) => sql`websearch_to_tsquery('norwegian', ${q})`;

/**
 * The search index (sok_indeks, written by triggers only), read through
 * sok_indeks_egen (migration 0028): the organisation's rows, where the match
 * can use the GIN indexes as the row-level policy on the table lets it not.
 */
export const sokRepository = {
  /** Queued index work done (sok_ta_igjen, migration 0035), as a column: up to `max` queue rows of one organisation (or all). */
  catchUpColumn(orgId: string | null, max: number) {
    return sql<number>`sok_ta_igjen(${orgId}::uuid, ${max}::integer)`.as('sok_ko');
  },

  /** The same as a statement; returns how many queue rows it took. */
  async catchUp(db: Db, orgId: string | null, max: number): Promise<number> {
    const row = await db.selectNoFrom(this.catchUpColumn(orgId, max)).executeTakeFirstOrThrow();
    return Number(row.sok_ko);
  },

  /**
   * One page of hits, ranked, with the total in the same statement: the
   * inner query ranks every match (as ordering by rank must) and counts them
   * on the way; only the page's rows are read again for their title and
   * snippet. A page past the end has no row to carry the total: then it is
   * counted apart, only up to one past `maxCount`.
   */
  async search(db: Db, p: SearchParams) {
    const { vector, title, text } = columns(p.reader);
    const base = filtered(db, p);
    const rank = p.q ? rankOf(db, p, vector, tsquery(p.q)) : sql<number>`0::float4`;
    const page = base
      .select(['i.objekt_id', 'i.objekt_type', 'i.nummer', 'i.dato', rank.as('rang'), sql<number>`count(*) OVER ()`.as('total')])
      .orderBy('rang', 'desc')
      .orderBy('i.dato', 'desc')
      .orderBy('i.objekt_type', 'desc') // a case before its own records
      .orderBy('i.nummer')
      .limit(p.limit)
      .offset(p.offset);
    // The snippet is cut only for the rows of the page, after ranking.
    const headline = p.q ? snippetOf(db, p, text, tsquery(p.q)) : sql<string | null>`NULL::text`;
    const rows = await db
      .selectFrom(page.as('t'))
      .innerJoin('sok_indeks_egen as i', 'i.objekt_id', 't.objekt_id')
      .select(['i.objekt_type', 'i.objekt_id', 'i.saksmappe_id', 'i.nummer', 'i.status', 'i.journalposttype', 'i.dato', 'i.tilgangskode'])
      .select([title.as('tittel'), headline.as('utdrag'), 't.rang', 't.total'])
      .orderBy('t.rang', 'desc')
      .orderBy('t.dato', 'desc')
      .orderBy('t.objekt_type', 'desc')
      .orderBy('t.nummer')
      .execute();
    const total = rows[0]?.total ?? (p.offset === 0 ? 0 : await countUpTo(db, base, p.maxCount + 1));
    return { total: Number(total), rows };
  },

  /** Cases whose title resembles `tittel` (trigrams) or shares words with it (full text, any word). */
  suggestCases(db: Db, p: { organisasjonId: string; tittel: string; reader: Reader; limit: number }) {
    const { vector, title, matches } = columns(p.reader);
    const anyWord = sql`replace(plainto_tsquery('norwegian', ${p.tittel})::text, ' & ', ' | ')::tsquery`;
    const score = sql<number>`similarity(${title}, ${p.tittel}) + ts_rank_cd(${vector}, ${anyWord}, 32)`;
    return db
      .selectFrom('sok_indeks_egen as i')
      .select(['i.objekt_id', 'i.nummer', 'i.status', 'i.dato', title.as('tittel'), score.as('score')])
      .where('i.organisasjon_id', '=', p.organisasjonId)
      .where(sql<boolean>`i.objekt_type = 'saksmappe'`) // literal, so the partial trigram index applies
      .where(sql<boolean>`(${title} % ${p.tittel} OR ${matches(anyWord)})`)
      .orderBy('score', 'desc')
      .orderBy('i.dato', 'desc')
      .limit(p.limit)
      .execute();
  },
};

/** A row's rank: its own vector as the reader sees it, plus the documents of it the reader reads that match. */
function rankOf(db: Db, p: SearchParams, vector: RawBuilder<string>, query: RawBuilder<unknown>) {
  const documents = documentsOfRow(db, p, query).select(sql<number>`sum(ts_rank_cd(${WEIGHTS}::float4[], d.sokevektor, ${query}))`.as('r'));
  return sql<number>`ts_rank_cd(${WEIGHTS}::float4[], ${vector}, ${query}) + coalesce((${documents}), 0)`;
}

/** A row's snippet: cut from its text as the reader sees it and the matching documents the reader reads. */
function snippetOf(db: Db, p: SearchParams, text: RawBuilder<string>, query: RawBuilder<unknown>) {
  const documents = documentsOfRow(db, p, query).select(sql<string>`string_agg(d.tekst, ' · ' ORDER BY d.objekt_id)`.as('x'));
  return sql<string | null>`ts_headline('norwegian', concat_ws(' · ', ${text}, (${documents})), ${query}, ${HEADLINE})`;
}

/** How many rows `q` finds, counting no further than `max`. */
async function countUpTo(db: Db, q: ReturnType<typeof filtered>, max: number): Promise<number> {
  const counted = await db
    .selectFrom(q.select('i.objekt_id').limit(max).as('c'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(counted.n);
}

/** Whether the reader reads the row's case in full (the read rule's SQL twin on the case itself). */
function caseReadBy(reader: Reader) {
  return sql<boolean>`EXISTS (SELECT 1 FROM saksmappe s WHERE s.id = i.saksmappe_id AND ${fullAccessSql(reader, saksmappeAccessSql('s'))})`;
}

/** Rows the reader finds: by their own vector as the reader sees it, or (a record) by a document the reader reads. */
function matching(db: Db, p: SearchParams, query: RawBuilder<unknown>) {
  return db
    .selectFrom('sok_indeks_egen as m')
    .select('m.objekt_id')
    .where('m.organisasjon_id', '=', p.organisasjonId)
    .where(columns(p.reader, 'm').matches(query))
    .union(readableDocuments(db, p, query).select('d.journalpost_id as objekt_id'));
}

function filtered(db: Db, p: SearchParams) {
  const f = p.filters;
  let q = db.selectFrom('sok_indeks_egen as i').where('i.organisasjon_id', '=', p.organisasjonId);
  if (p.q) q = q.where('i.objekt_id', 'in', matching(db, p, tsquery(p.q)));
  if (f.type) q = q.where('i.objekt_type', '=', f.type);
  if (f.journalposttype) q = q.where('i.journalposttype', '=', f.journalposttype);
  if (f.enhetId) q = q.where('i.enhet_id', '=', f.enhetId);
  if (f.saksbehandlerId) q = q.where('i.ansvarlig_id', '=', f.saksbehandlerId);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.fra) q = q.where('i.dato', '>=', f.fra);
  if (f.til) q = q.where('i.dato', '<=', f.til);
  const klasse = f.klasse;
  if (klasse) {
    q = q.where((eb) =>
      eb.or([
        // An object value (a fødselsnummer) is a screened field of its case: it filters only for those who read the case.
        eb.and([eb('i.klasseverdi', '=', klasse), eb.or([eb('i.klasse_id', 'is not', null), caseReadBy(p.reader)])]),
        eb(
          'i.klasse_id',
          'in',
          eb
            .selectFrom('klasse as k')
            .select('k.id')
            .where('k.organisasjon_id', '=', p.organisasjonId)
            .where((k) => k.or([k('k.klasse_id', '=', klasse), k(sql`k.id::text`, '=', klasse)])),
        ),
      ]),
    );
  }
  return q;
}
