import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../db/open-database.js';
import { pageOf } from '../../db/page-of.js';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
import { opprinneligNavn } from '../uttrekk-import/import-repository.js';
import type { PublishedFileRow } from './domain/public-file.js';
import { FOEDSELSNUMMER_SQL, type PublicPartRow, type PublicRecordRow } from './domain/public-entry.js';

/** Which records: one organisation's, of its published types, journalført in a date range, optionally matching words. */
export interface JournalFilter {
  orgId: string;
  typer: readonly string[];
  fra: string;
  til: string;
  /** Words that must all occur in what the public sees of the record (public titles, open parties' names). */
  ord: readonly string[];
  /** Only the records of these arkivdeler (an arkivuttrekk's offentligJournal.xml). */
  arkivdelIder?: readonly string[] | undefined;
  /** The export in number order (journalår, sekvensnummer; krav 6.4.30, the arkivuttrekk's) instead of date order. */
  nummerorden?: boolean | undefined;
}

/** Where a keyset batch starts: after this record (by journal date and id, or by its number). */
export interface After {
  journaldato: string;
  id: string;
  journalaar: number;
  journalsekvensnummer: number;
}

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * What the public sees of a record, as one text to search: the public titles
 * of record and case (tilgang_offentlig_tittel, the SQL twin of publicTitle)
 * and the names of parties the public may see, fødselsnumre masked, so a
 * search or its count finds nothing the page does not show.
 */
const PUBLIC_TEXT = sql<string>`regexp_replace(
  tilgang_offentlig_tittel('journalpost', j.tittel, j.offentlig_tittel, j.tilgangskode, j.skjermede_tittelord) || ' ' ||
  tilgang_offentlig_tittel('saksmappe', s.tittel, s.offentlig_tittel, s.tilgangskode, s.skjermede_tittelord) || ' ' ||
  CASE WHEN j.tilgangskode IS NULL THEN coalesce((SELECT string_agg(k.navn, ' ') FROM korrespondansepart k
    WHERE k.organisasjon_id = j.organisasjon_id AND k.journalpost_id = j.id AND NOT k.skjermet), '') ELSE '' END,
  ${FOEDSELSNUMMER_SQL}, '*****', 'g')`;

function base(tx: Tx, f: JournalFilter) {
  let q = tx
    .selectFrom('journalpost as j')
    .innerJoin('saksmappe as s', 's.id', 'j.saksmappe_id')
    .leftJoin('administrativ_enhet as e', (join) =>
      join.on((eb) => eb('e.id', '=', eb.fn.coalesce('j.administrativ_enhet_id', 's.administrativ_enhet_id'))),
    )
    .where('j.organisasjon_id', '=', f.orgId)
    .where('j.journalstatus', 'in', ['J', 'A'])
    .where('j.registreringstype', '=', 'journalpost')
    .where('j.journalposttype', 'in', [...f.typer])
    .where('j.journalaar', 'is not', null)
    .where('j.journalsekvensnummer', 'is not', null)
    .where('j.journaldato', '>=', f.fra)
    .where('j.journaldato', '<=', f.til);
  if (f.arkivdelIder) q = q.where('s.arkivdel_id', 'in', [...f.arkivdelIder]);
  for (const word of f.ord) q = q.where(sql<SqlBool>`${PUBLIC_TEXT} ILIKE ${likePattern(word)}` as Expression<SqlBool>);
  return q.select([
    'j.id',
    'j.journalposttype',
    'j.journaldato',
    'j.dokumentets_dato',
    sql<number>`j.journalaar`.as('journalaar'),
    sql<number>`j.journalsekvensnummer`.as('journalsekvensnummer'),
    'j.journalpostnummer',
    'j.tittel',
    'j.offentlig_tittel',
    'j.tilgangskode',
    'j.skjermingshjemmel',
    'j.skjermede_tittelord',
    's.id as saksmappe_id',
    's.saksaar',
    's.sakssekvensnummer',
    's.tittel as sak_tittel',
    's.offentlig_tittel as sak_offentlig_tittel',
    's.tilgangskode as sak_tilgangskode',
    's.skjermingshjemmel as sak_skjermingshjemmel',
    's.skjermede_tittelord as sak_skjermede_tittelord',
    // An imported case's unit is the old system's (kept as text), not the import's stand-in top unit.
    sql<string | null>`coalesce(${opprinneligNavn('journalpost', 'j', 'administrativEnhet')},
      ${opprinneligNavn('saksmappe', 's', 'administrativEnhet')}, e.navn)`.as('enhet'),
  ]);
}

