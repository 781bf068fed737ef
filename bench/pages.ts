import { sql } from 'kysely';
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

/*
 * The pages of the web client, each as the server makes it (use case and
 * presenter, as its route does) against bare SQL reading the same rows in as
 * few statements as a hand-written query would, without screening. Both run
 * in this process on the same database, in alternation, so a noisy machine
 * slows both alike.
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

interface Setup {
  db: Database;
  data: Generated;
  archivists: Ctx[];
  samples: number;
}

interface BenchPage {
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
function caseOf(s: Setup, i: number) {
  const o = i % s.archivists.length;
  const org = s.data.organisations[o]!;
  return { o, org: org.id, ctx: s.archivists[o]!, id: org.cases[(i * 7919) % org.cases.length]! };
}

const searchPage: BenchPage = {
  name: 'search',
  async prepare(s) {
    const pick = (i: number) => ({ ...caseOf(s, i), text: QUERIES[Math.floor(i / s.archivists.length) % QUERIES.length]! });
    return {
      useCase: (i) => search(pick(i).ctx, { q: pick(i).text, pageSize: 20 }),
      async bare(i) {
        const { org, text } = pick(i);
        const tsq = sql`websearch_to_tsquery('norwegian', ${text})`;
        await sql`SELECT count(*) FROM sok_indeks WHERE organisasjon_id = ${org} AND sokevektor @@ ${tsq}`.execute(s.db);
        await sql`SELECT t.*, ts_headline('norwegian', t.tekst, ${tsq}, ${HEADLINE}) FROM (
            SELECT objekt_type, objekt_id, nummer, tittel, status, dato, tekst, ts_rank_cd('{0.05,0.2,0.6,1.0}', sokevektor, ${tsq}) AS rang
            FROM sok_indeks WHERE organisasjon_id = ${org} AND sokevektor @@ ${tsq} ORDER BY rang DESC, dato DESC LIMIT 20) t
          ORDER BY rang DESC, dato DESC`.execute(s.db);
      },
    };
  },
};

/** The case list: a page of 50 cases of one year, newest first, with the total. */
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
        await sql`SELECT s.*, e.navn AS enhet_navn, b.navn AS saksansvarlig_navn FROM saksmappe s
          LEFT JOIN administrativ_enhet e ON e.id = s.administrativ_enhet_id LEFT JOIN bruker b ON b.id = s.saksansvarlig_id
          WHERE s.organisasjon_id = ${org} AND s.saksaar = ${saksaar}
          ORDER BY s.saksaar DESC, s.sakssekvensnummer DESC LIMIT ${PAGE_SIZE} OFFSET ${offset}`.execute(s.db);
        await sql`SELECT count(*) FROM saksmappe s WHERE s.organisasjon_id = ${org} AND s.saksaar = ${saksaar}`.execute(s.db);
      },
    };
  },
};

/** The case page: the case with its classes, parts, remarks, references, precedents and records with their parties. */
const casePage: BenchPage = {
  name: 'case page',
  async prepare(s) {
    return {
      useCase: async (i) => presentSaksmappe(await getSaksmappe(caseOf(s, i).ctx, caseOf(s, i).id)),
      async bare(i) {
        const { org, id } = caseOf(s, i);
        const where = sql`organisasjon_id = ${org} AND saksmappe_id = ${id}`;
        await sql`SELECT s.*, b.navn AS ansvarlig, a.navn AS avsluttet_av_navn, e.navn AS enhet, k.klassifikasjonssystem_id,
            k.tittel AS klasse, p.navn AS prosjekt FROM saksmappe s
          JOIN bruker b ON b.id = s.saksansvarlig_id LEFT JOIN bruker a ON a.id = s.avsluttet_av
          JOIN administrativ_enhet e ON e.id = s.administrativ_enhet_id
          LEFT JOIN klasse k ON k.id = s.primaer_klasse_id LEFT JOIN prosjekt p ON p.id = s.prosjekt_id
          WHERE s.organisasjon_id = ${org} AND s.id = ${id}`.execute(s.db);
        await sql`SELECT x.*, k.tittel FROM saksmappe_sekundaerklasse x LEFT JOIN klasse k ON k.id = x.klasse_id
          WHERE x.organisasjon_id = ${org} AND x.saksmappe_id = ${id}`.execute(s.db);
        await sql`SELECT * FROM part WHERE ${where} ORDER BY opprettet_dato, id LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT * FROM kryssreferanse WHERE organisasjon_id = ${org} AND fra_id = ${id} LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT * FROM presedens WHERE ${where} LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT j.*, b.navn AS saksbehandler, e.navn AS enhet FROM journalpost j
          LEFT JOIN bruker b ON b.id = j.saksbehandler_id LEFT JOIN administrativ_enhet e ON e.id = j.administrativ_enhet_id
          WHERE j.organisasjon_id = ${org} AND j.saksmappe_id = ${id} ORDER BY j.journalpostnummer LIMIT ${PAGE_SIZE}`.execute(s.db);
        await sql`SELECT m.*, b.navn FROM merknad m LEFT JOIN bruker b ON b.id = m.merknad_registrert_av
          WHERE m.organisasjon_id = ${org} AND m.objekt_id IN (SELECT ${id}::uuid UNION ALL SELECT id FROM journalpost WHERE ${where})`.execute(
          s.db,
        );
        await sql`SELECT k.* FROM korrespondansepart k JOIN journalpost j ON j.id = k.journalpost_id
          WHERE j.organisasjon_id = ${org} AND j.saksmappe_id = ${id}`.execute(s.db);
      },
    };
  },
};

