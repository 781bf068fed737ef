import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { setupStandardArkiv } from '../../src/features/arkivstruktur/setup-standard-arkiv.js';
import { loadClosedPeriod } from '../../src/features/demo-arkiv/closed-period.js';
import { ensureDemoPeople } from '../../src/features/demo-arkiv/people.js';
import { createDocumentStores, type DocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import type { Ctx } from '../../src/shared/context.js';
import { seedWorld, silentLog, systemCtxFor } from '../support/world.js';

export interface UttrekkWorld {
  sys: Ctx;
  stores: DocumentStores;
  /** A scratch folder for packages and files, removed by `cleanup`. */
  tmp: string;
  cleanup(): void;
}

/**
 * Våler with the demo's closed period (arkivdel SAK2016: cases, records,
 * PDFs, screened cases; closed) made through the same loader as the demo,
 * its files in a scratch store.
 */
export async function closedPeriodWorld(handle: DatabaseHandle): Promise<UttrekkWorld> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-uttrekk-'));
  await seedWorld(handle);
  const sys = await systemCtxFor(handle, 'valer');
  const stores = createDocumentStores({ dataDir: path.join(tmp, 'data') }, silentLog, {
    ...process.env,
    FILES_DIR: path.join(tmp, 'files'),
  });
  const structure = await setupStandardArkiv(sys);
  const people = await ensureDemoPeople(sys, 'valer');
  await loadClosedPeriod(sys, 'valer', stores, people, structure);
  return { sys, stores, tmp, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

/**
 * Breaks the closed period's journal: a journalpost numbered outside its
 * series (a gap the self-check's SG.01 finds), written past the database's
 * guards as an old import might have.
 */
export async function breakJournalSeries(handle: DatabaseHandle, organisasjonId: string): Promise<void> {
  await handle.db.transaction().execute(async (tx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`INSERT INTO journalpost (organisasjon_id, saksmappe_id, registreringstype, journalaar, journalsekvensnummer,
        journalpostnummer, journalposttype, journalstatus, journaldato, tittel, opprettet_av)
      SELECT s.organisasjon_id, s.id, 'journalpost', 2018, 9000, 900, 'I', 'J', '2018-06-01', 'Brev utenfor serien', s.opprettet_av
      FROM saksmappe s JOIN arkivdel d ON d.id = s.arkivdel_id WHERE d.kortnavn = 'SAK2016' AND s.organisasjon_id = ${organisasjonId}
      ORDER BY s.saksaar, s.sakssekvensnummer LIMIT 1`.execute(tx);
  });
}
