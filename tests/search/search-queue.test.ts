import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import { search } from '../../src/features/sok/search.js';
import { runDueJobs } from '../../src/jobs/background.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, createCase, seedRecordsWorld } from '../records/records-world.js';
import { silentLog } from '../support/world.js';
import { createTestDatabase, engineName } from '../support/test-db.js';

/*
 * Issue 12 item 1: writes queue their search-index work (sok_ko, migration
 * 0035) in their own transaction and the index catches up off their path —
 * in the background (the job runner's sweep) and before every search of the
 * organisation — set-based, each object once.
 */
const handle = await createTestDatabase();
const queued = async () =>
  (await sql<{ kilde: string; objekt_id: string }>`SELECT kilde, objekt_id FROM sok_ko ORDER BY id`.execute(handle.db)).rows;
const indexed = async (id: string) =>
  (await sql<{ status: string }>`SELECT status FROM sok_indeks WHERE objekt_id = ${id}`.execute(handle.db)).rows;

describe(`the search index off the writer's path (${engineName()})`, () => {
  let ark: Ctx;

  beforeAll(async () => {
    await seedRecordsWorld(handle);
    ark = await as(handle, 'valer', 'ARK');
    await runDueJobs({ db: handle.db, log: silentLog, config: { dataDir: '/nonexistent' } });
  });
  afterAll(() => handle.close());

  it('queues a registration’s index work instead of doing it, and a search does it first', async () => {
    const sak = await createCase(ark, { tittel: 'Søknad om utslippstillatelse' });
    const record = await registerJournalpost(ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Søknad om utslipp fra renseanlegg',
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Torvald Kvernmo' }],
    });
    expect(await indexed(record.id)).toEqual([]);
    expect((await queued()).map((q) => q.objekt_id)).toEqual(expect.arrayContaining([sak.id, record.id]));
    // The record by its party's name, and its case by the same name (a case's row carries its records' parties).
    const hits = await search(ark, { q: 'Kvernmo' });
    expect(hits.items.map((h) => h.id).sort()).toEqual([sak.id, record.id].sort());
    expect(await queued()).toEqual([]);
  });

  it('closes a case of many records with one queue row per record, and the job runner catches up', async () => {
    const sak = await createCase(ark, { tittel: 'Tilsyn med renseanlegg' });
    const records = [];
    for (let i = 0; i < 12; i++) {
      records.push(await registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: `Tilsynsrapport ${i}` }));
    }
    await runDueJobs({ db: handle.db, log: silentLog, config: { dataDir: '/nonexistent' } });
    expect(await queued()).toEqual([]);
    await changeSaksstatus(ark, sak.id, { saksstatus: 'A' });
    const rows = await queued();
    expect(
      rows
        .filter((q) => q.kilde === 'journalpost')
        .map((q) => q.objekt_id)
        .sort(),
    ).toEqual(records.map((r) => r.id).sort());
    expect(await indexed(records[0]!.id)).toEqual([{ status: 'J' }]);
    await runDueJobs({ db: handle.db, log: silentLog, config: { dataDir: '/nonexistent' } });
    expect(await queued()).toEqual([]);
    for (const r of records) expect(await indexed(r.id)).toEqual([{ status: 'A' }]);
    expect(await indexed(sak.id)).toEqual([{ status: 'A' }]);
  });

  it('loses nothing a rolled-back write queued', async () => {
    const before = await queued();
    await expect(
      registerJournalpost(ark, '00000000-0000-4000-8000-000000000000', { journalposttype: 'I', tittel: 'Uten sak' }),
    ).rejects.toThrow();
    expect(await queued()).toEqual(before);
  });
});
