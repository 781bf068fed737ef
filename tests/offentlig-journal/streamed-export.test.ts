import v8 from 'node:v8';
import vm from 'node:vm';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { EXPORT_BATCH, exportOffentligJournal } from '../../src/features/offentlig-journal/export-offentlig-journal.js';
import { as, createCase, seedRecordsWorld } from '../records/records-world.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { silentLog } from '../support/world.js';

/*
 * Issue 15 item 2: the offentligJournal export streams in constant memory.
 * A generated journal (bulk SQL, as the bench loads data) of RECORDS
 * records — the 100,000 on PostgreSQL; on the embedded database,
 * whose one connection the rest of the suite waits for, a modest 6,000,
 * since the batches are the same either way — each with a long title and
 * a party, is exported while the test
 * measures the heap after a forced collection at every batch: it may grow by
 * no more than a fraction of the XML written. An export that gathered the
 * file, or the records, before writing would hold all of it.
 */
const RECORDS = engineName() === 'postgres' ? 100_000 : 6_000;
const DAY = '2026-05-04';
const LONG = 'Søknad om dispensasjon fra reguleringsplanens bestemmelser om byggehøyde og utnyttelsesgrad for tilbygg';

// A collection on demand: V8's own gc(), exposed for this test only.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe(`the streamed offentligJournal export (${engineName()})`, () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    const ark = await as(handle, 'grue', 'ARK');
    const sak = await createCase(ark, { tittel: 'Masseregistrering' });
    // Loaded as the bench loads, with the row triggers (change log, search queue) off: what they make, the export never reads.
    await handle.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      await sql`INSERT INTO journalpost (organisasjon_id, saksmappe_id, registreringstype, journalaar, journalsekvensnummer,
        journalpostnummer, journalposttype, journalstatus, journaldato, tittel, opprettet_av)
      SELECT ${ark.role.organisasjonId}, ${sak.id}, 'journalpost', 2026, 100000 + n, n, CASE WHEN n % 2 = 0 THEN 'I' ELSE 'U' END, 'J',
        ${DAY}::date, ${LONG} || ' nr. ' || n, ${ark.actor.brukerId}
      FROM generate_series(1, ${RECORDS}) AS n`.execute(tx);
      await sql`INSERT INTO korrespondansepart (organisasjon_id, journalpost_id, korrespondanseparttype, navn, opprettet_av)
      SELECT organisasjon_id, id, 'EA', 'Avsender ' || journalpostnummer, opprettet_av FROM journalpost WHERE saksmappe_id = ${sak.id}`.execute(
        tx,
      );
    });
  }, 300_000);
  afterAll(async () => {
    await handle?.close();
  });

  it(`writes ${RECORDS} records a batch at a time, the heap growing by a fraction of the file`, async () => {
    gc();
    const base = process.memoryUsage().heapUsed;
    const { chunks } = await exportOffentligJournal(
      { db: handle.db, now: () => new Date(), log: silentLog },
      { organisasjonsnummer: '964947171', fra: DAY, til: DAY },
    );
    let peak = 0;
    let bytes = 0;
    let registreringer = 0;
    let pieces = 0;
    for await (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk);
      registreringer += chunk.split('<journalregistrering>').length - 1;
      pieces++;
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
    expect(registreringer).toBe(RECORDS);
    expect(pieces).toBeGreaterThanOrEqual(RECORDS / EXPORT_BATCH);
    expect(bytes).toBeGreaterThan(4_000_000);
    // One batch of rows and its XML, whatever the period: well under half the file (held whole, as UTF-16, it is twice the file).
    expect(peak, `heap grew ${peak} bytes for a ${bytes}-byte file`).toBeLessThan(bytes / 2);
  }, 300_000);
});
