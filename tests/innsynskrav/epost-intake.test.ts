import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../src/db/tenant.js';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import { receiveInnsynskravFromMottak } from '../../src/features/innsynskrav/receive-from-mottak.js';
import { importEml } from '../../src/features/mottak/import-eml.js';
import { composeEml, pdfAttachment } from '../mottak/mail-fixtures.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { PASSWORD } from '../support/world.js';
import { innsynWorld, type InnsynWorld } from './innsynskrav-world.js';

/** Issue 15 item 3: an access request by e-mail, from the reception queue. */
describe(`access requests by e-mail (${engineName()})`, () => {
  let w: InnsynWorld;
  let app: FastifyInstance;
  let ark: Client;
  let n = 0;

  beforeAll(async () => {
    w = await innsynWorld(await createTestDatabase());
    app = await createTestApp(w.handle, { dataDir: w.dataDir });
    ark = await loginAs(app, 'valer.arkivar', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await w.handle.close();
    fs.rmSync(w.dataDir, { recursive: true, force: true });
  });

  /** A journalført record and its number as the public journal shows it. */
  const publicRecord = async () => {
    const id = await w.record();
    const r = await inTenant(w.ark, (tx) =>
      tx
        .selectFrom('journalpost as j')
        .innerJoin('saksmappe as s', 's.id', 'j.saksmappe_id')
        .select(['s.saksaar', 's.sakssekvensnummer', 'j.journalpostnummer'])
        .where('j.id', '=', id)
        .executeTakeFirstOrThrow(),
    );
    return { id, nummer: `${r.saksaar}/${r.sakssekvensnummer}-${r.journalpostnummer}` };
  };
  const email = async (subject: string, extra: Parameters<typeof composeEml>[0] = {}) =>
    (
      await importEml(w.ark, w.stores.plain, {
        raw: await composeEml({ subject, messageId: `<innsyn-${++n}@example.no>`, text: 'Jeg ber om innsyn.', ...extra }),
        kilde: 'test',
        maxVedleggBytes: 1024 * 1024,
      })
    ).mottak;
  const counts = () =>
    inTenant(w.ark, async (tx) => ({
      saker: Number(
        (
          await tx
            .selectFrom('saksmappe')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      krav: Number(
        (
          await tx
            .selectFrom('innsynskrav')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    }));

  it('proposes the record numbers the subject names, and registers the e-mail as a request routed to the case owner', async () => {
    const record = await publicRecord();
    const item = await email(`Innsynskrav i ${record.nummer}`, { attachments: [await pdfAttachment('krav.pdf', 'Innsynskrav')] });
    const shown = await ark.request('GET', `/api/mottak/${item.id}`);
    expect(shown.json().nevnteJournalposter).toEqual([record.nummer]);

    const res = await ark.request('POST', `/api/mottak/${item.id}/innsynskrav`, { nummer: [record.nummer] });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.mottak).toMatchObject({ status: 'registrert', journalpostId: body.journalpostId });
    const krav = await inTenant(w.ark, (tx) =>
      tx.selectFrom('innsynskrav').selectAll().where('id', '=', body.innsynskravId).executeTakeFirstOrThrow(),
    );
    expect(krav).toMatchObject({
      kanal: 'epost',
      bestiller_navn: 'Ola Nordmann',
      bestiller_epost: 'ola.nordmann@example.no',
      ekstern_id: `<innsyn-${n}@example.no>`,
      frist: body.frist,
    });
    const documents = await inTenant(w.ark, (tx) =>
      tx
        .selectFrom('dokumentbeskrivelse')
        .select('tittel')
        .where('journalpost_id', '=', body.journalpostId)
        .orderBy('dokumentnummer')
        .execute(),
    );
    expect(documents).toHaveLength(2);
    const ubesvarte = await listArbeidsliste(w.sb, 'ubesvarte', { side: 1, perSide: 50 });
    expect(ubesvarte.items.find((i) => i.journalpost?.id === body.journalpostId)).toMatchObject({
      oppgavetype: 'besvare',
      frist: body.frist,
    });

    const again = await ark.request('POST', `/api/mottak/${item.id}/innsynskrav`, { nummer: [record.nummer] });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a number that is not in the public journal, or not a number, naming it, and leaves the post in the queue', async () => {
    const record = await publicRecord();
    const item = await email('Innsyn');
    const before = await counts();
    const missing = await ark.request('POST', `/api/mottak/${item.id}/innsynskrav`, { nummer: [record.nummer, '1999/1-1'] });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toContain('1999/1-1 finnes ikke i den offentlige journalen');
    const garbled = await ark.request('POST', `/api/mottak/${item.id}/innsynskrav`, { nummer: ['sak tolv'] });
    expect(garbled.statusCode).toBe(400);
    expect(garbled.json().errors[0]).toMatchObject({ field: 'nummer.0' });
    expect(await counts()).toEqual(before);
    expect((await ark.request('GET', `/api/mottak/${item.id}`)).json().status).toBe('ny');
  });

  it('asks for the answer address when the post has none, and takes the one the archive gives', async () => {
    const record = await publicRecord();
    const item = await email('Brev om innsyn', { omitFrom: true });
    await expect(receiveInnsynskravFromMottak(w.ark, item.id, { nummer: [record.nummer] })).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: 'epost' })],
    });
    const { krav } = await receiveInnsynskravFromMottak(w.ark, item.id, {
      nummer: [record.nummer],
      navn: 'Kari',
      epost: 'kari@example.no',
    });
    expect(krav.duplikat).toBe(false);
  });

  it("is the archive's: a case worker may not register post as a request", async () => {
    const record = await publicRecord();
    const item = await email(`Innsyn ${record.nummer}`);
    await expect(receiveInnsynskravFromMottak(w.sb, item.id, { nummer: [record.nummer] })).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
      message: expect.stringContaining('register access requests from the reception queue'),
    });
  });
});
