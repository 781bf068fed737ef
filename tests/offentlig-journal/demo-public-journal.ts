import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { N5_XSD, xmllintErrors } from '../support/xmllint.js';

/*
 * Issue 15 «done when»: the public journal of the whole demo archive — every
 * page, the search, the XML — holds no screened word, no screened party and
 * no fødselsnummer. What is hidden is read from the database (as the owner),
 * independently of the code under test: per record, the words of a screened
 * title its public title leaves out, the marked words, the names of screened
 * parties; every fødselsnummer a party or a case carries; and any run of
 * eleven digits at all.
 */

const ALL_TIME = 'fra=2000-01-01&til=2099-12-31';

interface Secret {
  text: string;
  /** The record whose entry must not show it. */
  journalpostId: string;
  what: string;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const words = (s: string) => s.split(/\s+/).filter((w) => w.length >= 4 && !/^\*+$/.test(w) && /\p{L}/u.test(w));

/** What the public must never see of each journalført record, read straight from the tables. */
async function secretsOf(handle: DatabaseHandle, orgId: string): Promise<{ secrets: Secret[]; fnr: string[] }> {
  const records = await sql<{
    id: string;
    tittel: string;
    offentlig_tittel: string | null;
    tilgangskode: string | null;
    skjermede_tittelord: number[];
    sak_tittel: string;
    sak_offentlig_tittel: string | null;
    sak_tilgangskode: string | null;
    sak_skjermede_tittelord: number[];
  }>`SELECT j.id, j.tittel, j.offentlig_tittel, j.tilgangskode, j.skjermede_tittelord,
        s.tittel AS sak_tittel, s.offentlig_tittel AS sak_offentlig_tittel, s.tilgangskode AS sak_tilgangskode,
        s.skjermede_tittelord AS sak_skjermede_tittelord
      FROM journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id
      WHERE j.organisasjon_id = ${orgId} AND j.journalstatus IN ('J', 'A')`.execute(handle.db);
  const secrets: Secret[] = [];
  const hiddenOf = (tittel: string, offentlig: string | null, kode: string | null, marked: number[]) => {
    const all = tittel.trim().split(/\s+/);
    if (marked.length > 0) return marked.map((i) => all[i]!).filter((w) => words(w).length > 0);
    if (kode === null) return [];
    const shown = new Set((offentlig ?? '').toLowerCase().split(/\s+/));
    return words(tittel).filter((w) => !shown.has(w.toLowerCase()));
  };
  for (const r of records.rows) {
    for (const text of hiddenOf(r.tittel, r.offentlig_tittel, r.tilgangskode, r.skjermede_tittelord)) {
      secrets.push({ text, journalpostId: r.id, what: 'a screened word of the record title' });
    }
    for (const text of hiddenOf(r.sak_tittel, r.sak_offentlig_tittel, r.sak_tilgangskode, r.sak_skjermede_tittelord)) {
      secrets.push({ text, journalpostId: r.id, what: 'a screened word of the case title' });
    }
  }
  const parties = await sql<{ journalpost_id: string; navn: string }>`
    SELECT k.journalpost_id, k.navn FROM korrespondansepart k JOIN journalpost j ON j.id = k.journalpost_id
    WHERE k.organisasjon_id = ${orgId} AND j.journalstatus IN ('J', 'A') AND (k.skjermet OR j.tilgangskode IS NOT NULL)`.execute(handle.db);
  for (const p of parties.rows) secrets.push({ text: p.navn, journalpostId: p.journalpost_id, what: 'a screened party' });
  const fnr = await sql<{ v: string }>`
    SELECT foedselsnummer AS v FROM korrespondansepart WHERE organisasjon_id = ${orgId} AND foedselsnummer IS NOT NULL
    UNION SELECT primaer_klasseverdi FROM saksmappe WHERE organisasjon_id = ${orgId} AND primaer_klasseverdi ~ '^[0-9]{11}$'
    UNION SELECT klasseverdi FROM saksmappe_sekundaerklasse WHERE organisasjon_id = ${orgId} AND klasseverdi ~ '^[0-9]{11}$'`.execute(
    handle.db,
  );
  return { secrets, fnr: fnr.rows.map((r) => r.v) };
}

/** Every problem found in the public journal of every demo organisation; [] when none. */
export async function publicJournalLeaks(
  handle: DatabaseHandle,
  app: FastifyInstance,
): Promise<{ problems: string[]; records: number; searched: number }> {
  const problems: string[] = [];
  let records = 0;
  let searched = 0;
  const orgs = await handle.db.selectFrom('organisasjon').select(['id', 'organisasjonsnummer']).execute();
  const get = (url: string) => app.inject({ method: 'GET', url });
  for (const org of orgs) {
    const base = `/api/offentlig/${org.organisasjonsnummer}`;
    const { secrets, fnr } = await secretsOf(handle, org.id);
    // Every page of the whole journal.
    const items: Json[] = [];
    const pages: string[] = [];
    for (let side = 1; ; side++) {
      const res = await get(`${base}/journal?${ALL_TIME}&perSide=200&side=${side}`);
      if (res.statusCode !== 200) problems.push(`${base} side ${side}: ${res.statusCode}`);
      pages.push(res.body);
      const body = res.json() as { items: Json[]; total: number };
      items.push(...body.items);
      if (items.length >= body.total || body.items.length === 0) break;
    }
    records += items.length;
    const byId = new Map(items.map((i) => [i.id as string, JSON.stringify(i).toLowerCase()]));
    for (const s of secrets) {
      if (byId.get(s.journalpostId)?.includes(s.text.toLowerCase()))
        problems.push(`${org.organisasjonsnummer}: ${s.what} «${s.text}» shown`);
    }
    const xml = await get(`${base}/journal.xml?${ALL_TIME}`);
    const everything = `${pages.join('\n')}\n${xml.body}`;
    for (const n of fnr) if (everything.includes(n)) problems.push(`${org.organisasjonsnummer}: fødselsnummer ${n} shown`);
    // Record and case ids are UUIDs, whose hex may hold eleven digits in a row: they are not what is looked for.
    const withoutIds = everything.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '');
    const elevenDigits = /(?<![0-9])[0-9]{6} ?[0-9]{5}(?![0-9])/.exec(withoutIds);
    if (elevenDigits) problems.push(`${org.organisasjonsnummer}: a fødselsnummer-like number ${elevenDigits[0]} shown`);
    // The search (every word, as a substring): a hidden word the public sees nowhere finds nothing and counts 0.
    const shown = everything.toLowerCase();
    const hidden = [...new Set([...secrets.flatMap((s) => s.text.split(/\s+/)), ...fnr])].filter(
      (w) => w.length >= 3 && !shown.includes(w.toLowerCase()),
    );
    for (const w of hidden) {
      searched++;
      const res = await get(`${base}/journal?${ALL_TIME}&q=${encodeURIComponent(w)}`);
      const total = (res.json() as { total: number }).total;
      if (total !== 0) problems.push(`${org.organisasjonsnummer}: search for hidden «${w}» counts ${total}`);
    }
    if (items.length > 0) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-offentlig-journal-'));
      try {
        fs.writeFileSync(path.join(dir, 'j.xml'), xml.body);
        for (const e of xmllintErrors(path.join(dir, 'j.xml'), path.join(N5_XSD, 'offentligJournal.xsd'))) problems.push(`XML: ${e}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  return { problems, records, searched };
}
