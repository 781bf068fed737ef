import { describe, expect, it } from 'vitest';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { avskrivJournalpost } from '../../src/features/oppgaver/avskriv-journalpost.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import { getAvslutning } from '../../src/features/saksmappe/get-avslutning.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import { engineName } from '../support/test-db.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';

/*
 * Issue 14 item 8, seed 001 «Rutine for avslutning av saker»: the case
 * worker asks for closing only when every I and N record is written off,
 * and is told which are still open; the archive closes and alone reopens;
 * nothing is registered in a closed case. And krav 3.2.30 end to end: a
 * record is not journalført, nor archived by closing, with a draft document.
 */
describe(`closing a case (${engineName()})`, () => {
  let team: ValerTeam;
  valerTeam((t) => (team = t));

  /** A case owned by the case worker, made by the archive (status B), with an incoming paper letter (J). */
  async function caseWithLetter() {
    const sak = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    const brev = await registerJournalpost(team.ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Søknad om ferie',
      saksbehandlerId: team.sbCtx.actor.brukerId,
      dokumentmedium: 'F',
    });
    return { sak, brev };
  }

  it('refuses «Ønskes avsluttet» while an incoming letter is not written off, naming it; allows it once written off', async () => {
    const { sak, brev } = await caseWithLetter();
    const asked = await team.sb.request('POST', `/api/saksmapper/${sak.id}/status`, { saksstatus: 'S' });
    expect(asked.statusCode).toBe(409);
    expect(asked.json().code).toBe('ILLEGAL_STATUS_TRANSITION');
    const nummer = `${sak.saksaar}/${sak.sakssekvensnummer}-1`;
    expect(asked.json().messages.nb).toContain(`Ikke avskrevet: ${nummer}`);
    expect(asked.json().messages.en).toContain(`Not written off: ${nummer}`);

    const check = (await team.sb.request('GET', `/api/saksmapper/${sak.id}/avslutning`)).json();
    expect(check.ikkeAvskrevet).toMatchObject({ total: 1, items: [{ id: brev.id, journalpostId: nummer, tittel: 'Søknad om ferie' }] });
    expect(check.steg).toContainEqual({
      aktivitet: 'sak-onskes-avsluttet',
      navn: { nb: 'Ønskes avsluttet', en: 'Ask to close' },
      saksstatus: 'S',
      mulig: false,
    });

    await avskrivJournalpost(team.sbCtx, brev.id, { avskrivningsmaate: 'TE' });
    expect((await getAvslutning(team.sbCtx, sak.id)).ikkeAvskrevet.total).toBe(0);
    const ok = await team.sb.request('POST', `/api/saksmapper/${sak.id}/status`, { saksstatus: 'S' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().saksstatus.code).toBe('S');
  });

  it('counts I and N records, not X notes nor void records', async () => {
    const sak = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    await registerJournalpost(team.sbCtx, sak.id, { journalposttype: 'X', tittel: 'Notat til saken' });
    const n = await registerJournalpost(team.sbCtx, sak.id, { journalposttype: 'N', tittel: 'Notat til kollega' });
    const check = await getAvslutning(team.sbCtx, sak.id);
    expect(check.ikkeAvskrevet.items.map((r) => r.id)).toEqual([n.id]);
    await expect(changeSaksstatus(team.sbCtx, sak.id, { saksstatus: 'S' })).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
    await changeJournalstatus(team.sbCtx, n.id, { journalstatus: 'U' });
    expect((await getAvslutning(team.sbCtx, sak.id)).ikkeAvskrevet.total).toBe(0);
  });

  it('lets only the archive close and reopen, and nothing is registered in a closed case', async () => {
    const { sak, brev } = await caseWithLetter();
    await avskrivJournalpost(team.sbCtx, brev.id, { avskrivningsmaate: 'TO' });
    await changeSaksstatus(team.sbCtx, sak.id, { saksstatus: 'S' });
    const byWorker = await team.sb.request('POST', `/api/saksmapper/${sak.id}/status`, { saksstatus: 'A' });
    expect(byWorker.statusCode).toBe(403);
    // The routine's closing activities open to the archive, in its words: not the void, which is no closing step.
    const check = await getAvslutning(team.ark, sak.id);
    expect(check.steg.map(({ aktivitet, saksstatus, mulig }) => ({ aktivitet, saksstatus, mulig }))).toEqual([
      { aktivitet: 'sak-avslutt', saksstatus: 'A', mulig: true },
      { aktivitet: 'sak-send-tilbake', saksstatus: 'B', mulig: true },
    ]);
    const closed = await team.arkivar.request('POST', `/api/saksmapper/${sak.id}/status`, { saksstatus: 'A' });
    expect(closed.statusCode, closed.body).toBe(200);

    for (const [client, extra] of [
      [team.sb, {}],
      [team.arkivar, { dokumentmedium: 'F' }],
    ] as const) {
      const registered = await client.request('POST', `/api/saksmapper/${sak.id}/journalposter`, {
        journalposttype: 'I',
        tittel: 'Nytt brev',
        ...extra,
      });
      expect(registered.statusCode, registered.body).toBe(409);
      expect(registered.json().code).toBe('CASE_CLOSED');
    }
    expect((await getAvslutning(team.sbCtx, sak.id)).steg).toEqual([]);
    const reopenByWorker = await team.sb.request('POST', `/api/saksmapper/${sak.id}/status`, { saksstatus: 'B' });
    expect(reopenByWorker.statusCode).toBe(403);
    expect((await getAvslutning(team.ark, sak.id)).steg).toMatchObject([{ aktivitet: 'sak-gjenapne', saksstatus: 'B', mulig: true }]);
    const reopened = await team.arkivar.request('POST', `/api/saksmapper/${sak.id}/status`, { saksstatus: 'B' });
    expect(reopened.json().saksstatus.code).toBe('B');
  });

  it('refuses journalføring and closing while a document is a draft (krav 3.2.30), through the API', async () => {
    const sak = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    const brev = await registerJournalpost(team.ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Brev som venter på skanning',
      saksbehandlerId: team.sbCtx.actor.brukerId,
    });
    expect(brev.journalstatus).toBe('M');
    const upload = await postForm(
      team.app,
      team.arkivar,
      `/api/journalposter/${brev.id}/dokumenter`,
      documentForm('skann.txt', Buffer.from('skann'), { dokumentstatus: 'B' }),
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const journalfor = await team.arkivar.request('POST', `/api/journalposter/${brev.id}/status`, { journalstatus: 'J' });
    expect(journalfor.statusCode).toBe(409);
    expect(journalfor.json().code).toBe('ILLEGAL_STATUS_TRANSITION');
    expect(journalfor.json().messages.nb).toContain('ferdigstilt');

    // A journalført record given a draft afterwards keeps its case from closing (J → A needs it finalised).
    const { sak: other, brev: letter } = await caseWithLetter();
    await postForm(
      team.app,
      team.arkivar,
      `/api/journalposter/${letter.id}/dokumenter`,
      documentForm('vedlegg.txt', Buffer.from('vedlegg'), { dokumentstatus: 'B' }),
    );
    await avskrivJournalpost(team.sbCtx, letter.id, { avskrivningsmaate: 'TE' });
    const close = await team.arkivar.request('POST', `/api/saksmapper/${other.id}/status`, { saksstatus: 'A' });
    expect(close.statusCode).toBe(409);
    expect(close.json().messages.nb).toContain('ferdigstilt');
  });
});
