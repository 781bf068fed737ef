import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../src/db/tenant.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { LocalFileStore } from '../../src/files/local-file-store.js';
import { importEml } from '../../src/features/mottak/import-eml.js';
import { receiveScans } from '../../src/features/mottak/receive-scans.js';
import { registerFromMottak } from '../../src/features/mottak/register-from-mottak.js';
import { arkivbegrensMottak } from '../../src/features/mottak/arkivbegrens-mottak.js';
import { addGrunn, listGrunner, updateGrunn } from '../../src/features/mottak/arkivbegrensning-grunner.js';
import { storeUpload } from '../../src/features/dokumenter/upload.js';
import { Readable } from 'node:stream';
import { tempDataDir } from '../documents/fixtures.js';
import { engineName } from '../support/test-db.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { PASSWORD } from '../support/world.js';
import { as, createCase, valerTeam, type ValerTeam } from '../records/records-world.js';
import { composeEml, pdfAttachment } from './mail-fixtures.js';

const MIB = 1024 * 1024;

describe(`registration and arkivbegrensning from the reception queue (${engineName()})`, () => {
  let team: ValerTeam;
  valerTeam((t) => (team = t));
  // The app of this file serves the files the use cases store here.
  const dataDir = tempDataDir();
  const store = new LocalFileStore({ root: path.join(dataDir, 'files') });
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp(team.handle, { dataDir });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  let n = 0;
  const email = async (extra: Parameters<typeof composeEml>[0] = {}) =>
    (
      await importEml(team.ark, store, {
        raw: await composeEml({
          subject: 'RE: Søknad om ferdigattest',
          messageId: `<reg-${++n}@example.no>`,
          text: 'Vedlagt søknad.',
          attachments: [await pdfAttachment('søknad.pdf', 'Søknad om ferdigattest')],
          ...extra,
        }),
        kilde: 'test',
        maxVedleggBytes: 25 * MIB,
      })
    ).mottak;
  const recordOf = (id: string) =>
    inTenant(team.ark, async (tx) => ({
      record: await tx.selectFrom('journalpost').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      documents: await tx
        .selectFrom('dokumentbeskrivelse')
        .innerJoin('dokumentobjekt', 'dokumentobjekt.dokumentbeskrivelse_id', 'dokumentbeskrivelse.id')
        .select(['dokumentnummer', 'tilknyttet_registrering_som', 'dokumentbeskrivelse.tittel', 'filnavn', 'sjekksum'])
        .where('journalpost_id', '=', id)
        .orderBy('dokumentnummer')
        .execute(),
      parties: await tx
        .selectFrom('korrespondansepart')
        .select(['korrespondanseparttype', 'navn', 'epostadresse'])
        .where('journalpost_id', '=', id)
        .execute(),
    }));
  const itemOf = (id: string) =>
    inTenant(team.ark, (tx) => tx.selectFrom('mottak').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  const eventsOf = (id: string) =>
    inTenant(team.ark, (tx) =>
      tx.selectFrom('mottak_hendelse').select(['hendelse', 'detaljer', 'utfort_av']).where('mottak_id', '=', id).orderBy('id').execute(),
    );

  it("registers an e-mail on an existing case in one step: the record journalført, the item's files its documents, the sender its EA party", async () => {
    const item = await email();
    const sak = await createCase(team.ark);
    const { journalpost, mottak } = await registerFromMottak(team.ark, item.id, {
      saksmappeId: sak.id,
      tittel: 'Søknad om ferdigattest – Storgata 1',
    });
    expect(journalpost).toMatchObject({ journalposttype: 'I', journalstatus: 'J', saksmappe_id: sak.id });
    const { record, documents, parties } = await recordOf(journalpost.id);
    expect(record.mottatt_dato).toEqual(item.mottatt_dato);
    expect(record.dokumentets_dato).toBe('2026-11-20');
    expect(documents.map((d) => [d.dokumentnummer, d.tilknyttet_registrering_som, d.tittel, d.filnavn])).toEqual([
      [1, 'H', 'E-post', 'e-post.txt'],
      [2, 'V', 'søknad', 'søknad.pdf'],
    ]);
    expect(parties).toEqual([{ korrespondanseparttype: 'EA', navn: 'Ola Nordmann', epostadresse: 'ola.nordmann@example.no' }]);
    expect(mottak).toMatchObject({ status: 'registrert', journalpost_id: journalpost.id, behandlet_av: team.ark.actor.brukerId });
    expect((await eventsOf(item.id)).map((e) => [e.hendelse, e.detaljer])).toEqual([
      ['mottatt', 'epost: test'],
      ['registrert', journalpost.id],
    ]);
    await expect(registerFromMottak(team.ark, item.id, { saksmappeId: sak.id, tittel: 'Igjen' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('makes a new case in the same step, keeps the record temporary (M) when asked, and picks and names the documents', async () => {
    const [scan] = await receiveScans(team.ark, store, {
      modus: 'samlet',
      files: [
        await storeUpload(store, team.ark.role.organisasjonId, {
          stream: Readable.from([Buffer.from(await makePdf('Brev om gjerde'))]),
          filnavn: 'a.pdf',
        }),
        await storeUpload(store, team.ark.role.organisasjonId, {
          stream: Readable.from([Buffer.from(await makePdf('Kart'))]),
          filnavn: 'b.pdf',
        }),
      ],
    });
    const files = await inTenant(team.ark, (tx) =>
      tx.selectFrom('mottak_fil').select(['id', 'filnavn']).where('mottak_id', '=', scan!.mottak.id).orderBy('nummer').execute(),
    );
    const { journalpost, saksmappeId } = await registerFromMottak(team.ark, scan!.mottak.id, {
      nySak: { tittel: 'Nabotvist om gjerde', primaerKlasse: { verdi: 'L42' } },
      tittel: 'Klage på gjerde',
      journalstatus: 'M',
      dokumenter: [
        { filId: files[1]!.id, tittel: 'Kart over eiendommen' },
        { filId: files[0]!.id, tittel: 'Klagen', dokumenttype: 'B' },
      ],
    });
    expect(journalpost.journalstatus).toBe('M');
    const sak = await inTenant(team.ark, (tx) =>
      tx.selectFrom('saksmappe').select('tittel').where('id', '=', saksmappeId).executeTakeFirstOrThrow(),
    );
    expect(sak.tittel).toBe('Nabotvist om gjerde');
    expect((await recordOf(journalpost.id)).documents.map((d) => [d.tilknyttet_registrering_som, d.tittel, d.filnavn])).toEqual([
      ['H', 'Kart over eiendommen', 'b.pdf'],
      ['V', 'Klagen', 'a.pdf'],
    ]);
  });

  it('leaves everything as it was when the registration is refused: no case, no record, the item still new', async () => {
    const item = await email();
    const cases = async () =>
      Number(
        (
          await inTenant(team.ark, (tx) =>
            tx
              .selectFrom('saksmappe')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow(),
          )
        ).n,
      );
    const before = await cases();
    await expect(
      registerFromMottak(team.ark, item.id, {
        nySak: { tittel: 'Skal ikke finnes', primaerKlasse: { verdi: 'L42' } },
        tittel: 'X',
        tilgangskode: 'QQ',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await cases()).toBe(before);
    expect(await itemOf(item.id)).toMatchObject({ status: 'ny', journalpost_id: null });
    await expect(registerFromMottak(team.ark, item.id, { tittel: 'Uten sak' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('refuses the queue to anyone but the archive', async () => {
    const item = await email();
    const sak = await createCase(team.ark);
    await expect(registerFromMottak(team.sbCtx, item.id, { saksmappeId: sak.id, tittel: 'X' })).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    });
    const grunn = (await listGrunner(team.ark))[0]!;
    await expect(arkivbegrensMottak(team.sbCtx, item.id, { grunnId: grunn.id })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
  });

  it('registers unreadable post with its original as the document', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(100, 3)]);
    const { mottak: item } = await importEml(team.ark, store, { raw: exe, kilde: 'test', maxVedleggBytes: MIB });
    const sak = await createCase(team.ark);
    const { journalpost } = await registerFromMottak(team.ark, item.id, {
      saksmappeId: sak.id,
      tittel: 'Uleselig melding',
      journalstatus: 'M',
    });
    expect((await recordOf(journalpost.id)).documents.map((d) => [d.tittel, d.sjekksum])).toEqual([['Originalen', item.original_sjekksum]]);
  });

  it('keeps post that is not archive-worthy out with a reason from the list, forwards it to the addressee, and logs the decision', async () => {
    const item = await email({ subject: 'Faktura 2026-117' });
    const grunner = await listGrunner(team.ark);
    expect(grunner.map((g) => g.navn)).toEqual(
      expect.arrayContaining(['Faktura', 'Sykemelding', 'Pressemelding', 'Hotell- og billettbestilling']),
    );
    const faktura = grunner.find((g) => g.navn === 'Faktura')!;
    const mottak = await arkivbegrensMottak(team.ark, item.id, {
      grunnId: faktura.id,
      adressatBrukerId: team.sbCtx.actor.brukerId,
      kommentar: 'Til økonomi',
    });
    expect(mottak).toMatchObject({
      status: 'arkivbegrenset',
      arkivbegrensning_grunn: 'Faktura',
      adressat_bruker_id: team.sbCtx.actor.brukerId,
    });
    expect((await eventsOf(item.id)).at(-1)).toMatchObject({
      hendelse: 'arkivbegrenset',
      detaljer: `Faktura; videresendt til ${team.sbCtx.actor.navn}; Til økonomi`,
      utfort_av: team.ark.actor.brukerId,
    });
    // The addressee opens it in the app; another case worker does not.
    const sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    const mine = await sb.request('GET', '/api/mottak/videresendt');
    expect(mine.json().items.map((i: { id: string }) => i.id)).toContain(item.id);
    const opened = await sb.request('GET', `/api/mottak/${item.id}`);
    expect(opened.statusCode).toBe(200);
    expect((await sb.request('GET', `/api/mottak-filer/${opened.json().filer[1].id}/fil`)).statusCode).toBe(200);
    const other = await loginAs(app, 'valer.leder', PASSWORD);
    expect((await other.request('GET', `/api/mottak-filer/${opened.json().filer[1].id}/fil`)).statusCode).toBe(403);
    expect((await other.request('GET', `/api/mottak/${item.id}`)).statusCode).toBe(403);
    expect((await other.request('GET', '/api/mottak/videresendt')).json().items).toEqual([]);
    // Decided is decided.
    const sak = await createCase(team.ark);
    await expect(registerFromMottak(team.ark, item.id, { saksmappeId: sak.id, tittel: 'X' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(arkivbegrensMottak(team.ark, item.id, { grunnId: faktura.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it("also sends forwarded post with its files to the addressee's e-mail address, through the outgoing mailer's queue", async () => {
    const item = await email({ subject: 'Hotellbekreftelse' });
    await team.handle.db.updateTable('bruker').set({ epost: 'sb@valer.kommune.no' }).where('id', '=', team.sbCtx.actor.brukerId).execute();
    try {
      const grunn = (await listGrunner(team.ark)).find((g) => g.navn === 'Hotell- og billettbestilling')!;
      await arkivbegrensMottak(team.ark, item.id, { grunnId: grunn.id, adressatBrukerId: team.sbCtx.actor.brukerId });
      const job = await team.handle.db
        .selectFrom('jobb')
        .select(['type', 'data'])
        .where('nokkel', '=', `mottak:${item.id}`)
        .executeTakeFirstOrThrow();
      expect(job.type).toBe('send-epost');
      expect(job.data).toMatchObject({
        til: 'sb@valer.kommune.no',
        emne: 'Videresendt post: Hotellbekreftelse',
        tekst: expect.stringContaining('Grunn: Hotell- og billettbestilling'),
        vedlegg: [
          expect.objectContaining({ filnavn: 'e-post.txt' }),
          expect.objectContaining({ filnavn: 'søknad.pdf', innholdstype: 'application/pdf' }),
        ],
      });
      expect((await eventsOf(item.id)).at(-1)?.detaljer).toMatch(/sendt på e-post til sb@valer\.kommune\.no$/);
      // Asked not to: no e-mail.
      const quiet = await email({ subject: 'Reklame' });
      await arkivbegrensMottak(team.ark, quiet.id, { grunnId: grunn.id, adressatBrukerId: team.sbCtx.actor.brukerId, epost: false });
      expect(
        await team.handle.db.selectFrom('jobb').select('id').where('nokkel', '=', `mottak:${quiet.id}`).executeTakeFirst(),
      ).toBeUndefined();
    } finally {
      await team.handle.db.updateTable('bruker').set({ epost: null }).where('id', '=', team.sbCtx.actor.brukerId).execute();
    }
  });

  it('keeps the list of reasons per organisation: added, renamed, deactivated (then refused), never removed', async () => {
    const grunn = await addGrunn(team.ark, 'Reklame for kontorrekvisita');
    await expect(addGrunn(team.ark, 'Reklame for kontorrekvisita')).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    await expect(addGrunn(team.sbCtx, 'Noe annet')).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    await updateGrunn(team.ark, grunn.id, { aktiv: false });
    const item = await email();
    await expect(arkivbegrensMottak(team.ark, item.id, { grunnId: grunn.id })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const grue = await as(team.handle, 'grue', 'ARK');
    expect((await listGrunner(grue)).map((g) => g.navn)).not.toContain('Reklame for kontorrekvisita');
  });

  it('lets the database refuse changing a decided item, and stamp every event with the real actor and time', async () => {
    const item = await email();
    const sak = await createCase(team.ark);
    await registerFromMottak(team.ark, item.id, { saksmappeId: sak.id, tittel: 'Søknad' });
    await expect(
      inTenant(team.ark, (tx) => tx.updateTable('mottak').set({ status: 'ny', journalpost_id: null }).where('id', '=', item.id).execute()),
    ).rejects.toMatchObject({ code: 'SG001' });
    await inTenant(team.ark, (tx) =>
      sql`INSERT INTO mottak_hendelse (organisasjon_id, mottak_id, hendelse, utfort_av, utfort_av_navn, utfort_dato)
        VALUES (${item.organisasjon_id}, ${item.id}, 'registrert', ${team.sbCtx.actor.brukerId}, 'Falsk', '2000-01-01')`.execute(tx),
    );
    const last = await inTenant(team.ark, (tx) =>
      tx.selectFrom('mottak_hendelse').selectAll().where('mottak_id', '=', item.id).orderBy('id', 'desc').executeTakeFirstOrThrow(),
    );
    expect(last).toMatchObject({ utfort_av: team.ark.actor.brukerId, utfort_av_navn: team.ark.actor.navn });
    expect(last.utfort_dato.getFullYear()).toBeGreaterThan(2000);
    await expect(inTenant(team.ark, (tx) => tx.deleteFrom('mottak_hendelse').where('mottak_id', '=', item.id).execute())).rejects.toThrow();
  });
});