/** The record page: the record (with its case's numbers, parties, remarks) and, as the page asks next, its documents. */
const recordPage: BenchPage = {
  name: 'record page',
  async prepare(s) {
    const records = await Promise.all(
      s.data.organisations.map(async (org) => {
        const rows = await sql<{ id: string }>`SELECT id FROM journalpost WHERE organisasjon_id = ${org.id}
          ORDER BY md5(id::text) LIMIT ${Math.ceil(s.samples / s.archivists.length) + 1}`.execute(s.db);
        return rows.rows.map((r) => r.id);
      }),
    );
    const pick = (i: number) => {
      const o = i % s.archivists.length;
      const ids = records[o]!;
      return { o, org: s.data.organisations[o]!.id, ctx: s.archivists[o]!, id: ids[Math.floor(i / s.archivists.length) % ids.length]! };
    };
    return {
      async useCase(i) {
        const { ctx, id } = pick(i);
        presentJournalpost(await getJournalpost(ctx, id));
        (await listDokumenter(ctx, id)).items.map(presentDokument);
      },
      async bare(i) {
        const { org, id } = pick(i);
        await sql`SELECT j.*, s.saksaar, s.sakssekvensnummer, b.navn AS saksbehandler, e.navn AS enhet FROM journalpost j
          JOIN saksmappe s ON s.id = j.saksmappe_id LEFT JOIN bruker b ON b.id = j.saksbehandler_id
          LEFT JOIN administrativ_enhet e ON e.id = j.administrativ_enhet_id
          WHERE j.organisasjon_id = ${org} AND j.id = ${id}`.execute(s.db);
        await sql`SELECT * FROM korrespondansepart WHERE organisasjon_id = ${org} AND journalpost_id = ${id}`.execute(s.db);
        await sql`SELECT m.*, b.navn FROM merknad m LEFT JOIN bruker b ON b.id = m.merknad_registrert_av
          WHERE m.organisasjon_id = ${org} AND m.objekt_id = ${id}`.execute(s.db);
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
        await sql`SELECT * FROM endringslogg WHERE ${whose} ORDER BY id LIMIT 100`.execute(s.db);
        await sql`SELECT count(*) FROM endringslogg WHERE ${whose}`.execute(s.db);
      },
    };
  },
};

export const PAGES: readonly BenchPage[] = [searchPage, caseList, casePage, recordPage, caseLog];

/** Times every page, the use case and the bare SQL in alternation, after a few untimed rounds. */
export async function measurePages(db: Database, data: Generated, archivists: Ctx[], samples: number): Promise<PageFigures[]> {
  const out: PageFigures[] = [];
  for (const page of PAGES) {
    const { useCase, bare } = await page.prepare({ db, data, archivists, samples });
    const [a, b] = await timePairs(samples, useCase, bare);
    out.push({ page: page.name, useCase: q(a), bare: q(b) });
  }
  return out;
}
