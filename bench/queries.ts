import { sql } from 'kysely';
import type { Database } from '../src/db/open-database.js';
import { listDokumenter } from '../src/features/dokumenter/list-dokumenter.js';
import { getSaksmappe } from '../src/features/saksmappe/get-saksmappe.js';
import { search } from '../src/features/sok/search.js';
import type { Ctx } from '../src/shared/context.js';
import type { Generated } from './generate.js';
import { percentile, timeEach } from './stats.js';

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

const p = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });

/** The search use case against the same count and ranked, highlighted page as one bare SQL round trip each. */
export async function measureSearch(db: Database, data: Generated, archivists: Ctx[], samples: number) {
  const pick = (i: number) => ({ o: i % archivists.length, q: QUERIES[Math.floor(i / archivists.length) % QUERIES.length]! });
  const useCase = await timeEach(samples, (i) => search(archivists[pick(i).o]!, { q: pick(i).q, pageSize: 20 }));
  const bare = await timeEach(samples, async (i) => {
    const { o, q } = pick(i);
    const org = data.organisations[o]!.id;
    const tsq = sql`websearch_to_tsquery('norwegian', ${q})`;
    await sql`SELECT count(*) FROM sok_indeks WHERE organisasjon_id = ${org} AND sokevektor @@ ${tsq}`.execute(db);
    await sql`SELECT t.*, ts_headline('norwegian', t.tekst, ${tsq}, ${HEADLINE}) FROM (
        SELECT objekt_type, objekt_id, nummer, tittel, status, dato, tekst, ts_rank_cd('{0.05,0.2,0.6,1.0}', sokevektor, ${tsq}) AS rang
        FROM sok_indeks WHERE organisasjon_id = ${org} AND sokevektor @@ ${tsq} ORDER BY rang DESC, dato DESC LIMIT 20) t
      ORDER BY rang DESC, dato DESC`.execute(db);
  });
  return { useCase: p(useCase), bare: p(bare) };
}

/**
 * The case page: getSaksmappe (case, parts, remarks, references, records
 * with parties) plus each record's documents, as the page shows them,
 * against bare SQL reading the same rows.
 */
export async function measureCasePage(db: Database, data: Generated, archivists: Ctx[], samples: number) {
  const pick = (i: number) => {
    const o = i % archivists.length;
    const cases = data.organisations[o]!.cases;
    return { o, id: cases[(i * 7919) % cases.length]! };
  };
  const useCase = await timeEach(samples, async (i) => {
    const { o, id } = pick(i);
    const page = await getSaksmappe(archivists[o]!, id);
    for (const jp of page.journalposter) await listDokumenter(archivists[o]!, jp.record.id);
  });
  const bare = await timeEach(samples, async (i) => {
    const { o, id } = pick(i);
    const org = data.organisations[o]!.id;
    await sql`SELECT s.*, b.navn AS ansvarlig, e.navn AS enhet, k.klasse_id, k.tittel AS klasse FROM saksmappe s
      JOIN bruker b ON b.id = s.saksansvarlig_id JOIN administrativ_enhet e ON e.id = s.administrativ_enhet_id
      LEFT JOIN klasse k ON k.id = s.primaer_klasse_id WHERE s.organisasjon_id = ${org} AND s.id = ${id}`.execute(db);
    await sql`SELECT * FROM part WHERE organisasjon_id = ${org} AND saksmappe_id = ${id}`.execute(db);
    await sql`SELECT * FROM saksmappe_sekundaerklasse WHERE organisasjon_id = ${org} AND saksmappe_id = ${id}`.execute(db);
    await sql`SELECT * FROM merknad WHERE organisasjon_id = ${org} AND objekt_id IN (SELECT ${id}::uuid UNION ALL SELECT id FROM journalpost WHERE saksmappe_id = ${id})`.execute(
      db,
    );
    await sql`SELECT j.*, b.navn AS saksbehandler FROM journalpost j LEFT JOIN bruker b ON b.id = j.saksbehandler_id
      WHERE j.organisasjon_id = ${org} AND j.saksmappe_id = ${id} ORDER BY j.journalpostnummer`.execute(db);
    await sql`SELECT k.* FROM korrespondansepart k JOIN journalpost j ON j.id = k.journalpost_id WHERE j.organisasjon_id = ${org} AND j.saksmappe_id = ${id}`.execute(
      db,
    );
    await sql`SELECT d.*, o.* FROM dokumentbeskrivelse d JOIN journalpost j ON j.id = d.journalpost_id
      LEFT JOIN dokumentobjekt o ON o.dokumentbeskrivelse_id = d.id WHERE j.organisasjon_id = ${org} AND j.saksmappe_id = ${id}`.execute(
      db,
    );
  });
  return { useCase: p(useCase), bare: p(bare) };
}
