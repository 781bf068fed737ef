import { describe, expect, it } from 'vitest';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import type { Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { createCase, valerTeam, type ValerTeam } from './records-world.js';

/*
 * Issue 13 item 2: the archive may add and replace documents on a
 * journalført (J) record, each logged on the record; others may not (a clear
 * refusal); a finalised document gets no new version from anyone (krav 3.2.31).
 */
describe(`documents on a journalført record (${engineName()})`, () => {
  let team: ValerTeam;
  let arkivar: Client;
  let sb: Client;

  valerTeam((t) => {
    team = t;
    ({ arkivar, sb } = t);
  });

  /** An incoming paper letter of the case worker's, journalført by the archive. */
  const journalfoert = async () => {
    const sak = await createCase(team.ark, { saksansvarligId: team.sbCtx.actor.brukerId });
    const record = await registerJournalpost(team.ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Søknad',
      saksbehandlerId: team.sbCtx.actor.brukerId,
      dokumentmedium: 'F',
    });
    expect(record.journalstatus).toBe('J');
    return record.id;
  };
  const add = (by: Client, id: string, fields: Record<string, string> = {}) =>
    postForm(team.app, by, `/api/journalposter/${id}/dokumenter`, documentForm('skann.txt', Buffer.from(`skann ${Math.random()}`), fields));
  const version = (by: Client, dokumentId: string) =>
    postForm(team.app, by, `/api/dokumentbeskrivelser/${dokumentId}/versjoner`, [
      { name: 'fil', file: { filename: 'ny.txt', body: Buffer.from(`ny ${Math.random()}`) } },
    ]);
  const recordLog = async (id: string) =>
    (await arkivar.request('GET', `/api/journalposter/${id}/endringslogg`)).json().items as {
      felt: string;
      tidligereVerdi: string | null;
      nyVerdi: string | null;
      endretAv: { id: string };
    }[];

  it('lets the archive add a document to a journalført record, logged on the record', async () => {
    const id = await journalfoert();
    const res = await add(arkivar, id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ dokumentnummer: 1, tilknyttetRegistreringSom: 'H' });
    expect(await recordLog(id)).toContainEqual(
      expect.objectContaining({
        felt: 'dokument',
        tidligereVerdi: null,
        nyVerdi: 'Dokument 1, versjon 1',
        endretAv: expect.objectContaining({ id: team.ark.actor.brukerId }),
      }),
    );
  });

  it('refuses the case worker, naming why', async () => {
    const id = await journalfoert();
    const refused = await add(sb, id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('RECORD_LOCKED');
    expect(refused.json().messages.nb).toMatch(/journalført/i);
  });

  it('lets the archive replace a document that is not finalised, logged; a finalised one gets no new version (krav 3.2.31)', async () => {
    const id = await journalfoert();
    const draft = (await add(arkivar, id, { dokumentstatus: 'B' })).json();
    const replaced = await version(arkivar, draft.id);
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(replaced.json().versjonsnummer).toBe(2);
    expect(await recordLog(id)).toContainEqual(
      expect.objectContaining({ felt: 'dokument', tidligereVerdi: 'Dokument 1, versjon 1', nyVerdi: 'Dokument 1, versjon 2' }),
    );
    expect((await version(sb, draft.id)).json().code).toBe('RECORD_LOCKED');
    const finalised = (await add(arkivar, id)).json();
    expect(finalised.dokumentstatus).toBe('F');
    const frozen = await version(arkivar, finalised.id);
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json()).toMatchObject({ code: 'OBJECT_FROZEN' });
    expect(frozen.json().messages.nb).toContain('3.2.31');
  });
});
