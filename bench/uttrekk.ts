import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database } from '../src/db/open-database.js';
import { createDocumentStores } from '../src/features/sikker-sone/document-stores.js';
import { exportArkivuttrekk } from '../src/features/uttrekk/export-arkivuttrekk.js';
import type { Log } from '../src/shared/context.js';
import { systemOwnerCtx } from '../src/shared/system-actor.js';
import type { Generated } from './generate.js';
import { nowMs, sampleRss } from './stats.js';

export interface UttrekkFigures {
  journalposter: number;
  exportMs: number;
  copyMs: number;
  exportBytes: number;
  copyBytes: number;
  peakRssMb: number;
}

/**
 * Issue 17: the arkivuttrekk of every organisation's case archive (all the
 * step's journalposter) beside PostgreSQL's `COPY (SELECT …) TO` of the same
 * rows — the records with their case, parties, documents and change log,
 * as text — the least the database itself can do to hand the data out. The
 * case archives are closed for the measurement (status P, as the export
 * requires) past the database's guards and opened again after. The bench's
 * documents have no bytes in a store and are in no approved format, so the
 * export writes their metadata only. The self-check is not part of the
 * figure. Peak RSS of this process while the export runs. PostgreSQL only:
 * COPY … TO has no twin on PGlite.
 */
export async function measureUttrekk(db: Database, data: Generated, log: Log): Promise<UttrekkFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-bench-uttrekk-'));
  const orgIds = data.organisations.map((o) => o.id);
  await setSakStatus(db, orgIds, 'P');
  try {
    const stores = createDocumentStores({ dataDir: dir }, log);
    const rss = sampleRss();
    let t = nowMs();
    let exportBytes = 0;
    for (const org of data.organisations) {
      const out = path.join(dir, org.kortnavn);
      await exportArkivuttrekk(systemOwnerCtx(db, org.id, log), stores, { arkivdel: 'SAK', out, selvkontroll: false });
      exportBytes += folderBytes(out);
    }
    const exportMs = nowMs() - t;
    const peakRssMb = rss.stop();
    t = nowMs();
    const copyBytes = await copyTo(db, orgIds);
    const copyMs = nowMs() - t;
    return { journalposter: data.journalposter, exportMs, copyMs, exportBytes, copyBytes, peakRssMb };
  } finally {
    await setSakStatus(db, orgIds, 'A');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The case archive SAK of each organisation closed or opened again, past the period guards (the bench's data has open cases). */
async function setSakStatus(db: Database, orgIds: string[], status: 'A' | 'P') {
  await db.transaction().execute(async (tx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`UPDATE arkivdel SET arkivdelstatus = ${status}, avsluttet_dato = ${status === 'P' ? sql`now()` : null}
      WHERE kortnavn = 'SAK' AND organisasjon_id = ANY(${orgIds}::uuid[])`.execute(tx);
  });
}

function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = path.join(dir, e.name);
    return sum + (e.isDirectory() ? folderBytes(p) : fs.statSync(p).size);
  }, 0);
}

/**
 * The same rows through COPY … TO a file: the records with case and class,
 * their parties, their documents and file objects, the change log of cases
 * and records. The server writes the files itself (the bench connects as a
 * superuser to a server on this machine), so nothing but PostgreSQL's own
 * work is counted.
 */
async function copyTo(db: Database, orgIds: string[]): Promise<number> {
  // A folder of its own the server may write into (the export's temp folder is private to this process).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-bench-copy-'));
  fs.chmodSync(dir, 0o777);
  try {
    return await copyInto(db, orgIds, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function copyInto(db: Database, orgIds: string[], dir: string): Promise<number> {
  const inSak = sql`s.arkivdel_id IN (SELECT id FROM arkivdel WHERE kortnavn = 'SAK' AND organisasjon_id = ANY(${sql.lit(`{${orgIds.join(',')}}`)}::uuid[]))`;
  const queries = {
    journalpost: sql`SELECT j.*, s.saksaar, s.sakssekvensnummer, s.tittel AS sak_tittel, s.saksstatus, k.klasse_id, k.tittel AS klasse_tittel
      FROM journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id LEFT JOIN klasse k ON k.id = s.primaer_klasse_id WHERE ${inSak}
      ORDER BY s.arkivdel_id, s.saksaar, s.sakssekvensnummer, j.journalpostnummer`,
    korrespondansepart: sql`SELECT p.* FROM korrespondansepart p JOIN journalpost j ON j.id = p.journalpost_id
      JOIN saksmappe s ON s.id = j.saksmappe_id WHERE ${inSak}`,
    dokument: sql`SELECT d.*, o.id AS objekt_id, o.format, o.sjekksum, o.filstoerrelse FROM dokumentbeskrivelse d
      JOIN dokumentobjekt o ON o.dokumentbeskrivelse_id = d.id JOIN journalpost j ON j.id = d.journalpost_id
      JOIN saksmappe s ON s.id = j.saksmappe_id WHERE ${inSak}`,
    endringslogg: sql`SELECT l.* FROM endringslogg l JOIN saksmappe s ON s.id = l.objekt_id WHERE l.objekt_type = 'saksmappe' AND ${inSak}
      UNION ALL SELECT l.* FROM endringslogg l JOIN journalpost j ON j.id = l.objekt_id JOIN saksmappe s ON s.id = j.saksmappe_id
      WHERE l.objekt_type = 'journalpost' AND ${inSak}`,
  };
  let bytes = 0;
  for (const [name, query] of Object.entries(queries)) {
    const file = path.join(dir, `${name}.tsv`);
    await sql`COPY (${query}) TO ${sql.lit(file)}`.execute(db);
    bytes += fs.statSync(file).size;
  }
  return bytes;
}
