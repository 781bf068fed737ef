import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../src/db/open-database.js';
import { presentDokument } from '../src/features/dokumenter/dokument-presenter.js';
import { listDokumenter } from '../src/features/dokumenter/list-dokumenter.js';
import { presentChangeLogPage } from '../src/features/endringslogg/endringslogg-presenter.js';
import { listSaksmappeEndringslogg } from '../src/features/endringslogg/list-endringslogg.js';
import { getJournalpost } from '../src/features/journalpost/get-journalpost.js';
import { presentJournalpost } from '../src/features/journalpost/journalpost-presenter.js';
import { getSaksmappe } from '../src/features/saksmappe/get-saksmappe.js';
import { listSaksmapper } from '../src/features/saksmappe/list-saksmapper.js';
import { presentSaksmappe, presentSaksmappeListItem } from '../src/features/saksmappe/saksmappe-presenter.js';
import { search } from '../src/features/sok/search.js';
import type { Ctx } from '../src/shared/context.js';
import type { Generated } from './generate.js';
import { percentile, timePairs } from './stats.js';
import { worklistPage } from './worklist.js';

/*
 * The pages of the web client, each as the server makes it (use case and
 * presenter, as its route does) against bare SQL reading the same rows in as
 * few statements as a hand-written query would, without screening. Both run
 * in this process on the same database, in alternation, so a noisy machine
 * slows both alike. The readers take turns: each organisation's archivist
 * (who reads everything) and a case worker (whom the read rule screens).
 */

export interface Quantiles {
  p50: number;
  p95: number;
}

export interface PageFigures {
  page: string;
  useCase: Quantiles;
  bare: Quantiles;
}

export interface Setup {
  db: Database;
  data: Generated;
  /** Per organisation, the readers who take turns: its archivist and a case worker. */
  readers: Ctx[][];
  samples: number;
}

export interface BenchPage {
  name: string;
  /** Picks what each sample reads (untimed) and returns the two ways of reading it. */
  prepare(s: Setup): Promise<{ useCase(i: number): Promise<unknown>; bare(i: number): Promise<unknown> }>;
}

/** What people type: subjects, stems, names, case numbers, phrases. */
export const QUERIES = [
  'byggesøknad',
  'klage vedtak',
  'Hansen',
  '2024/15',
  'garasje',
  'tilskudd',
  '"nytt bolighus"',
  'reguleringsplanen',
  'personalmappe Nordli',
  'skjenkebevilling',
];
const HEADLINE = 'MaxFragments=2, MaxWords=18, MinWords=6';
const PAGE_SIZE = 50;

const q = (xs: number[]): Quantiles => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });

/** The i-th sample's organisation and one of its cases, spread over the data. */
/** The i-th sample's organisation and reader: each organisation in turn, and in it the archivist and the case worker in turn. */
function readerOf(s: Setup, i: number) {
  const o = i % s.readers.length;
  const turn = s.readers[o]!;
  return { o, ctx: turn[Math.floor(i / s.readers.length) % turn.length]! };
}

function caseOf(s: Setup, i: number) {
  const { o, ctx } = readerOf(s, i);
  const org = s.data.organisations[o]!;
  return { o, org: org.id, ctx, id: org.cases[(i * 7919) % org.cases.length]! };
}

