import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { isArkivdelExtracted, uttrekkRepository as runs } from '../../src/features/uttrekk/uttrekk-repository.js';
import type { Ctx } from '../../src/shared/context.js';
import { refusal, sql } from '../security/app-role.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { seedRecordsWorld } from '../records/records-world.js';
import { systemCtxFor } from '../support/world.js';

/*
 * The record of extractions (migration 0079) and the question disposal asks
 * of it (krav 6.1: nothing is disposed of that is not in a finished
 * extraction).
 */
describe(`arkivuttrekk runs (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let valer: Ctx;
  let asnes: Ctx;
  let arkivdelId: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    valer = await systemCtxFor(handle, 'valer');
    asnes = await systemCtxFor(handle, 'asnes');
    const org = valer.role.organisasjonId;
    arkivdelId = (await handle.db.selectFrom('arkivdel').select('id').where('organisasjon_id', '=', org).executeTakeFirstOrThrow()).id;
  });
  afterAll(() => handle.close());

  const start = (ctx: Ctx, extra: { periodeFra?: string; periodeTil?: string } = {}) =>
    inTenant(ctx, (tx) =>
      runs.startRun(tx, {
        organisasjonId: ctx.role.organisasjonId,
        arkivdelIder: [arkivdelId],
        periodeFra: extra.periodeFra ?? null,
        periodeTil: extra.periodeTil ?? null,
        utdataKatalog: '/tmp/uttrekk',
        opprettetAv: ctx.actor.brukerId,
      }),
    );
  const extracted = (ctx: Ctx) => inTenant(ctx, (tx) => isArkivdelExtracted(tx, ctx.role.organisasjonId, arkivdelId));
  const result = { antallMapper: 1, antallRegistreringer: 2, antallDokumentfiler: 3, sjekksumArkivuttrekk: 'a'.repeat(64) };

  it('an arkivdel counts as extracted only once a whole-part run has finished (not while it runs, not when it failed, not for a period)', async () => {
    const org = valer.role.organisasjonId;
    const failed = await start(valer);
    expect(await extracted(valer)).toBe(false);
    await inTenant(valer, (tx) => runs.failRun(tx, org, failed, 'Disken er full'));
    expect(await extracted(valer)).toBe(false);

    const period = await start(valer, { periodeFra: '2020-01-01', periodeTil: '2020-12-31' });
    await inTenant(valer, (tx) => runs.finishRun(tx, org, period, result));
    expect(await extracted(valer)).toBe(false);

    const whole = await start(valer);
    expect(await extracted(valer)).toBe(false);
    await inTenant(valer, (tx) => runs.finishRun(tx, org, whole, result));
    expect(await extracted(valer)).toBe(true);
    const row = await inTenant(valer, (tx) => runs.findRun(tx, org, whole));
    expect(row).toMatchObject({ status: 'fullført', antall_registreringer: 2, selvkontroll: null });
    expect(row?.fullfoert_dato).toBeInstanceOf(Date);
  });

  it('another organisation sees no extraction of this part', async () => {
    expect(await inTenant(asnes, (tx) => isArkivdelExtracted(tx, asnes.role.organisasjonId, arkivdelId))).toBe(false);
  });

  it('a finished run stays as it ended; only the self-check is added to it', async () => {
    const org = valer.role.organisasjonId;
    const id = await start(valer);
    await inTenant(valer, (tx) => runs.finishRun(tx, org, id, result));
    await inTenant(valer, (tx) => runs.setSelvkontroll(tx, org, id, { bestått: true }));
    expect((await inTenant(valer, (tx) => runs.findRun(tx, org, id)))?.selvkontroll).toEqual({ bestått: true });
    const rewrite = await refusal(valer, sql`UPDATE arkivuttrekk SET status = 'feilet' WHERE id = ${id}::uuid`);
    expect(rewrite.code).toBe('SG001');
    const remove = await refusal(valer, sql`DELETE FROM arkivuttrekk WHERE id = ${id}::uuid`);
    expect(remove.message).toMatch(/permission denied/);
  });
});
