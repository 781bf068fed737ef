import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { registerArkivnotat, registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { moveJournalpost } from '../../src/features/journalpost/move-journalpost.js';
import { createSaksmappe } from '../../src/features/saksmappe/create-saksmappe.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { as, at, byggesak, createCase, seedRecordsWorld } from './records-world.js';

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
const sorted = (xs: (number | null)[]) => [...xs].map(Number).sort((a, b) => a - b);

async function journalNumbers(ctx: Ctx, aar: number) {
  const rows = await inTenant(ctx, (tx) =>
    tx
      .selectFrom('journalpost')
      .select('journalsekvensnummer')
      .where('organisasjon_id', '=', ctx.role.organisasjonId)
      .where('journalaar', '=', aar)
      .execute(),
  );
  return sorted(rows.map((r) => r.journalsekvensnummer));
}

async function caseNumbers(ctx: Ctx, aar: number) {
  const rows = await inTenant(ctx, (tx) =>
    tx
      .selectFrom('saksmappe')
      .select('sakssekvensnummer')
      .where('organisasjon_id', '=', ctx.role.organisasjonId)
      .where('saksaar', '=', aar)
      .execute(),
  );
  return sorted(rows.map((r) => r.sakssekvensnummer));
}

describe(`numbering (${engineName()})`, () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
  });
  afterAll(async () => handle.close());

  it('numbers cases and records one after another and formats them 2026/1-1', async () => {
    const ark = at(await as(handle, 'valer', 'ARK'), '2026-03-02T10:00:00Z');
    const sb = await as(handle, 'valer', 'SB');
    // The case worker owns case a, so the change rule lets them register in it.
    const a = await createCase(ark, { saksansvarligId: sb.actor.brukerId });
    const b = await createCase(ark);
    expect([a.saksaar, a.sakssekvensnummer, b.sakssekvensnummer]).toEqual([2026, 1, 2]);
    const j1 = await registerJournalpost(ark, a.id, { journalposttype: 'I', tittel: 'Søknad' });
    const j2 = await registerJournalpost(ark, b.id, { journalposttype: 'I', tittel: 'Søknad' });
    const j3 = await registerJournalpost(ark, a.id, { journalposttype: 'U', tittel: 'Svar', journalstatus: 'R' }).catch(() => null);
    expect([j1.journalaar, j1.journalsekvensnummer, j1.journalpostnummer]).toEqual([2026, 1, 1]);
    expect([j2.journalsekvensnummer, j2.journalpostnummer]).toEqual([2, 1]);
    // The archive may not reserve an own document (R is for authors), so j3 fails and takes nothing.
    expect(j3).toBeNull();
    const j4 = await registerJournalpost(sb, a.id, { journalposttype: 'U', tittel: 'Svar' });
    expect(j4.journalpostnummer).toBe(2);
  });

  it('leaves no gap when a registration fails after taking its numbers', async () => {
    const sb = at(await as(handle, 'asnes', 'SB'), '2026-05-05T10:00:00Z');
    const sak = await createCase(sb);
    await registerJournalpost(sb, sak.id, { journalposttype: 'N', tittel: 'Notat 1' });
    // The party's unknown saksbehandler is found only after the numbers are taken and the record inserted.
    await expect(
      registerJournalpost(sb, sak.id, {
        journalposttype: 'U',
        tittel: 'Brev',
        korrespondanseparter: [{ korrespondanseparttype: 'IA', navn: 'Intern', saksbehandlerId: '11111111-1111-4111-8111-111111111111' }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'korrespondanseparter.0.saksbehandlerId' }] });
    // The cross reference's target is checked after the case has its number and row.
    const nowhere = '22222222-2222-4222-8222-222222222222';
    await expect(
      createSaksmappe(sb, byggesak('Feil', { kryssreferanser: [{ tilType: 'saksmappe', tilId: nowhere }] })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'tilId' }],
    });
    const next = await registerJournalpost(sb, sak.id, { journalposttype: 'N', tittel: 'Notat 2' });
    const nextCase = await createCase(sb);
    expect([next.journalsekvensnummer, next.journalpostnummer]).toEqual([2, 2]);
    expect(nextCase.sakssekvensnummer).toBe(sak.sakssekvensnummer + 1);
  });

  it('starts each year at 1 and counts each organisation separately', async () => {
    const valer = at(await as(handle, 'valer', 'SB'), '2027-01-01T00:30:00+01:00');
    const grue = at(await as(handle, 'grue', 'SB'), '2027-06-01T10:00:00Z');
    const v = await createCase(valer);
    const g = await createCase(grue);
    expect([v.saksaar, v.sakssekvensnummer]).toEqual([2027, 1]);
    expect([g.saksaar, g.sakssekvensnummer]).toEqual([2027, 1]);
    const vj = await registerJournalpost(valer, v.id, { journalposttype: 'X', tittel: 'Notat' });
    const gj = await registerJournalpost(grue, g.id, { journalposttype: 'X', tittel: 'Notat' });
    expect([vj.journalaar, vj.journalsekvensnummer, gj.journalsekvensnummer]).toEqual([2027, 1, 1]);
    // 00:30 on New Year's Day in Oslo is still 2026 in UTC; the Norwegian calendar decides.
    expect(v.saksdato).toBe('2027-01-01');
  });

  it('gives an arkivnotat a journalpostnummer in the case but no journal numbers', async () => {
    const sb = at(await as(handle, 'grue', 'SB'), '2026-08-01T10:00:00Z');
    const sak = await createCase(sb);
    const notat = await registerArkivnotat(sb, sak.id, { tittel: 'Telefonnotat' });
    const jp = await registerJournalpost(sb, sak.id, { journalposttype: 'U', tittel: 'Brev' });
    expect([notat.registreringstype, notat.journalaar, notat.journalsekvensnummer, notat.journalpostnummer]).toEqual([
      'arkivnotat',
      null,
      null,
      1,
    ]);
    expect(jp.journalpostnummer).toBe(2);
  });

  it('gives a moved record the next number in its new case and keeps its journal numbers', async () => {
    const ark = at(await as(handle, 'grue', 'ARK'), '2028-02-01T10:00:00Z');
    const from = await createCase(ark);
    const to = await createCase(ark);
    await registerJournalpost(ark, to.id, { journalposttype: 'I', tittel: 'Første' });
    const wrong = await registerJournalpost(ark, from.id, { journalposttype: 'I', tittel: 'Feilregistrert' });
    const moved = await moveJournalpost(ark, wrong.id, { saksmappeId: to.id });
    expect([moved.saksmappe_id, moved.journalpostnummer]).toEqual([to.id, 2]);
    expect([moved.journalaar, moved.journalsekvensnummer]).toEqual([wrong.journalaar, wrong.journalsekvensnummer]);
    const after = await registerJournalpost(ark, from.id, { journalposttype: 'I', tittel: 'Neste' });
    // Numbers are never reused: the moved record's old number 1 in `from` stays taken.
    expect(after.journalpostnummer).toBe(2);
  });

  it('gives 40 concurrent registrations and 40 concurrent new cases exactly 1..N with no duplicate and no gap', async () => {
    const when = '2030-04-01T10:00:00Z';
    const ark = at(await as(handle, 'valer', 'ARK'), when);
    const sb = at(await as(handle, 'valer', 'SB'), when);
    const sak = await createCase(ark, { tittel: 'Samlesak', saksansvarligId: sb.actor.brukerId });
    const N = 40;
    const results = await Promise.all([
      ...range(N).map((i) => registerJournalpost(i % 2 ? ark : sb, sak.id, { journalposttype: i % 2 ? 'I' : 'U', tittel: `Brev ${i}` })),
      ...range(N).map((i) => createSaksmappe(i % 2 ? ark : sb, byggesak(`Sak ${i}`))),
    ]);
    const records = results.slice(0, N) as Awaited<ReturnType<typeof registerJournalpost>>[];
    expect(sorted(records.map((r) => r.journalpostnummer))).toEqual(range(N));
    expect(sorted(records.map((r) => r.journalsekvensnummer))).toEqual(range(N));
    expect(await journalNumbers(ark, 2030)).toEqual(range(N));
    expect(await caseNumbers(ark, 2030)).toEqual(range(N + 1));
  });
});