const searchPage: BenchPage = {
  name: 'search',
  async prepare(s) {
    const pick = (i: number) => ({ ...caseOf(s, i), text: QUERIES[Math.floor(i / (2 * s.readers.length)) % QUERIES.length]! });
    return {
      useCase: (i) => search(pick(i).ctx, { q: pick(i).text, pageSize: 20 }),
      // One statement: the hits (by their own vector, or a record by its documents' vectors), each ranked
      // with its documents, counted, the page's snippets cut from its text and its documents' text.
      async bare(i) {
        const { org, text } = pick(i);
        const docs = (what: RawBuilder<unknown>) =>
          sql`(SELECT ${what} FROM sok_dokument d WHERE d.organisasjon_id = ${org} AND d.journalpost_id = x.objekt_id AND d.sokevektor @@ q.q)`;
        await sql`WITH q AS (SELECT websearch_to_tsquery('norwegian', ${text}) AS q),
          treff AS (SELECT i.objekt_id FROM sok_indeks i, q WHERE i.organisasjon_id = ${org} AND i.sokevektor @@ q.q
            UNION SELECT d.journalpost_id FROM sok_dokument d, q WHERE d.organisasjon_id = ${org} AND d.sokevektor @@ q.q),
          side AS (SELECT x.objekt_id, x.objekt_type, x.nummer, x.dato, count(*) OVER () AS total,
              ts_rank_cd('{0.05,0.2,0.6,1.0}', x.sokevektor, q.q) + coalesce(${docs(sql`sum(ts_rank_cd('{0.05,0.2,0.6,1.0}', d.sokevektor, q.q))`)}, 0) AS rang
            FROM sok_indeks x JOIN treff USING (objekt_id), q WHERE x.organisasjon_id = ${org}
            ORDER BY rang DESC, x.dato DESC, x.objekt_type DESC, x.nummer LIMIT 20)
          SELECT side.*, x.tittel, x.status,
            ts_headline('norwegian', concat_ws(' · ', x.tekst, ${docs(sql`string_agg(d.tekst, ' · ' ORDER BY d.objekt_id)`)}), q.q, ${HEADLINE})
          FROM side JOIN sok_indeks x ON x.objekt_id = side.objekt_id AND x.organisasjon_id = ${org}, q
          ORDER BY side.rang DESC, side.dato DESC, side.objekt_type DESC, side.nummer`.execute(s.db);
      },
    };
  },
};

/** The case list: a page of 50 cases of one year, newest first, with the total (counted with the page, as a hand-written query would). */
const caseList: BenchPage = {
  name: 'case list',
  async prepare(s) {
    const pick = (i: number) => ({ ...caseOf(s, i), saksaar: 2019 + (i % 7), offset: ((i >> 3) % 4) * PAGE_SIZE });
    return {
      async useCase(i) {
        const { ctx, saksaar, offset } = pick(i);
        (await listSaksmapper(ctx, { saksaar, limit: PAGE_SIZE, offset })).items.map(presentSaksmappeListItem);
      },
      async bare(i) {
        const { org, saksaar, offset } = pick(i);
        await sql`SELECT s.*, e.navn AS enhet_navn, b.navn AS saksansvarlig_navn, p.total FROM (
            SELECT id, count(*) OVER () AS total FROM saksmappe WHERE organisasjon_id = ${org} AND saksaar = ${saksaar}
            ORDER BY saksaar DESC, sakssekvensnummer DESC LIMIT ${PAGE_SIZE} OFFSET ${offset}) p
          JOIN saksmappe s ON s.id = p.id AND s.organisasjon_id = ${org}
          LEFT JOIN administrativ_enhet e ON e.id = s.administrativ_enhet_id LEFT JOIN bruker b ON b.id = s.saksansvarlig_id
          ORDER BY s.saksaar DESC, s.sakssekvensnummer DESC`.execute(s.db);
      },
    };
  },
};

/**
 * The case page: the case with its names, class, project, secondary classes
 * and its lists' totals; the first page (50) of its parts, remarks, cross
 * references (with their targets' numbers), precedents and records (with
 * names and their parties' and remarks' totals); the first 10 parties and
 * remarks of each of those records.
 */
