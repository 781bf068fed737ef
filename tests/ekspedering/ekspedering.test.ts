import { describe, expect, it } from 'vitest';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import type { Arbeidsliste } from '../../src/features/arbeidslister/domain/worklists.js';
import { EKSPEDERING_JOBB, ekspederJournalpost } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import { getSvarOgEkspedering } from '../../src/features/ekspedering/get-svar-og-ekspedering.js';
import { presentSvarOgEkspedering } from '../../src/features/ekspedering/ekspedering-presenter.js';
import { reportKanalResultat } from '../../src/features/ekspedering/report-kanal-resultat.js';
import { listJournalpostEndringslogg } from '../../src/features/endringslogg/list-endringslogg.js';
import { journalpostRepository } from '../../src/features/journalpost/journalpost-repository.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { inTenant } from '../../src/db/tenant.js';
import type { Ctx } from '../../src/shared/context.js';
import { systemOwnerCtx } from '../../src/shared/system-actor.js';
import { engineName } from '../support/test-db.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { finishedRecord, officeOf, type Office } from './ekspedering-world.js';

/** The dispatch core (issue 14 item 6): status E, a row per recipient, internal delivery, external channels' jobs. */
describe(`dispatch (${engineName()})`, () => {
  let team: ValerTeam;
  let o: Office;
  valerTeam((t) => (team = t));
  const setup = async () => (o ??= await officeOf(team.handle));
  const ids = async (ctx: Ctx, liste: Arbeidsliste) =>
    (await listArbeidsliste(ctx, liste, { side: 1, perSide: 200 })).items.map((i) => i.journalpost?.id);
  const record = (ctx: Ctx, id: string) => inTenant(ctx, (tx) => journalpostRepository.find(tx, ctx.role.organisasjonId, id));
  const view = async (ctx: Ctx, id: string) => presentSvarOgEkspedering(await getSvarOgEkspedering(ctx, id));
  const jobs = (id: string) => team.handle.db.selectFrom('jobb').select(['type', 'data']).where('nokkel', '=', id).execute();

  it('delivers an N note at once, when dispatched: to a person to answer, to a unit for its leader to distribute', async () => {
    await setup();
    const { jp } = await finishedRecord(o.sb, 'N', [
      { korrespondanseparttype: 'IM', navn: 'Teknisk', administrativEnhetId: o.tek },
      { korrespondanseparttype: 'IM', navn: o.sb2.actor.navn, saksbehandlerId: o.sb2.actor.brukerId },
    ]);
    // Not before: a note arrives «straks notatet er ekspedert» (seed 001), not when it is written.
    expect(await ids(o.sb2, 'ubesvarte')).not.toContain(jp.id);
    expect(await ids(o.tekLed, 'til-fordeling')).not.toContain(jp.id);
    const res = await ekspederJournalpost(o.sb, jp.id);
    expect(res).toMatchObject({ journalstatus: 'E', avskrevet: [] });
    expect(res.mottakere.map((m) => [m.kanal, m.status])).toEqual([
      ['intern', 'sendt'],
      ['intern', 'sendt'],
    ]);
    expect(await ids(o.sb2, 'ubesvarte')).toContain(jp.id);
    expect(await ids(o.tekLed, 'til-fordeling')).toContain(jp.id);
    const after = (await record(o.sb, jp.id))!;
    expect(after.journalstatus).toBe('E');
    expect(after.sendt_dato).not.toBeNull();
    expect((await view(o.sb, jp.id)).ekspedering.map((e) => [e.mottaker, e.kanal, e.status])).toEqual([
      [o.sb2.actor.navn, 'intern', 'sendt'],
      ['Teknisk', 'intern', 'sendt'],
    ]);
  });

  it('gives an X note to its recipient for information (Kopier), never to answer', async () => {
    await setup();
    const { jp } = await finishedRecord(o.sb, 'X', [
      { korrespondanseparttype: 'IM', navn: 'Per', saksbehandlerId: o.tekSb.actor.brukerId },
    ]);
    await ekspederJournalpost(o.sb, jp.id);
    expect(await ids(o.tekSb, 'kopier')).toContain(jp.id);
    expect(await ids(o.tekSb, 'ubesvarte')).not.toContain(jp.id);
  });

  it('leaves external recipients waiting for their channel job, and marks the record sent only when the last one is', async () => {
    await setup();
    const { jp } = await finishedRecord(o.sb, 'U', [
      { korrespondanseparttype: 'EM', navn: 'Ola Nordmann', epostadresse: 'ola@example.no' },
      { korrespondanseparttype: 'EM', navn: 'Bygg AS', organisasjonsnummer: '964947260', epostadresse: 'post@bygg.no' },
      { korrespondanseparttype: 'EK', navn: 'Kari', postadresse: 'Storgata 1' },
    ]);
    const before = await view(o.sb, jp.id);
    // Parties added in one step come in name order.
    expect(before.forslag.map((f) => [f.mottaker, f.kanal])).toEqual([
      ['Bygg AS', 'svarut'],
      ['Kari', 'utskrift'],
      ['Ola Nordmann', 'epost'],
    ]);
    expect(before.forslag[0]!.muligeKanaler).toEqual(['epost', 'svarut', 'utskrift']);
    // The case worker sends the firm's copy by e-mail instead of SvarUt.
    const res = await ekspederJournalpost(o.sb, jp.id, {
      mottakere: [{ korrespondansepartId: before.forslag[0]!.korrespondansepartId, kanal: 'epost' }],
    });
    expect(res.mottakere.map((m) => [m.kanal, m.status])).toEqual([
      ['epost', 'venter'],
      ['utskrift', 'venter'],
      ['epost', 'venter'],
    ]);
    expect((await record(o.sb, jp.id))!).toMatchObject({ journalstatus: 'E', sendt_dato: null });
    const rows = (await view(o.sb, jp.id)).ekspedering;
    expect((await jobs(rows[0]!.id)).map((j) => j.type)).toEqual([EKSPEDERING_JOBB.epost]);
    expect((await jobs(rows[1]!.id)).map((j) => j.type)).toEqual([EKSPEDERING_JOBB.utskrift]);

    const system = systemOwnerCtx(team.handle.db, o.sb.role.organisasjonId, o.sb.log);
    await reportKanalResultat(system, rows[0]!.id, { status: 'sendt', referanse: '<m1@saksgang>' });
    await reportKanalResultat(system, rows[1]!.id, { status: 'feilet', feilmelding: 'SMTP 550: mailbox unavailable' });
    expect((await record(o.sb, jp.id))!.sendt_dato).toBeNull();
    expect((await view(o.sb, jp.id)).ekspedering.map((e) => e.status)).toEqual(['sendt', 'feilet', 'venter']);
    // A retried job of a sent row changes nothing.
    expect(await reportKanalResultat(system, rows[0]!.id, { status: 'feilet', feilmelding: 'late' })).toBeNull();
    await reportKanalResultat(system, rows[1]!.id, { status: 'sendt' });
    await reportKanalResultat(system, rows[2]!.id, { status: 'sendt', referanse: 'utskrift-1' });
    expect((await record(o.sb, jp.id))!.sendt_dato).not.toBeNull();
    expect((await view(o.sb, jp.id)).ekspedering.map((e) => e.status)).toEqual(['sendt', 'sendt', 'sendt']);
    // Every step of a recipient's dispatch stands in the change log, with who took it (the channel's job: the system).
    const log = await team.handle.db
      .selectFrom('endringslogg')
      .select(['felt', 'ny_verdi', 'endret_av'])
      .where('objekt_id', '=', rows[1]!.id)
      .orderBy('id')
      .execute();
    expect(log.map((e) => [e.felt, e.ny_verdi])).toEqual([
      ['kanal', 'utskrift'],
      ['ekspederingsstatus', 'venter'],
      ['ekspederingsstatus', 'feilet'],
      ['ekspederingsstatus', 'sendt'],
    ]);
    expect(log[0]!.endret_av).toBe(o.sb.actor.brukerId);
    expect(log[3]!.endret_av).toBe(system.actor.brukerId);
    // …and in the record's own change log, where the reader looks.
    const recordLog = await listJournalpostEndringslogg(o.sb, jp.id, { side: 1, perSide: 500 });
    const dispatchEntries = recordLog.items.filter((e) => e.objekt_type === 'ekspedering').map((e) => [e.felt, e.ny_verdi]);
    expect(dispatchEntries.filter(([f]) => f === 'kanal')).toHaveLength(3);
    expect(dispatchEntries.filter(([f, v]) => f === 'ekspederingsstatus' && v === 'sendt')).toHaveLength(3);
  });

  it('refuses what cannot be dispatched, and stores nothing', async () => {
    await setup();
    const sak = await createCase(o.sb, { tittel: 'Kladd' });
    const draft = await registerJournalpost(o.sb, sak.id, {
      journalposttype: 'U',
      tittel: 'Utkast',
      korrespondanseparter: [{ korrespondanseparttype: 'EM', navn: 'Ola', epostadresse: 'ola@example.no' }],
    });
    // Only a finished record (F) is dispatched.
    await expect(ekspederJournalpost(o.sb, draft.id)).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
    const { jp: lonely } = await finishedRecord(o.sb, 'U', [{ korrespondanseparttype: 'EA', navn: 'Avsender' }]);
    await expect(ekspederJournalpost(o.sb, lonely.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    const { jp } = await finishedRecord(o.sb, 'U', [{ korrespondanseparttype: 'EM', navn: 'Ola', epostadresse: 'ola@example.no' }]);
    const partyId = (await view(o.sb, jp.id)).forslag[0]!.korrespondansepartId;
    await expect(
      ekspederJournalpost(o.sb, jp.id, { mottakere: [{ korrespondansepartId: partyId, kanal: 'svarut' }] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'mottakere.0.kanal' })],
    });
    await expect(
      ekspederJournalpost(o.sb, jp.id, { mottakere: [{ korrespondansepartId: draft.id, kanal: 'epost' }] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    // Someone without a relation to the record may not dispatch it.
    await expect(ekspederJournalpost(o.tekSb, jp.id)).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    for (const id of [draft.id, lonely.id, jp.id]) expect((await record(o.sb, id))!.journalstatus).not.toBe('E');
    expect((await view(o.sb, jp.id)).ekspedering).toEqual([]);
  });
});
