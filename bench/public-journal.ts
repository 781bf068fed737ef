import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.js';
import type { DatabaseHandle } from '../src/db/open-database.js';
import { buildApp } from '../src/http/app.js';
import type { Generated } from './generate.js';
import { nowMs, percentile } from './stats.js';

/** What one URL gave under load: requests per second and latency. */
export interface Load {
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

/**
 * Issue 15: the public journal under many readers. The real server (Fastify,
 * the same app as `npm start`) listens on a local port; `clients` concurrent
 * HTTP clients (keep-alive, no cache, no If-None-Match: every request does
 * the work) fetch the first page of a month of one organisation's public
 * journal for `seconds`, then a minimal page of the same server (a route
 * answering `{"ok":true}` without the database) for as long — the yardstick
 * for what the framework itself costs.
 */
export async function measurePublicJournal(
  handle: DatabaseHandle,
  data: Generated,
  clients: number,
  seconds: number,
): Promise<{ journal: Load; minimal: Load; url: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-bench-public-'));
  const app = await buildApp({ db: handle.db, engine: handle.engine, config: { ...loadConfig({}), dataDir } }, false);
  app.get('/bench/minimal', async () => ({ ok: true }));
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const org = data.organisations[0]!;
    const row = await sql<{ orgnr: string; til: string }>`
      SELECT o.organisasjonsnummer AS orgnr, max(j.journaldato)::text AS til
      FROM organisasjon o JOIN journalpost j ON j.organisasjon_id = o.id
      WHERE o.id = ${org.id} AND j.journalstatus IN ('J', 'A') GROUP BY 1`.execute(handle.db);
    const { orgnr, til } = row.rows[0]!;
    const fra = new Date(Date.parse(`${til}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
    const url = `/api/offentlig/${orgnr}/journal?fra=${fra}&til=${til}`;
    const journal = await load(`${base}${url}`, clients, seconds);
    const minimal = await load(`${base}/bench/minimal`, clients, seconds);
    return { journal, minimal, url };
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `clients` loops fetching `url` back to back: a second's warm-up, then `seconds` counted. */
async function load(url: string, clients: number, seconds: number): Promise<Load> {
  const warmUntil = nowMs() + 1000;
  const until = warmUntil + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const loop = async () => {
    for (;;) {
      const start = nowMs();
      if (start >= until) return;
      const res = await fetch(url);
      await res.arrayBuffer();
      const end = nowMs();
      if (start < warmUntil) continue;
      if (res.status !== 200) errors++;
      latencies.push(end - start);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), errors };
}