const casePage: BenchPage = {
  name: 'case page',
  async prepare(s) {
    return {
      useCase: async (i) => presentSaksmappe(await getSaksmappe(caseOf(s, i).ctx, caseOf(s, i).id)),
      async bare(i) {
        const { org, id } = caseOf(s, i);
        const where = sql`organisasjon_id = ${org} AND saksmappe_id = ${id}`;
        const count = (table: string, column: string) =>
          sql`(SELECT count(*) FROM ${sql.table(table)} x WHERE x.organisasjon_id = ${org} AND ${sql.ref(`x.${column}`)} = ${id})`;
        await sql`SELECT s.*, b.navn AS ansvarlig, a.navn AS avsluttet_av_navn, e.navn AS enhet, k.klassifikasjonssystem_id,
            k.tittel AS klasse, p.navn AS prosjekt, ${count('journalpost', 'saksmappe_id')}, ${count('part', 'saksmappe_id')},
            ${count('merknad', 'objekt_id')}, ${count('kryssreferanse', 'fra_id')}, ${count('presedens', 'saksmappe_id')}
          FROM saksmappe s JOIN bruker b ON b.id = s.saksansvarlig_id LEFT JOIN bruker a ON a.id = s.avsluttet_av
          JOIN administrativ_enhet e ON e.id = s.administrativ_enhet_id
          LEFT JOIN klasse k ON k.id = s.primaer_klasse_id LEFT JOIN prosjekt p ON p.id = s.prosjekt_id
          WHERE s.organisasjon_id = ${org} AND s.id = ${id}`.execute(s.db);
        await sql`SELECT x.*, k.tittel FROM saksmappe_sekundaerklasse x LEFT JOIN klasse k ON k.id = x.klasse_id
          WHERE x.organisasjon_id = ${org} AND x.saksmappe_id = ${id}`.execute(s.db);
        await sql`SELECT * FROM part WHERE ${where} ORDER BY opprettet_dato, id LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT m.*, b.navn FROM merknad m LEFT JOIN bruker b ON b.id = m.merknad_registrert_av
          WHERE m.organisasjon_id = ${org} AND m.objekt_id = ${id} ORDER BY m.merknadsdato, m.id LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT k.*, s.saksaar, s.sakssekvensnummer, j.journalpostnummer, js.saksaar, js.sakssekvensnummer, kl.klasse_id
          FROM kryssreferanse k LEFT JOIN saksmappe s ON s.id = k.til_id LEFT JOIN journalpost j ON j.id = k.til_id
          LEFT JOIN saksmappe js ON js.id = j.saksmappe_id LEFT JOIN klasse kl ON kl.id = k.til_id
          WHERE k.organisasjon_id = ${org} AND k.fra_id = ${id} ORDER BY k.opprettet_dato, k.id LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT * FROM presedens WHERE ${where} ORDER BY presedens_dato, id LIMIT ${PAGE_SIZE}`.execute(s.db);
        const records = await sql<{ id: string }>`SELECT j.*, b.navn AS saksbehandler, e.navn AS enhet,
            (SELECT count(*) FROM korrespondansepart k WHERE k.organisasjon_id = ${org} AND k.journalpost_id = j.id),
            (SELECT count(*) FROM merknad m WHERE m.organisasjon_id = ${org} AND m.objekt_id = j.id)
          FROM journalpost j LEFT JOIN bruker b ON b.id = j.saksbehandler_id LEFT JOIN administrativ_enhet e ON e.id = j.administrativ_enhet_id
          WHERE j.organisasjon_id = ${org} AND j.saksmappe_id = ${id} ORDER BY j.journalpostnummer LIMIT ${PAGE_SIZE}`.execute(s.db);
        const ids = sql`ANY(${records.rows.map((r) => r.id)}::uuid[])`;
        await sql`SELECT * FROM (SELECT k.*, row_number() OVER (PARTITION BY journalpost_id ORDER BY opprettet_dato, id) AS n
          FROM korrespondansepart k WHERE organisasjon_id = ${org} AND journalpost_id = ${ids}) k WHERE n <= 10`.execute(s.db);
        await sql`SELECT m.*, b.navn FROM (SELECT m.*, row_number() OVER (PARTITION BY objekt_id ORDER BY merknadsdato, id) AS n
          FROM merknad m WHERE organisasjon_id = ${org} AND objekt_id = ${ids}) m LEFT JOIN bruker b ON b.id = m.merknad_registrert_av
          WHERE n <= 10`.execute(s.db);
      },
    };
  },
};

