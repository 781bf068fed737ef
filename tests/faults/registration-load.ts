import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import type { Client } from '../support/test-app.js';

export interface Acknowledged {
  id: string;
  saksmappeId: string;
  journalsekvensnummer: number;
  journalpostnummer: number;
}

export interface LoadResult {
  acknowledged: Acknowledged[];
  /** Every answer that was not a 2xx, by status and code. */
  refused: LightMyRequestResponse[];
}

/**
 * `workers` clients register records into `caseIds` (round robin, so
 * several writers contend for each case's numbers) until `stop()` says so.
 * A refused request is not retried: the test checks what was acknowledged.
 */
export async function registerUnderLoad(client: Client, caseIds: string[], workers: number, stop: () => boolean): Promise<LoadResult> {
  const acknowledged: Acknowledged[] = [];
  const refused: LightMyRequestResponse[] = [];
  let n = 0;
  const worker = async () => {
    while (!stop()) {
      const saksmappeId = caseIds[n++ % caseIds.length]!;
      const res = await client.request('POST', `/api/saksmapper/${saksmappeId}/journalposter`, {
        journalposttype: 'I',
        tittel: `Brev ${n}`,
      });
      if (res.statusCode === 201) {
        const body = res.json();
        acknowledged.push({
          id: body.id,
          saksmappeId,
          journalsekvensnummer: body.journalsekvensnummer,
          journalpostnummer: body.journalpostnummer,
        });
      } else {
        refused.push(res);
        // Give a broken pool a moment, as a client honouring Retry-After would (shorter, to keep the test fast).
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { acknowledged, refused };
}

/** Every refusal is the clear 503 of a lost connection, never a 500. */
export function expectOnlyDatabaseUnavailable(refused: LightMyRequestResponse[]): void {
  for (const res of refused) {
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json().code).toBe('DATABASE_UNAVAILABLE');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  }
}

/**
 * Every acknowledged record is stored with the numbers it was given, and
 * the numbers have no gaps: journal sequence numbers 1..n in the
 * organisation's year, record numbers 1..k in each case.
 */
export async function expectAcknowledgedAndGapless(handle: DatabaseHandle, orgId: string, acknowledged: Acknowledged[]): Promise<void> {
  const rows = await handle.db
    .selectFrom('journalpost')
    .select(['id', 'saksmappe_id', 'journalaar', 'journalsekvensnummer', 'journalpostnummer'])
    .where('organisasjon_id', '=', orgId)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const ack of acknowledged) {
    const row = byId.get(ack.id);
    expect(row, `acknowledged record ${ack.id} is missing`).toBeDefined();
    expect([row!.journalsekvensnummer, row!.journalpostnummer]).toEqual([ack.journalsekvensnummer, ack.journalpostnummer]);
  }
  for (const yearRows of groupBy(rows, (r) => r.journalaar)) expectOneToN(yearRows.map((r) => Number(r.journalsekvensnummer)));
  for (const caseRows of groupBy(rows, (r) => r.saksmappe_id)) expectOneToN(caseRows.map((r) => r.journalpostnummer));
}

function groupBy<T>(items: T[], key: (item: T) => unknown): T[][] {
  const groups = new Map<unknown, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

function expectOneToN(numbers: number[]): void {
  const sorted = [...numbers].sort((a, b) => a - b);
  expect(sorted).toEqual(sorted.map((_, i) => i + 1));
}
