import { describe, expect, it } from 'vitest';
import { dokumentRepository } from '../../src/features/dokumenter/dokument-repository.js';
import { inTenant } from '../../src/db/tenant.js';
import { applyJournalstatus, changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { addDays, osloDate } from '../../src/features/saksmappe/oslo-calendar.js';
import type { Ctx } from '../../src/shared/context.js';
import type { Client } from '../support/test-app.js';
import { engineName } from '../support/test-db.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import { createCase, valerTeam, type ValerTeam } from './records-world.js';

/*
 * Issue 13 item 2: a record's dates must be possible, and an incoming or
 * outgoing letter is journalført only with its main document or the
 * archive's confirmation that it exists on paper only (dokumentmedium F).
 */
describe(`plausibility of records (${engineName()})`, () => {
  let team: ValerTeam;
  let ark: Ctx;
  let arkivar: Client;
  let sb: Client;
  const today = () => osloDate(new Date());

  valerTeam((t) => {
    team = t;
    ({ ark, arkivar, sb } = t);
  });

  const newCase = async () => (await createCase(ark, { saksansvarligId: team.sbCtx.actor.brukerId })).id;
  const register = async (by: Client, body: Record<string, unknown>) =>
    by.request('POST', `/api/saksmapper/${await newCase()}/journalposter`, { journalposttype: 'I', tittel: 'Brev', ...body });
  const upload = (id: string, fields: Record<string, string> = {}) =>
    postForm(
      team.app,
      arkivar,
      `/api/journalposter/${id}/dokumenter`,
      documentForm('skann.txt', Buffer.from(`skann ${Math.random()}`), fields),
    );
  const problem = (res: { statusCode: number; json: () => unknown }) => ({ status: res.statusCode, ...(res.json() as object) });

  describe('dates', () => {
    it.each([
      ['a received date in the future', { mottattDato: `${addDays(today(), 2)}T10:00:00+01:00` }, 'mottattDato', 'fram i tid'],
      ['a document date in the future', { dokumentetsDato: addDays(today(), 1) }, 'dokumentetsDato', 'fram i tid'],
      ['a document date in year 1', { dokumentetsDato: '0001-01-01' }, 'dokumentetsDato', 'før 1900'],
      ['a received date before 1900', { mottattDato: '1899-12-31T10:00:00+01:00' }, 'mottattDato', 'før 1900'],
      [
        'a due date before the received date',
        { mottattDato: '2026-03-02T10:00:00+01:00', forfallsdato: '2026-03-01' },
        'forfallsdato',
        'før mottatt dato',
      ],
    ])('refuses %s on registration with 400 naming the field, storing nothing', async (_, body, field, words) => {
      const sakId = await newCase();
      const res = await arkivar.request('POST', `/api/saksmapper/${sakId}/journalposter`, {
        journalposttype: 'I',
        tittel: 'Brev',
        ...body,
      });
      expect(problem(res)).toMatchObject({ status: 400, code: 'IMPLAUSIBLE_DATE', errors: [{ field }] });
      expect(res.json().messages.nb).toContain(words);
      const records = await arkivar.request('GET', `/api/saksmapper/${sakId}`);
      expect(records.json().journalposter).toEqual([]);
    });

    it('accepts today and a due date on the received date', async () => {
      const res = await register(arkivar, { mottattDato: new Date().toISOString(), dokumentetsDato: today(), forfallsdato: today() });
      expect(res.statusCode, res.body).toBe(201);
    });

    it('refuses an impossible date on a change too, and only for the changed field', async () => {
      const created = await register(sb, { mottattDato: '2026-03-02T10:00:00+01:00', forfallsdato: '2026-03-20' });
      const id = created.json().id;
      const early = await sb.request('PATCH', `/api/journalposter/${id}`, { forfallsdato: '2026-02-01' });
      expect(problem(early)).toMatchObject({ status: 400, code: 'IMPLAUSIBLE_DATE', errors: [{ field: 'forfallsdato' }] });
      const future = await sb.request('PATCH', `/api/journalposter/${id}`, { dokumentetsDato: addDays(today(), 30) });
      expect(problem(future)).toMatchObject({ status: 400, errors: [{ field: 'dokumentetsDato' }] });
      const ok = await sb.request('PATCH', `/api/journalposter/${id}`, { forfallsdato: '2026-03-02', tittel: 'Brev om garasje' });
      expect(ok.statusCode, ok.body).toBe(200);
    });
  });

  describe('main document before journalføring', () => {
    it('registers the archive’s incoming letter as M until its scan is attached, then journalfører it', async () => {
      const created = await register(arkivar, {});
      expect(created.json().journalstatus.code).toBe('M');
      const id = created.json().id;
      const early = await arkivar.request('POST', `/api/journalposter/${id}/status`, { journalstatus: 'J' });
      expect(problem(early)).toMatchObject({ status: 409, code: 'MAIN_DOCUMENT_MISSING' });
      expect(early.json().messages.nb).toContain('uten hoveddokument');
      expect((await upload(id)).statusCode).toBe(201);
      const done = await arkivar.request('POST', `/api/journalposter/${id}/status`, { journalstatus: 'J' });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().journalstatus.code).toBe('J');
    });

    it('refuses J asked for at registration without a main document', async () => {
      const res = await register(arkivar, { journalstatus: 'J' });
      expect(problem(res)).toMatchObject({ status: 409, code: 'MAIN_DOCUMENT_MISSING', errors: [{ field: 'hoveddokument' }] });
    });

    it('journalfører a paper-only letter the archive confirms, shows it and logs who confirmed it', async () => {
      const res = await register(arkivar, { dokumentmedium: 'F' });
      expect(res.json()).toMatchObject({ journalstatus: { code: 'J' }, dokumentmedium: 'F' });
      const log = (await arkivar.request('GET', `/api/journalposter/${res.json().id}/endringslogg`)).json().items;
      expect(log).toContainEqual(
        expect.objectContaining({ felt: 'dokumentmedium', nyVerdi: 'F', endretAv: expect.objectContaining({ id: ark.actor.brukerId }) }),
      );
    });

    it('lets only the archive confirm a paper-only letter', async () => {
      const res = await register(sb, { dokumentmedium: 'F' });
      expect(problem(res)).toMatchObject({ status: 403, code: 'ACCESS_DENIED', errors: [{ field: 'dokumentmedium' }] });
      const own = await register(sb, {});
      const patch = await sb.request('PATCH', `/api/journalposter/${own.json().id}`, { dokumentmedium: 'F' });
      expect(problem(patch)).toMatchObject({ status: 403, code: 'ACCESS_DENIED' });
    });

    it('keeps a journalført paper-only letter journalført: the confirmation is not withdrawn while there is no scan', async () => {
      const id = (await register(arkivar, { dokumentmedium: 'F' })).json().id;
      const withdraw = await arkivar.request('PATCH', `/api/journalposter/${id}`, { dokumentmedium: 'E' });
      expect(problem(withdraw)).toMatchObject({ status: 409, code: 'MAIN_DOCUMENT_MISSING' });
      expect((await upload(id)).statusCode).toBe(201);
      expect((await arkivar.request('PATCH', `/api/journalposter/${id}`, { dokumentmedium: 'E' })).statusCode).toBe(200);
    });

    it('refuses an outgoing letter F → J without a main document, and lets an attachment alone not count', async () => {
      const sakId = await newCase();
      const letter = await registerJournalpost(team.sbCtx, sakId, { journalposttype: 'U', tittel: 'Svar' });
      const attachment = await postForm(
        team.app,
        sb,
        `/api/journalposter/${letter.id}/dokumenter`,
        documentForm('vedlegg.txt', Buffer.from('vedlegg'), { tilknyttetRegistreringSom: 'V', dokumentstatus: 'F' }),
      );
      expect(attachment.statusCode, attachment.body).toBe(201);
      await changeJournalstatus(team.sbCtx, letter.id, { journalstatus: 'F' });
      await expect(changeJournalstatus(ark, letter.id, { journalstatus: 'J' })).rejects.toMatchObject({ code: 'MAIN_DOCUMENT_MISSING' });
    });

    it('asks nothing of an internal note (N, X)', async () => {
      const sakId = await newCase();
      const note = await registerJournalpost(team.sbCtx, sakId, { journalposttype: 'X', tittel: 'Notat' });
      await changeJournalstatus(team.sbCtx, note.id, { journalstatus: 'F' });
      expect((await changeJournalstatus(ark, note.id, { journalstatus: 'J' })).journalstatus).toBe('J');
    });

    it('journalfører in one step when the documents come in the same transaction, and refuses J asked for before them', async () => {
      const sakId = await newCase();
      const input = { journalposttype: 'I' as const, tittel: 'Fra mottak' };
      // J asked for at registration, the documents to come after it: refused, and the whole step with it.
      await expect(inTenant(ark, (tx) => registerJournalpost(ark, sakId, { ...input, journalstatus: 'J' }, tx))).rejects.toMatchObject({
        code: 'MAIN_DOCUMENT_MISSING',
      });
      expect((await arkivar.request('GET', `/api/saksmapper/${sakId}`)).json().journalposter).toEqual([]);
      // As the reception queue does it: M, its files, J — one transaction.
      const made = await inTenant(ark, async (tx) => {
        const row = await registerJournalpost(ark, sakId, { ...input, journalstatus: 'M' }, tx);
        await dokumentRepository.insertDokumentbeskrivelse(tx, {
          organisasjon_id: row.organisasjon_id,
          journalpost_id: row.id,
          tittel: 'Skannet brev',
          dokumenttype: 'SO',
          dokumentstatus: 'F',
          tilknyttet_registrering_som: 'H',
          dokumentnummer: 1,
          tilknyttet_av: ark.actor.brukerId,
          opprettet_av: ark.actor.brukerId,
        });
        return applyJournalstatus(ark, tx, row.id, 'J');
      });
      expect(made.journalstatus).toBe('J');
    });
  });
});