/** The public journal: the only queries the public's requests and the offentligJournal export make. */
export const offentligJournalRepository = {
  /** An organisation by its organisation number, with what it publishes. Not a tenant table: read before the tenant is known. */
  findOrganisation(db: Database, organisasjonsnummer: string) {
    return db
      .selectFrom('organisasjon')
      .select(['id', 'navn', 'kortnavn', 'organisasjonsnummer', 'offentlig_journal_typer'])
      .where('organisasjonsnummer', '=', organisasjonsnummer)
      .executeTakeFirst();
  },

  /** Which record types the organisation publishes. */
  async setTyper(db: Database, organisasjonId: string, typer: readonly string[]): Promise<void> {
    await db
      .updateTable('organisasjon')
      .set({ offentlig_journal_typer: [...typer] })
      .where('id', '=', organisasjonId)
      .execute();
  },

  /** A page of the journal, newest first, with the total. */
  async page(tx: Tx, f: JournalFilter, page: Window): Promise<{ rows: PublicRecordRow[]; total: number }> {
    const q = base(tx, f)
      .orderBy('j.journaldato', 'desc')
      .orderBy('j.journalaar', 'desc')
      .orderBy('j.journalsekvensnummer', 'desc')
      .orderBy('j.id');
    return (await pageOf(q, page)) as { rows: PublicRecordRow[]; total: number };
  },

  /** What the organisation publishes, by its id (the eInnsyn job's). */
  async typerOf(db: Database, organisasjonId: string): Promise<string[] | undefined> {
    const row = await db.selectFrom('organisasjon').select('offentlig_journal_typer').where('id', '=', organisasjonId).executeTakeFirst();
    return row?.offentlig_journal_typer;
  },

  /** One record, if the public journal holds it (whatever its date). */
  async one(tx: Tx, orgId: string, typer: readonly string[], id: string): Promise<PublicRecordRow | undefined> {
    const all = { orgId, typer, fra: '0001-01-01', til: '9999-12-31', ord: [] };
    return (await base(tx, all).where('j.id', '=', id).executeTakeFirst()) as PublicRecordRow | undefined;
  },

  /** How many records the filter holds (the export's journal head). */
  async count(tx: Tx, f: JournalFilter): Promise<number> {
    const row = await base(tx, f)
      .clearSelect()
      .select(sql<number | string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** The next `limit` records after `after`, oldest first: the export reads the journal in batches, never whole. */
  async batch(tx: Tx, f: JournalFilter, after: After | null, limit: number): Promise<PublicRecordRow[]> {
    let q = base(tx, f);
    if (f.nummerorden) {
      if (after) q = q.where(sql<SqlBool>`(j.journalaar, j.journalsekvensnummer) > (${after.journalaar}, ${after.journalsekvensnummer})`);
      return (await q.orderBy('j.journalaar').orderBy('j.journalsekvensnummer').limit(limit).execute()) as PublicRecordRow[];
    }
    if (after) q = q.where(sql<SqlBool>`(j.journaldato, j.id) > (${after.journaldato}::date, ${after.id}::uuid)` as Expression<SqlBool>);
    return (await q.orderBy('j.journaldato').orderBy('j.id').limit(limit).execute()) as PublicRecordRow[];
  },

  /** The correspondence parties of the given records, in one query. */
  async parties(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<PublicPartRow[]> {
    if (journalpostIds.length === 0) return [];
    return tx
      .selectFrom('korrespondansepart')
      .select(['journalpost_id', 'korrespondanseparttype', 'navn', 'skjermet'])
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', 'in', [...journalpostIds])
      .orderBy('journalpost_id')
      .orderBy('opprettet_dato')
      .orderBy('id')
      .execute();
  },

  /** The file objects of the given records' documents marked for publishing, in one query. */
  publishedFiles(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<PublishedFileRow[]> {
    if (journalpostIds.length === 0) return Promise.resolve([]);
    return fileRows(tx, orgId)
      .where('d.journalpost_id', 'in', [...journalpostIds])
      .where('d.publiser_fulltekst', '=', true)
      .execute();
  },

  /**
   * The file objects of the document holding `dokumentobjektId`, if that
   * document is marked for publishing and its record is in the public journal
   * (journalført, of a published type), with what opening the file needs.
   */
  publishedFileOf(tx: Tx, f: Pick<JournalFilter, 'orgId' | 'typer'>, dokumentobjektId: string) {
    return fileRows(tx, f.orgId)
      .innerJoin('fil', (join) => join.onRef('fil.sjekksum', '=', 'o.sjekksum').onRef('fil.organisasjon_id', '=', 'o.organisasjon_id'))
      .select(['o.sjekksum', 'o.filstoerrelse', 'fil.skadet_dato'])
      .where('d.publiser_fulltekst', '=', true)
      .where('j.journalstatus', 'in', ['J', 'A'])
      .where('j.registreringstype', '=', 'journalpost')
      .where('j.journalposttype', 'in', [...f.typer])
      .where('d.id', '=', (eb) => eb.selectFrom('dokumentobjekt').select('dokumentbeskrivelse_id').where('id', '=', dokumentobjektId))
      .execute();
  },

  /** Every file object of one document (whether it may be published). */
  documentFiles(tx: Tx, orgId: string, dokumentbeskrivelseId: string): Promise<PublishedFileRow[]> {
    return fileRows(tx, orgId).where('d.id', '=', dokumentbeskrivelseId).execute();
  },

  async setPubliserFulltekst(tx: Tx, orgId: string, dokumentbeskrivelseId: string, publiser: boolean): Promise<void> {
    await tx
      .updateTable('dokumentbeskrivelse')
      .set({ publiser_fulltekst: publiser })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', dokumentbeskrivelseId)
      .execute();
  },
};

/** A document's file objects with the document's and record's screening, as public-file.ts reads them. */
function fileRows(tx: Tx, orgId: string) {
  return tx
    .selectFrom('dokumentbeskrivelse as d')
    .innerJoin('journalpost as j', 'j.id', 'd.journalpost_id')
    .innerJoin('dokumentobjekt as o', 'o.dokumentbeskrivelse_id', 'd.id')
    .select([
      'd.id as dokumentbeskrivelse_id',
      'd.journalpost_id',
      'd.dokumentnummer',
      'd.tittel',
      'd.skjermede_tittelord',
      sql<string | null>`coalesce(d.tilgangskode, j.tilgangskode)`.as('tilgangskode'),
      'd.personsensitiv',
      'o.id as dokumentobjekt_id',
      'o.versjonsnummer',
      'o.variantformat',
      'o.filnavn',
      'o.mime_type',
    ])
    .where('d.organisasjon_id', '=', orgId)
    .orderBy('d.journalpost_id')
    .orderBy('d.dokumentnummer')
    .orderBy('o.versjonsnummer')
    .orderBy('o.variantformat');
}
