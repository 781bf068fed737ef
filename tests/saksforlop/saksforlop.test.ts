import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { setArkivformatUnntak } from '../../src/features/arkivformat/set-arkivformat-unntak.js';
import { besvarJournalpost } from '../../src/features/besvarelse/besvar-journalpost.js';
import { ekspederJournalpost } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import { sendPaaFlyt } from '../../src/features/godkjenning/send-paa-flyt.js';
import { svarPaaFlyt } from '../../src/features/godkjenning/svar-paa-flyt.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { avskrivJournalpost } from '../../src/features/oppgaver/avskriv-journalpost.js';
import { listSaksforlop } from '../../src/features/saksforlop/list-saksforlop.js';
import { presentSaksforlop } from '../../src/features/saksforlop/saksforlop-presenter.js';
import { createFileStore, fileSettings } from '../../src/files/file-settings.js';
import type { Ctx } from '../../src/shared/context.js';
import { tempDataDir } from '../documents/fixtures.js';
import { finish, officeOf, templateId, type Office } from '../ekspedering/ekspedering-world.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { engineName } from '../support/test-db.js';

/** The case timeline (saksforløp, issue 14 item 10): what happened in a case, in words, as the reader may see it. */
describe(`the case timeline (${engineName()})`, () => {
  let team: ValerTeam;
  let o: Office;
  valerTeam((t) => (team = t));
  const dataDir = tempDataDir();
  const plain = createFileStore(fileSettings({ dataDir }));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const SECRET = 'Blåbærsyltetøy';
  const ids = { sak: '', brev: '', svar: '', skjermet: '' };
  const timeline = async (ctx: Ctx, id = ids.sak) => presentSaksforlop(await listSaksforlop(ctx, id, { side: 1, perSide: 500 }));

  it('tells the case: created, letters registered, answered with approval (returned, approved), finished, dispatched by e-mail, written off, journalført, closed and reopened', async () => {
    o = await officeOf(team.handle);
    const sak = await createCase(o.sb, { tittel: 'Sak: Parkering ved rådhuset' });
    ids.sak = sak.id;
    const brev = await registerJournalpost(o.ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Spørsmål om parkering',
      // On paper only: the archive registers it journalført at once (no scan needed).
      dokumentmedium: 'F',
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Kari Nordmann', epostadresse: 'kari@example.no' }],
    });
    ids.brev = brev.id;
    // A letter the other unit may not read, written off by telephone with a remark naming the secret.
    const skjermet = await registerJournalpost(o.ark, sak.id, {
      journalposttype: 'I',
      tittel: `Helseopplysninger ${SECRET}`,
      dokumentmedium: 'F',
      tilgangskode: 'U',
      korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: `Pasient ${SECRET}` }],
    });
    ids.skjermet = skjermet.id;
    await avskrivJournalpost(o.sb, skjermet.id, { avskrivningsmaate: 'TLF', merknad: `Ringte om ${SECRET}` });

    const svar = await besvarJournalpost(o.sb, plain, brev.id, {
      brevmalId: await templateId(o.sb, 'brev'),
      svarmaate: 'avskriv',
      journalposttype: 'U',
      tittel: 'Svar om parkering',
    });
    ids.svar = svar.id;
    await sendPaaFlyt(o.sb, svar.id, { flyttype: 'godkjenning', til: [o.led.actor.brukerId] });
    await svarPaaFlyt(o.led, svar.id, { handling: 'returner', merknad: 'Rett opp datoen' });
    await sendPaaFlyt(o.sb, svar.id, { flyttype: 'godkjenning', til: [o.led.actor.brukerId] });
    await svarPaaFlyt(o.led, svar.id, { handling: 'godkjenn' });
    await finish(team.handle, o.sb, svar.id);
    await ekspederJournalpost(o.sb, svar.id);
    // The letter is DOCX: without its PDF/A variant (made by the conversion job, not run here) the archive gives a reasoned exception.
    for (const d of await team.handle.db.selectFrom('dokumentbeskrivelse').select('id').where('journalpost_id', '=', svar.id).execute())
      await setArkivformatUnntak(o.ark, d.id, 'Konverteres senere');
    await changeJournalstatus(o.ark, svar.id, { journalstatus: 'J' });
    for (const [who, saksstatus] of [
      [team.arkivar, 'B'],
      [team.sb, 'S'],
      [team.arkivar, 'A'],
      [team.arkivar, 'B'],
    ] as const) {
      const res = await who.request('POST', `/api/saksmapper/${sak.id}/status`, { saksstatus });
      expect(res.statusCode, res.body).toBe(200);
    }

    const res = await team.sb.request('GET', `/api/saksmapper/${sak.id}/forlop`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      total: number;
      items: { hendelse: string; hvem: string; tekst: { nb: string; en: string }; journalpost: { id: string } | null }[];
    };
    const n = (id: string) => body.items.find((i) => i.journalpost?.id === id)!.tekst.nb.split(' ')[1];
    const [b, s, a] = [n(brev.id), n(svar.id), n(skjermet.id)];
    const said = body.items.map((i) => i.tekst.nb);
    // Oldest first; the order within one transaction is the order of the sources (a record before its documents).
    expect(said).toEqual([
      'Saken ble opprettet',
      `Journalpost ${b} registrert`,
      `Journalpost ${a} registrert`,
      `Journalpost ${a} avskrevet TLF (besvart på telefon) – Ringte om ${SECRET}`,
      `Journalpost ${s} registrert`,
      `Journalpost ${s} sendt til godkjenning hos ${o.led.actor.navn}`,
      `Journalpost ${s} ikke godkjent, returnert til saksbehandler – Rett opp datoen`,
      `Journalpost ${s} sendt til godkjenning hos ${o.led.actor.navn}`,
      `Journalpost ${s} godkjent`,
      `Dokument 1 i ${s} ferdigstilt`,
      `Journalpost ${s} ferdigstilt`,
      `Journalpost ${s} ekspedert`,
      `Journalpost ${b} avskrevet BE (besvart med e-post) av ${s}`,
      `Journalpost ${s} ekspedert til Kari Nordmann på e-post (venter på kanalen)`,
      `Journalpost ${s} journalført`,
      'Saken er under behandling',
      'Saksbehandler ba om at saken avsluttes',
      'Saken ble avsluttet',
      'Saken ble gjenåpnet',
    ]);
    expect(body.total).toBe(said.length);
    expect(body.items.find((i) => i.hendelse === 'flyt-svar')!.hvem).toBe(o.led.actor.navn);
    expect(body.items.find((i) => i.hendelse === 'ekspedert')!.tekst.en).toBe(
      `Record ${s} dispatched to Kari Nordmann by e-mail (waiting for the channel)`,
    );
    expect(body.items.at(-1)!.tekst.en).toBe('The case was reopened');
  });

  it('shows a record the reader may not read by its public title only, without its remarks or parties', async () => {
    const outsider = await timeline(o.tekSb);
    const text = JSON.stringify(outsider);
    expect(text).not.toContain(SECRET);
    const screened = outsider.items.filter((i) => i.journalpost?.id === ids.skjermet);
    expect(screened.map((i) => i.journalpost!.tittel)).toEqual(['*****', '*****']);
    expect(screened[1]!.tekst.nb).toMatch(/avskrevet TLF \(besvart på telefon\)$/);
    // The records they may read keep their titles.
    expect(outsider.items.find((i) => i.journalpost?.id === ids.brev)!.journalpost!.tittel).toBe('Spørsmål om parkering');
    // The case worker reads it all.
    expect(JSON.stringify(await timeline(o.sb))).toContain(SECRET);
  });

  it('pages a long timeline and refuses a case that does not exist', async () => {
    const first = await team.sb.request('GET', `/api/saksmapper/${ids.sak}/forlop?side=2&perSide=5`);
    expect(first.json()).toMatchObject({ side: 2, perSide: 5, total: 19 });
    expect(first.json().items).toHaveLength(5);
    expect((await team.sb.request('GET', `/api/saksmapper/${crypto.randomUUID()}/forlop`)).statusCode).toBe(404);
    expect((await team.sb.request('GET', `/api/saksmapper/${ids.sak}/forlop?perSide=0`)).statusCode).toBe(400);
  });
});
