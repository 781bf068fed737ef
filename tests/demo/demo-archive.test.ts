import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { loadDemo } from '../../src/features/demo/load-demo.js';
import { search } from '../../src/features/sok/search.js';
import { publicJournalLeaks } from '../offentlig-journal/demo-public-journal.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, silentLog } from '../support/world.js';

describe(`demo archive (${engineName()})`, () => {
  let handle: DatabaseHandle;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-demo-files-'));
  const counts = async () => {
    const n = async (table: string) =>
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(handle.db)).rows[0]!.n;
    return {
      saker: await n('saksmappe'),
      journalposter: await n('journalpost'),
      dokumenter: await n('dokumentbeskrivelse'),
      parter: await n('korrespondansepart'),
    };
  };

  beforeAll(async () => {
    process.env.FILES_DIR = filesDir;
    handle = await createTestDatabase();
    await loadDemo({ db: handle.db, now: () => new Date(), log: silentLog });
  }, 900_000);
  afterAll(async () => {
    await handle.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
    delete process.env.FILES_DIR;
  });

  it('gives the three organisations a few hundred cases and 1,000+ records, and loading again adds nothing', async () => {
    const first = await counts();
    expect(first.saker).toBeGreaterThanOrEqual(300);
    expect(first.journalposter).toBeGreaterThanOrEqual(1000);
    expect(first.dokumenter).toBeGreaterThan(250);
    await loadDemo({ db: handle.db, now: () => new Date(), log: silentLog });
    expect(await counts()).toEqual(first);
  });

  it('numbers cases and journal entries 1..N per organisation and year, with no gap', async () => {
    const series = await sql<{ org: string; aar: number; n: number; max: number; distinct: number }>`
      SELECT organisasjon_id AS org, saksaar AS aar, count(*)::int AS n, max(sakssekvensnummer) AS max,
        count(DISTINCT sakssekvensnummer)::int AS distinct FROM saksmappe GROUP BY 1, 2
      UNION ALL
      SELECT organisasjon_id, journalaar, count(*)::int, max(journalsekvensnummer), count(DISTINCT journalsekvensnummer)::int
      FROM journalpost WHERE journalaar IS NOT NULL GROUP BY 1, 2`.execute(handle.db);
    expect(series.rows.length).toBeGreaterThanOrEqual(3 * 4 * 2);
    for (const s of series.rows) expect([s.max, s.distinct]).toEqual([s.n, s.n]);
    const docs = await sql<{ gaps: number }>`
      SELECT count(*)::int AS gaps FROM saksmappe s
      WHERE s.siste_journalpostnummer <> (SELECT count(*) FROM journalpost j WHERE j.saksmappe_id = s.id)`.execute(handle.db);
    expect(docs.rows[0]!.gaps).toBe(0);
  });

  it('spreads statuses as a living archive: old cases closed, recent ones open', async () => {
    const rows = await sql<{ aar: number; status: string; n: number }>`
      SELECT saksaar AS aar, saksstatus AS status, count(*)::int AS n FROM saksmappe GROUP BY 1, 2`.execute(handle.db);
    const share = (aar: number) => {
      const of = rows.rows.filter((r) => r.aar === aar);
      return of.filter((r) => r.status === 'A').reduce((s, r) => s + r.n, 0) / of.reduce((s, r) => s + r.n, 0);
    };
    expect(share(2023)).toBeGreaterThan(0.8);
    expect(share(2026)).toBeLessThan(share(2023));
  });

  it('makes words inside the letters findable', async () => {
    const ctx = await ctxFor(handle, 'valer.arkivar', 'valer', 'ARK');
    const found = await search(ctx, { q: 'reguleringsplan', filters: { type: 'journalpost' } });
    expect(found.total).toBeGreaterThan(0);
    expect(found.items[0]!.utdrag?.some((p) => p.treff)).toBe(true);
  });

  it('shows the public no screened word, no screened party and no fødselsnummer in its journal, search and XML (issue 15)', async () => {
    const app = await createTestApp(handle);
    try {
      const { problems, records, searched } = await publicJournalLeaks(handle, app);
      expect(problems, problems.join('\n')).toEqual([]);
      expect(records).toBeGreaterThan(500);
      expect(searched).toBeGreaterThan(20);
    } finally {
      await app.close();
    }
  }, 300_000);
});
