import { afterAll, describe, expect, it } from 'vitest';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import { ekspederJournalpost } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import type { KorrespondansepartInput } from '../../src/features/journalpost/korrespondansepart.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { fordelJournalpost } from '../../src/features/oppgaver/fordel-journalpost.js';
import type { Ctx } from '../../src/shared/context.js';
import { createUser } from '../../src/features/organisations/create-user.js';
import { createCase, unitId, valerTeam, type ValerTeam } from '../records/records-world.js';
import { ctxFor, systemCtxFor } from '../support/world.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { officeOf, type Office } from './ekspedering-world.js';

/*
 * Seed 002 10.6: a note is its internal recipients' to read. A screened N
 * note is read in full by the person it is addressed to (IM), by the leaders
 * of the unit it is addressed to, and by whoever that unit's leader
 * distributes it to; a colleague of the author who is none of these, and
 * the recipients before it is dispatched, see only its public form, as does one who passed it on. Through the HTTP API (the record page) and the
 * worklist row (the SQL twin).
 */
let seq = 0;

describe(`screened notes and their internal recipients (${engineName()})`, () => {
  let team: ValerTeam;
  let o: Office;
  let app: Awaited<ReturnType<typeof createTestApp>>;
  valerTeam((t) => (team = t));
  afterAll(() => app?.close());
  const setup = async () => {
    o ??= await officeOf(team.handle);
    app ??= await createTestApp(team.handle);
  };
  const client = (ctx: Ctx) => loginAs(app, ctx.actor.brukernavn, 'passord123');
  const full = async (c: Client, id: string) => {
    const res = await c.request('GET', `/api/journalposter/${id}`);
    expect(res.statusCode).toBe(200);
    return res.json() as { fullTilgang: boolean; tittel: string };
  };

  /** A finished N note of the case worker (BYGG), screened (U), its title holding a secret word; not yet dispatched. */
  async function screenedNote(word: string, korrespondanseparter: KorrespondansepartInput[]) {
    const sak = await createCase(o.sb, { tittel: 'Intern sak' });
    const jp = await registerJournalpost(o.sb, sak.id, {
      journalposttype: 'N',
      tittel: `Notat om ${word}`,
      tilgangskode: 'U',
      korrespondanseparter,
    });
    await changeJournalstatus(o.sb, jp.id, { journalstatus: 'F' });
    return jp.id;
  }

  /** A person in Helse og omsorg (HO: neither the author's unit nor above it). */
  async function inHo(rolle: 'LED' | 'SB') {
    const brukernavn = `valer.ho.${rolle.toLowerCase()}.${++seq}`;
    const sys = await systemCtxFor(team.handle, 'valer');
    await createUser(sys, { brukernavn, navn: `HO ${rolle} ${seq}`, passord: 'passord123', rolle, enhetId: await unitId(o.ark, 'HO') });
    return ctxFor(team.handle, brukernavn, 'valer', rolle);
  }

  it('lets the person a screened note is addressed to read it, and not a colleague of the author', async () => {
    await setup();
    const id = await screenedNote('qznotatperson', [
      { korrespondanseparttype: 'IM', navn: o.tekSb.actor.navn, saksbehandlerId: o.tekSb.actor.brukerId },
    ]);
    const recipient = await client(o.tekSb);
    // Not before it is sent: a note becomes the recipient's when dispatched.
    expect((await full(recipient, id)).fullTilgang).toBe(false);
    await ekspederJournalpost(o.sb, id);
    expect(await full(recipient, id)).toMatchObject({ fullTilgang: true, tittel: 'Notat om qznotatperson' });
    const row = (await listArbeidsliste(o.tekSb, 'ubesvarte', { side: 1, perSide: 200 })).items.find((i) => i.journalpost?.id === id);
    expect(row).toMatchObject({ tittel: 'Notat om qznotatperson', fullTilgang: true });
    const colleague = await full(await client(o.sb2), id);
    expect(colleague.fullTilgang).toBe(false);
    expect(colleague.tittel).not.toContain('qznotatperson');
  });

  it("lets the addressed unit's leaders read it, and whoever they distribute it to", async () => {
    await setup();
    const [led, sb] = [await inHo('LED'), await inHo('SB')];
    const id = await screenedNote('qznotatenhet', [
      { korrespondanseparttype: 'IM', navn: 'Helse og omsorg', administrativEnhetId: led.role.administrativEnhetId },
    ]);
    const leader = await client(led);
    expect((await full(leader, id)).fullTilgang).toBe(false);
    await ekspederJournalpost(o.sb, id);
    expect(await full(leader, id)).toMatchObject({ fullTilgang: true });
    const caseWorker = await client(sb);
    expect((await full(caseWorker, id)).fullTilgang).toBe(false);
    const list = await listArbeidsliste(led, 'til-fordeling', { side: 1, perSide: 200 });
    const task = list.items.find((i) => i.journalpost?.id === id)!;
    await fordelJournalpost(led, task.oppgaveId!, { saksbehandlerId: sb.actor.brukerId });
    expect(await full(caseWorker, id)).toMatchObject({ fullTilgang: true, tittel: 'Notat om qznotatenhet' });
    // Passed on to someone else («Fordel videre»), it is theirs to read and no longer the case worker's.
    const passed = await caseWorker.request('POST', `/api/journalposter/${id}/omfordeling`, {
      til: { brukerId: o.tekSb.actor.brukerId },
      begrunnelse: 'Gjelder Teknisk',
    });
    expect(passed.statusCode, passed.body).toBe(200);
    expect((await full(caseWorker, id)).fullTilgang).toBe(false);
    expect((await full(await client(o.tekSb), id)).fullTilgang).toBe(true);
  });
});