/** The record page: the record (with its case's numbers, the first page of its parties and remarks with their totals) and, as the page asks next, its documents. */
const recordPage: BenchPage = {
  name: 'record page',
  async prepare(s) {
    const records = await Promise.all(
      s.data.organisations.map(async (org) => {
        const rows = await sql<{ id: string }>`SELECT id FROM journalpost WHERE organisasjon_id = ${org.id}
          ORDER BY md5(id::text) LIMIT ${Math.ceil(s.samples / s.readers.length) + 1}`.execute(s.db);
        return rows.rows.map((r) => r.id);
      }),
    );
    const pick = (i: number) => {
      const { o, ctx } = readerOf(s, i);
      const ids = records[o]!;
      return { o, org: s.data.organisations[o]!.id, ctx, id: ids[Math.floor(i / s.readers.length) % ids.length]! };
    };
    return {
      async useCase(i) {
        const { ctx, id } = pick(i);
        presentJournalpost(await getJournalpost(ctx, id));
        (await listDokumenter(ctx, id)).items.map(presentDokument);
      },
      async bare(i) {
        const { org, id } = pick(i);
        await sql`SELECT j.*, s.saksaar, s.sakssekvensnummer, b.navn AS saksbehandler, e.navn AS enhet,
            (SELECT count(*) FROM korrespondansepart k WHERE k.organisasjon_id = ${org} AND k.journalpost_id = j.id),
            (SELECT count(*) FROM merknad m WHERE m.organisasjon_id = ${org} AND m.objekt_id = j.id)
          FROM journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id LEFT JOIN bruker b ON b.id = j.saksbehandler_id
          LEFT JOIN administrativ_enhet e ON e.id = j.administrativ_enhet_id
          WHERE j.organisasjon_id = ${org} AND j.id = ${id}`.execute(s.db);
        await sql`SELECT * FROM korrespondansepart WHERE organisasjon_id = ${org} AND journalpost_id = ${id}
          ORDER BY opprettet_dato, id LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT m.*, b.navn FROM merknad m LEFT JOIN bruker b ON b.id = m.merknad_registrert_av
          WHERE m.organisasjon_id = ${org} AND m.objekt_id = ${id} ORDER BY m.merknadsdato, m.id LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT d.*, o.* FROM dokumentbeskrivelse d LEFT JOIN dokumentobjekt o ON o.dokumentbeskrivelse_id = d.id
          WHERE d.organisasjon_id = ${org} AND d.journalpost_id = ${id} ORDER BY d.dokumentnummer`.execute(s.db);
      },
    };
  },
};

/** The case's change log tab: the first page (100) of the case's and its parts' entries, with the total. */
const caseLog: BenchPage = {
  name: 'case change log',
  async prepare(s) {
    const first = { side: 1, perSide: 100 };
    return {
      useCase: async (i) => presentChangeLogPage(await listSaksmappeEndringslogg(caseOf(s, i).ctx, caseOf(s, i).id, first)),
      async bare(i) {
        const { org, id } = caseOf(s, i);
        const whose = sql`organisasjon_id = ${org}
          AND objekt_id IN (SELECT ${id}::uuid UNION ALL SELECT id FROM part WHERE organisasjon_id = ${org} AND saksmappe_id = ${id})`;
        await sql`SELECT *, count(*) OVER () AS total FROM endringslogg WHERE ${whose} ORDER BY id LIMIT 100`.execute(s.db);
      },
    };
  },
};

export const PAGES: readonly BenchPage[] = [searchPage, caseList, casePage, recordPage, caseLog, worklistPage];

/** Times every page, the use case and the bare SQL in alternation, after a few untimed rounds. */
export async function measurePages(db: Database, data: Generated, readers: Ctx[][], samples: number): Promise<PageFigures[]> {
  const out: PageFigures[] = [];
  // BENCH_PAGE=worklist (a part of a page's name) times only the pages it names, for a quick look at one figure.
  const only = process.env.BENCH_PAGE;
  for (const page of PAGES.filter((p) => !only || p.name.includes(only))) {
    const { useCase, bare } = await page.prepare({ db, data, readers, samples });
    const [a, b] = await timePairs(samples, useCase, bare);
    out.push({ page: page.name, useCase: q(a), bare: q(b) });
  }
  return out;
}
