import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFileStore } from '../../src/files/local-file-store.js';
import { importEml } from '../../src/features/mottak/import-eml.js';
import { inTenant } from '../../src/db/tenant.js';
import { listFiles, tempDataDir } from '../documents/fixtures.js';
import { engineName } from '../support/test-db.js';
import { valerTeam, type ValerTeam } from '../records/records-world.js';
import { composeEml, pdfAttachment } from './mail-fixtures.js';

const MIB = 1024 * 1024;

describe(`e-mail into the reception queue (${engineName()})`, () => {
  let team: ValerTeam;
  valerTeam((t) => (team = t));
  const root = tempDataDir();
  const store = new LocalFileStore({ root });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const importAs = (raw: Buffer, maxVedleggBytes = 25 * MIB) => importEml(team.ark, store, { raw, kilde: 'test', maxVedleggBytes });
  const rows = (mottakId: string) =>
    inTenant(team.ark, async (tx) => ({
      files: await tx.selectFrom('mottak_fil').selectAll().where('mottak_id', '=', mottakId).orderBy('nummer').execute(),
      events: await tx.selectFrom('mottak_hendelse').selectAll().where('mottak_id', '=', mottakId).orderBy('id').execute(),
    }));

  it('makes one item of a message: body and attachments as files in order, sender and subject as proposals, the original kept', async () => {
    const raw = await composeEml({
      subject: 'SV: RE: Søknad om ferdigattest',
      messageId: '<ferdigattest-1@example.no>',
      text: 'Hei,\nvedlagt er søknaden om ferdigattest for Storgata 1.\nHilsen Ola',
      attachments: [await pdfAttachment('søknad.pdf', 'Søknad om ferdigattest')],
    });
    const { mottak, duplikat } = await importAs(raw);
    expect(duplikat).toBe(false);
    expect(mottak).toMatchObject({
      kanal: 'epost',
      status: 'ny',
      tittel: 'SV: RE: Søknad om ferdigattest',
      tittel_uklar: true,
      avsender_navn: 'Ola Nordmann',
      avsender_epost: 'ola.nordmann@example.no',
      message_id: '<ferdigattest-1@example.no>',
      original_filnavn: 'e-post.eml',
      merknader: [],
    });
    const { files, events } = await rows(mottak.id);
    expect(files.map((f) => [f.nummer, f.filnavn, f.mime_type])).toEqual([
      [1, 'e-post.txt', 'text/plain; charset=utf-8'],
      [2, 'søknad.pdf', 'application/pdf'],
    ]);
    expect(events.map((e) => [e.hendelse, e.utfort_av])).toEqual([['mottatt', team.ark.actor.brukerId]]);
    // Every file, the original included, is in the content-addressed store.
    for (const sha of [mottak.original_sjekksum!, ...files.map((f) => f.sjekksum)])
      expect(await store.has(team.ark.role.organisasjonId, sha)).toBe(true);
  });

  it('gives one item for the same message delivered twice (by Message-ID or by content), and says it was a duplicate', async () => {
    const raw = await composeEml({ subject: 'Klage på vedtak', messageId: '<klage-1@example.no>', text: 'Jeg klager.' });
    const first = await importAs(raw);
    const again = await importAs(raw);
    expect(again).toMatchObject({ duplikat: true, mottak: { id: first.mottak.id } });
    // Re-sent by another server: other bytes, the same Message-ID.
    const resent = Buffer.concat([Buffer.from('Received: from relay.example.no\r\n'), raw]);
    expect(await importAs(resent)).toMatchObject({ duplikat: true, mottak: { id: first.mottak.id } });
    const { events } = await rows(first.mottak.id);
    expect(events.map((e) => e.hendelse)).toEqual(['mottatt', 'levert_igjen', 'levert_igjen']);
    const count = await inTenant(team.ark, (tx) =>
      tx
        .selectFrom('mottak')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('message_id', '=', '<klage-1@example.no>')
        .executeTakeFirstOrThrow(),
    );
    expect(Number(count.n)).toBe(1);
  });

  it('keeps an e-mail without sender, saying the sender must be filled in', async () => {
    const { mottak } = await importAs(await composeEml({ omitFrom: true, subject: 'Uten avsender', text: 'Hvem er jeg?' }));
    expect(mottak).toMatchObject({ status: 'ny', avsender_epost: null, avsender_navn: null });
    expect(mottak.merknader).toEqual([expect.objectContaining({ nb: expect.stringContaining('ingen avsender') })]);
  });

  it('flags an empty subject', async () => {
    const { mottak } = await importAs(await composeEml({ subject: '', text: 'Tekst uten emne' }));
    expect(mottak).toMatchObject({ tittel: '', tittel_uklar: true });
  });

  it('does not split out a 30 MB attachment but says so, and keeps it inside the original message', async () => {
    const big = Buffer.alloc(30 * MIB, 0x41);
    const raw = await composeEml({
      subject: 'Tegninger til byggesøknad',
      text: 'Se vedlagte tegninger.',
      attachments: [{ filename: 'tegninger.tif', content: big, contentType: 'image/tiff' }, await pdfAttachment('brev.pdf', 'Følgebrev')],
    });
    const { mottak } = await importAs(raw);
    const { files } = await rows(mottak.id);
    expect(files.map((f) => f.filnavn)).toEqual(['e-post.txt', 'brev.pdf']);
    expect(mottak.merknader).toEqual([
      expect.objectContaining({ nb: expect.stringMatching(/«tegninger\.tif» \(30 MB\) er større enn grensen på 25 MB/) }),
    ]);
    const original = await store.open(team.ark.role.organisasjonId, mottak.original_sjekksum!);
    let size = 0;
    for await (const chunk of original) size += (chunk as Buffer).length;
    expect(size).toBe(raw.length);
  });

  it('keeps what cannot be read as e-mail as «uleselig», with the raw bytes', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2000, 7)]);
    const { mottak } = await importAs(exe);
    expect(mottak).toMatchObject({ status: 'uleselig', kanal: 'epost' });
    expect((await rows(mottak.id)).files).toEqual([]);
    expect(await store.has(team.ark.role.organisasjonId, mottak.original_sjekksum!)).toBe(true);
  });

  it('leaves no stored content behind for a duplicate', async () => {
    const raw = await composeEml({ subject: 'Duplikat', messageId: '<dup-2@example.no>', text: 'A' });
    await importAs(raw);
    const before = listFiles(root).length;
    // Same Message-ID, new body bytes: its content is not kept.
    await importAs(await composeEml({ subject: 'Duplikat', messageId: '<dup-2@example.no>', text: 'B med annet innhold' }));
    expect(listFiles(root).filter((f) => !f.includes(path.sep + 'tmp')).length).toBe(before);
  });
});
