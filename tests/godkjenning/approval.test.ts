import { describe, expect, it } from 'vitest';
import { inTenant } from '../../src/db/tenant.js';
import { sendPaaFlyt } from '../../src/features/godkjenning/send-paa-flyt.js';
import { svarPaaFlyt } from '../../src/features/godkjenning/svar-paa-flyt.js';
import { getDokumentflyt } from '../../src/features/godkjenning/get-dokumentflyt.js';
import { presentDokumentflyt } from '../../src/features/godkjenning/dokumentflyt-presenter.js';
import { setSkjerming } from '../../src/features/tilgang/set-skjerming.js';
import { decideAccess } from '../../src/features/tilgang/access-targets.js';
import { updateDokumentbeskrivelse } from '../../src/features/dokumenter/update-dokumentbeskrivelse.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { closeTask } from '../../src/features/oppgaver/close-task.js';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import type { Ctx } from '../../src/shared/context.js';
import { engineName } from '../support/test-db.js';
import { as, createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { crewOf, type Crew } from '../oppgaver/oppgaver-world.js';
import { leaderOf } from './godkjenning-world.js';

describe(`approval and review of a document (${engineName()})`, () => {
  let team: ValerTeam;
  let crew: Crew;
  /** Head of department (BYGG's leader), the chief executive (RÅD), a leader elsewhere (TEK), Åsnes' leader. */
  let fagsjef: Ctx, raadmann: Ctx, teksjef: Ctx, asnesLeder: Ctx;
  valerTeam((t) => (team = t));
  const setup = async () => {
    if (crew) return;
    crew = await crewOf(team.handle);
    fagsjef = crew.led;
    raadmann = await leaderOf(team.handle, 'RÅD', 'Rådmann');
    teksjef = await leaderOf(team.handle, 'TEK', 'Teknisk sjef');
    asnesLeder = await as(team.handle, 'asnes', 'LED');
  };
  const id = (c: Ctx) => c.actor.brukerId;

  /** The case worker's political case paper (S), reserved (R). */
  const saksframlegg = async (tittel = 'Saksframlegg – reguleringsplan') => {
    const sak = await createCase(crew.sb, { tittel: `Sak: ${tittel}` });
    return registerJournalpost(crew.sb, sak.id, { journalposttype: 'S', tittel });
  };
  const tasksOf = (journalpostId: string) =>
    inTenant(crew.ark, (tx) =>
      tx
        .selectFrom('oppgave')
        .select(['id', 'oppgavetype', 'mottaker_bruker_id', 'merknad', 'lukket_hvordan', 'lukket_av'])
        .where('journalpost_id', '=', journalpostId)
        .orderBy('opprettet_dato')
        .orderBy('id')
        .execute(),
    );
  const notified = (oppgaveId: string) =>
    inTenant(crew.ark, (tx) => tx.selectFrom('varsel').select(['bruker_id', 'lest_dato']).where('oppgave_id', '=', oppgaveId).execute());
  const logOf = (journalpostId: string) =>
    inTenant(crew.ark, (tx) =>
      tx
        .selectFrom('endringslogg')
        .select(['felt', 'ny_verdi', 'endret_av'])
        .where('objekt_id', '=', journalpostId)
        .orderBy('id')
        .execute(),
    ).then((rows) => rows.filter((r) => r.felt === 'dokumentflyt'));
  const finish = (ctx: Ctx, journalpostId: string) => changeJournalstatus(ctx, journalpostId, { journalstatus: 'F' });
  const inList = async (ctx: Ctx, liste: 'til-godkjenning' | 'svar-fra-godkjenning', journalpostId: string) =>
    (await listArbeidsliste(ctx, liste, { side: 1, perSide: 200 })).items.filter((r) => r.journalpost?.id === journalpostId);

  it('runs a political case paper case worker → head of department → chief executive, and only then lets it be finished', async () => {
    await setup();
    const jp = await saksframlegg();
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'godkjenning', til: [id(fagsjef), id(raadmann)], merknad: 'Til politisk behandling' });

    // The head of department has it: a task in «Til godkjenning», notified; the chief executive waits.
    expect(await inList(fagsjef, 'til-godkjenning', jp.id)).toHaveLength(1);
    expect(await inList(raadmann, 'til-godkjenning', jp.id)).toHaveLength(0);
    let tasks = await tasksOf(jp.id);
    expect(tasks.map((t) => [t.oppgavetype, t.mottaker_bruker_id, t.lukket_hvordan])).toEqual([['godkjenne', id(fagsjef), null]]);
    expect((await notified(tasks[0]!.id)).map((v) => v.bruker_id)).toEqual([id(fagsjef)]);

    // Not yet approved: neither the record nor its documents are finished.
    await expect(finish(crew.sb, jp.id)).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });

    // Only the current approver answers: not the next in line, not the case worker.
    await expect(svarPaaFlyt(raadmann, jp.id, { handling: 'godkjenn' })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await expect(svarPaaFlyt(crew.sb, jp.id, { handling: 'godkjenn' })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });

    expect(await svarPaaFlyt(fagsjef, jp.id, { handling: 'godkjenn', merknad: 'Bra' })).toEqual({ utfall: null, nesteId: id(raadmann) });
    expect(await inList(fagsjef, 'til-godkjenning', jp.id)).toHaveLength(0);
    expect(await inList(raadmann, 'til-godkjenning', jp.id)).toHaveLength(1);
    // The case worker is told, in «Svar fra godkjenning», notified.
    const told = await inList(crew.sb, 'svar-fra-godkjenning', jp.id);
    expect(told.map((r) => r.merknad)).toEqual([`Godkjent og sendt videre til neste ledd (${fagsjef.actor.navn}) – Bra`]);
    await expect(finish(crew.sb, jp.id)).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });

    expect(await svarPaaFlyt(raadmann, jp.id, { handling: 'godkjenn' })).toEqual({ utfall: 'godkjent', nesteId: null });
    tasks = await tasksOf(jp.id);
    // Tasks made in one transaction share its time: compare them as a set.
    expect(tasks.map((t) => [t.oppgavetype, t.mottaker_bruker_id, t.lukket_hvordan]).sort()).toEqual(
      [
        ['godkjenne', id(fagsjef), 'godkjent'],
        ['godkjenne', id(raadmann), 'godkjent'],
        ['flytsvar', id(crew.sb), null],
        ['flytsvar', id(crew.sb), null],
      ].sort(),
    );
    const last = tasks.find((t) => t.merknad?.startsWith('Godkjent – klar'))!;
    expect(last.merknad).toBe(`Godkjent – klar til å ferdigstilles (${raadmann.actor.navn})`);
    expect((await notified(last.id)).map((v) => v.bruker_id)).toEqual([id(crew.sb)]);
    // The approver's notification counts as read once they answered.
    const fagsjefsTask = tasks.find((t) => t.oppgavetype === 'godkjenne' && t.mottaker_bruker_id === id(fagsjef))!;
    expect((await notified(fagsjefsTask.id)).map((v) => v.lest_dato !== null)).toEqual([true]);

    // The trail as Noark 5 dokumentflyt.
    const trail = await getDokumentflyt(crew.sb, jp.id);
    expect(trail.runder).toHaveLength(1);
    expect(trail.runder[0]).toMatchObject({ flyttype: 'godkjenning', utfall: 'godkjent', sendt_av: id(crew.sb) });
    expect(trail.runder[0]!.steg.map((s) => [s.flyt_til, s.flyt_fra, s.flyt_status, s.flyt_merknad])).toEqual([
      [id(fagsjef), id(crew.sb), 'G', 'Bra'],
      [id(raadmann), id(fagsjef), 'G', null],
    ]);
    expect(trail.runder[0]!.steg.every((s) => s.flyt_mottatt_dato && s.flyt_sendt_dato)).toBe(true);

    // The change log keeps each step, with who took it.
    const log = await logOf(jp.id);
    expect(log.map((l) => [l.ny_verdi, l.endret_av])).toEqual([
      [`Sendt til godkjenning: ${fagsjef.actor.navn} → ${raadmann.actor.navn} – Til politisk behandling`, id(crew.sb)],
      [`Godkjent og sendt videre til neste ledd (${fagsjef.actor.navn}) – Bra`, id(fagsjef)],
      [`Godkjent – klar til å ferdigstilles (${raadmann.actor.navn})`, id(raadmann)],
    ]);

    await finish(crew.sb, jp.id);
    // The case worker marks the answers read.
    for (const t of tasks.filter((x) => x.oppgavetype === 'flytsvar')) await closeTask(crew.sb, t.id, 'lest');
    expect(await inList(crew.sb, 'svar-fra-godkjenning', jp.id)).toHaveLength(0);
  });

  it('returns with a required comment: the document stays unfinished until sent anew and approved', async () => {
    await setup();
    const jp = await saksframlegg('Notat om budsjett');
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'godkjenning', til: [id(fagsjef)] });
    await expect(svarPaaFlyt(fagsjef, jp.id, { handling: 'returner' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await svarPaaFlyt(fagsjef, jp.id, { handling: 'returner', merknad: 'Rett tallene i tabell 2' })).toEqual({
      utfall: 'returnert',
      nesteId: null,
    });
    expect((await inList(crew.sb, 'svar-fra-godkjenning', jp.id)).map((r) => r.merknad)).toEqual([
      `Ikke godkjent – returnert til saksbehandler (${fagsjef.actor.navn}) – Rett tallene i tabell 2`,
    ]);
    await expect(finish(crew.sb, jp.id)).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
    // Nobody answers a returned round.
    await expect(svarPaaFlyt(fagsjef, jp.id, { handling: 'godkjenn' })).rejects.toMatchObject({ code: 'CONFLICT' });

    // Sent anew: the earlier answer is done with; approved, it may be finished.
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'godkjenning', til: [id(fagsjef)], merknad: 'Rettet' });
    expect(await inList(crew.sb, 'svar-fra-godkjenning', jp.id)).toHaveLength(0);
    await svarPaaFlyt(fagsjef, jp.id, { handling: 'godkjenn' });
    await finish(crew.sb, jp.id);
    const trail = await getDokumentflyt(crew.sb, jp.id);
    expect(trail.runder.map((r) => r.utfall)).toEqual(['godkjent', 'returnert']);
    expect(trail.runder[1]!.steg[0]).toMatchObject({ flyt_status: 'I', flyt_merknad: 'Rett tallene i tabell 2' });
  });

  it('forwards to another leader with a comment; the new leader decides in place, the rest of the sequence follows', async () => {
    await setup();
    const jp = await saksframlegg('Saksframlegg – veiutbygging');
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'godkjenning', til: [id(fagsjef), id(raadmann)] });
    await expect(svarPaaFlyt(fagsjef, jp.id, { handling: 'videresend', til: id(teksjef) })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    // Only a leader of this organisation: not a case worker, not Åsnes' leader.
    await expect(svarPaaFlyt(fagsjef, jp.id, { handling: 'videresend', til: id(crew.sb2), merknad: 'Se på dette' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      svarPaaFlyt(fagsjef, jp.id, { handling: 'videresend', til: id(asnesLeder), merknad: 'Se på dette' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await svarPaaFlyt(fagsjef, jp.id, { handling: 'videresend', til: id(teksjef), merknad: 'Gjelder vei' })).toEqual({
      utfall: null,
      nesteId: id(teksjef),
    });
    expect(await inList(teksjef, 'til-godkjenning', jp.id)).toHaveLength(1);
    expect((await inList(crew.sb, 'svar-fra-godkjenning', jp.id)).map((r) => r.merknad)).toEqual([
      `Videresendt til ${teksjef.actor.navn} (${fagsjef.actor.navn}) – Gjelder vei`,
    ]);
    await expect(svarPaaFlyt(fagsjef, jp.id, { handling: 'godkjenn' })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await svarPaaFlyt(teksjef, jp.id, { handling: 'godkjenn' });
    await expect(finish(crew.sb, jp.id)).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
    await svarPaaFlyt(raadmann, jp.id, { handling: 'godkjenn' });
    const steg = (await getDokumentflyt(crew.sb, jp.id)).runder[0]!.steg;
    expect(steg.map((s) => [s.rekkefoelge, s.flyt_til, s.flyt_fra, s.flyt_status])).toEqual([
      [1, id(fagsjef), id(crew.sb), 'V'],
      [2, id(teksjef), id(fagsjef), 'G'],
      [3, id(raadmann), id(teksjef), 'G'],
    ]);
    await finish(crew.sb, jp.id);
  });

  it('sends for review (gjennomgang): recorded as dokumentflyt, never holding the document from being finished', async () => {
    await setup();
    const jp = await saksframlegg('Brev til grunneier');
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'gjennomgang', til: [id(crew.sb2)], merknad: 'Kan du lese?' });
    expect((await inList(crew.sb2, 'til-godkjenning', jp.id)).map((r) => r.oppgavetype)).toEqual(['gjennomgaa']);
    // One round at a time.
    await expect(sendPaaFlyt(crew.sb, jp.id, { flyttype: 'godkjenning', til: [id(fagsjef)] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(svarPaaFlyt(crew.sb2, jp.id, { handling: 'godkjenn' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await svarPaaFlyt(crew.sb2, jp.id, { handling: 'gjennomgaatt', merknad: 'Skriv kortere' })).toEqual({
      utfall: 'gjennomgaatt',
      nesteId: null,
    });
    const tasks = await tasksOf(jp.id);
    expect(tasks.map((t) => [t.oppgavetype, t.lukket_hvordan]).sort()).toEqual([
      ['flytsvar', null],
      ['gjennomgaa', 'gjennomgaatt'],
    ]);
    expect((await getDokumentflyt(crew.sb, jp.id)).runder[0]!.steg[0]).toMatchObject({ flyt_status: 'S', flyt_merknad: 'Skriv kortere' });
    await finish(crew.sb, jp.id);
  });

  it('finishes a document under review without waiting for it', async () => {
    await setup();
    const jp = await saksframlegg('Notat – innspill');
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'gjennomgang', til: [id(crew.sb2)] });
    await finish(crew.sb, jp.id);
  });

  it('refuses approvers who are not leaders of the organisation, oneself, and a finished document', async () => {
    await setup();
    const jp = await saksframlegg('Notat – feil mottaker');
    const send = (til: string[], ctx = crew.sb) => sendPaaFlyt(ctx, jp.id, { flyttype: 'godkjenning', til });
    await expect(send([id(crew.sb2)])).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'til.0' }] });
    await expect(send([id(fagsjef), id(asnesLeder)])).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'til.1' }] });
    await expect(send([id(crew.sb)])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // Another case worker may not send someone else's record.
    await expect(send([id(fagsjef)], crew.sb2)).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await finish(crew.sb, jp.id);
    await expect(send([id(fagsjef)])).rejects.toMatchObject({ code: 'CONFLICT' });
    // Another organisation does not find the record at all.
    await expect(svarPaaFlyt(asnesLeder, jp.id, { handling: 'godkjenn' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets an approver of another unit read a screened document they are asked to approve, and keeps its comments from others', async () => {
    await setup();
    const jp = await saksframlegg('Personalsak – innstilling');
    await setSkjerming(crew.sb, 'journalpost', jp.id, { tilgangskode: 'U' });
    const reads = async (ctx: Ctx) => (await inTenant(ctx, (tx) => decideAccess(tx, ctx, [jp.id]))).get(jp.id)!.full;
    expect(await reads(raadmann)).toBe(false);
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'godkjenning', til: [id(raadmann)], merknad: 'Fortrolig' });
    expect(await reads(raadmann)).toBe(true);
    await svarPaaFlyt(raadmann, jp.id, { handling: 'returner', merknad: 'Begrunnelsen mangler' });
    // Having been asked, they still read what they decided on.
    expect(await reads(raadmann)).toBe(true);
    expect((await getDokumentflyt(raadmann, jp.id)).runder[0]!.steg[0]!.flyt_merknad).toBe('Begrunnelsen mangler');
    // A leader of a unit beside the case's (HO) was never asked: no comments.
    const helsesjef = await leaderOf(team.handle, 'HO', 'Helsesjef');
    const seen = await getDokumentflyt(helsesjef, jp.id);
    expect(seen.full).toBe(false);
    expect(presentDokumentflyt(seen).runder[0]!.dokumentflyt[0]!.flytMerknad).toBeNull();
  });

  it('keeps a document of a record awaiting approval from being finished (dokumentstatus F)', async () => {
    await setup();
    const jp = await saksframlegg('Saksframlegg – med vedlegg');
    const res = await postForm(
      team.app,
      team.sb,
      `/api/journalposter/${jp.id}/dokumenter`,
      documentForm('framlegg.txt', Buffer.from('Framlegg')),
    );
    expect(res.statusCode, res.body).toBe(201);
    const dok = res.json() as { id: string };
    await sendPaaFlyt(crew.sb, jp.id, { flyttype: 'godkjenning', til: [id(fagsjef)] });
    await expect(updateDokumentbeskrivelse(crew.sb, dok.id, { dokumentstatus: 'F' })).rejects.toMatchObject({
      code: 'ILLEGAL_STATUS_TRANSITION',
    });
    await svarPaaFlyt(fagsjef, jp.id, { handling: 'godkjenn' });
    expect((await updateDokumentbeskrivelse(crew.sb, dok.id, { dokumentstatus: 'F' })).dokument.dokumentstatus).toBe('F');
  });
});
