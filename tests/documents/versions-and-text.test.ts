import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { runDueJobs } from '../../src/jobs/background.js';
import { LocalFileStore } from '../../src/files/local-file-store.js';
import type { DocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import { SecureFileStore } from '../../src/features/sikker-sone/secure-file-store.js';
import { addDokument } from '../../src/features/dokumenter/add-dokument.js';
import { addVariant } from '../../src/features/dokumenter/add-variant.js';
import { addVersjon } from '../../src/features/dokumenter/add-versjon.js';
import { listDokumenter } from '../../src/features/dokumenter/list-dokumenter.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { openDokumentobjekt } from '../../src/features/dokumenter/open-dokumentobjekt.js';
import { updateDokumentbeskrivelse } from '../../src/features/dokumenter/update-dokumentbeskrivelse.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, seedWorld, silentLog } from '../support/world.js';
import { createJournalpost, tempDataDir } from './fixtures.js';

const file = (filnavn: string, content: string | Uint8Array) => ({ stream: Readable.from([Buffer.from(content)]), filnavn });

describe(`document versions, variants, text and change log (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let root: string;
  let files: DocumentStores;
  let sb: Ctx;
  let ark: Ctx;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    root = tempDataDir();
    files = { plain: new LocalFileStore({ root }), secure: new SecureFileStore(`${root}/secure`, randomBytes(32)) };
    sb = await ctxFor(handle, 'valer.saksbehandler', 'valer', 'SB');
    ark = await ctxFor(handle, 'valer.arkivar', 'valer', 'ARK');
  });
  afterAll(async () => {
    await handle.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Text extraction runs as a background job: run the due jobs as the server's runner would. */
  const extractPending = () => runDueJobs({ db: handle.db, log: silentLog, config: { dataDir: root }, plain: files.plain });
  const fileText = async (sjekksum: string) =>
    (await handle.db.selectFrom('fil_tekst').select('tekst').where('sjekksum', '=', sjekksum).executeTakeFirst())?.tekst;

  it('numbers documents within the record: the first is H, the rest V', async () => {
    const jp = await createJournalpost(handle, 'valer', { journalposttype: 'U', journalstatus: 'R' });
    const brev = await addDokument(sb, files, jp, { tittel: 'Svar på søknad', dokumenttype: 'B' }, file('svar.txt', 'Svar'));
    const kart = await addDokument(sb, files, jp, { tittel: 'Situasjonskart', dokumenttype: 'B' }, file('kart.txt', 'Kart'));
    const tegning = await addDokument(
      sb,
      files,
      jp,
      { tittel: 'Tegning', dokumenttype: 'B', tilknyttetRegistreringSom: 'V' },
      file('t.txt', 'T'),
    );
    expect([brev, kart, tegning].map((d) => [d.dokument.dokumentnummer, d.dokument.tilknyttet_registrering_som])).toEqual([
      [1, 'H'],
      [2, 'V'],
      [3, 'V'],
    ]);
    expect(brev.dokument.dokumentstatus).toBe('B'); // own outgoing letter: a draft until finalised
    await expect(
      addDokument(sb, files, jp, { tittel: 'To', dokumenttype: 'B', tilknyttetRegistreringSom: 'H' }, file('2.txt', '2')),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(addDokument(sb, files, jp, { tittel: '', dokumenttype: 'XYZ' }, file('x.txt', 'x'))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await listDokumenter(sb, jp)).items.map((d) => d.dokument.dokumentnummer)).toEqual([1, 2, 3]);
  });

  it('adds versions (versjonsnummer + 1) and A/O variants of a version, each once', async () => {
    const jp = await createJournalpost(handle, 'valer', { journalposttype: 'U', journalstatus: 'R' });
    const { dokument } = await addDokument(sb, files, jp, { tittel: 'Vedtak', dokumenttype: 'V' }, file('vedtak.docx', 'utkast 1'));
    const v2 = await addVersjon(sb, files, dokument.id, file('vedtak.docx', 'utkast 2'));
    const v3 = await addVersjon(sb, files, dokument.id, file('vedtak.docx', 'endelig'));
    expect([v2.versjonsnummer, v3.versjonsnummer, v3.variantformat]).toEqual([2, 3, 'P']);
    const arkiv = await addVariant(sb, files, dokument.id, { variantformat: 'A' }, file('vedtak.pdf', await makePdf('Vedtak endelig')));
    expect(arkiv).toMatchObject({ versjonsnummer: 3, variantformat: 'A', format: 'fmt/276', mime_type: 'application/pdf' });
    const offentlig = await addVariant(sb, files, dokument.id, { variantformat: 'O', versjonsnummer: 1 }, file('sladdet.txt', 'utkast ■'));
    expect([offentlig.versjonsnummer, offentlig.variantformat]).toEqual([1, 'O']);
    await expect(addVariant(sb, files, dokument.id, { variantformat: 'A' }, file('igjen.pdf', 'x'))).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    await expect(addVariant(sb, files, dokument.id, { variantformat: 'A', versjonsnummer: 9 }, file('v9.pdf', 'x'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(addVariant(sb, files, dokument.id, { variantformat: 'P' }, file('p.pdf', 'x'))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const [view] = (await listDokumenter(sb, jp)).items;
    expect(view!.objekter.map((o) => `${o.versjonsnummer}${o.variantformat}`)).toEqual(['1P', '1O', '2P', '3P', '3A']);
    const opened = await openDokumentobjekt(sb, files, v2.id);
    expect((await buffer(opened.stream)).toString()).toBe('utkast 2');
  });

  it('keeps a finalised document’s content (krav 3.2.31): no new version for anyone, and no way back to B', async () => {
    const jp = await createJournalpost(handle, 'valer', { journalposttype: 'I', journalstatus: 'S' });
    const { dokument } = await addDokument(sb, files, jp, { tittel: 'Innkommet brev', dokumenttype: 'B' }, file('inn.txt', 'Hei'));
    expect(dokument.dokumentstatus).toBe('F');
    for (const who of [sb, ark]) {
      await expect(addVersjon(who, files, dokument.id, file('inn2.txt', 'Hei igjen'))).rejects.toMatchObject({ code: 'OBJECT_FROZEN' });
    }
    await expect(updateDokumentbeskrivelse(sb, dokument.id, { dokumentstatus: 'B' })).rejects.toMatchObject({
      code: 'ILLEGAL_STATUS_TRANSITION',
    });
  });

  it('extracts the text of PDF and TXT files into fil_tekst, and still stores a file that cannot be read', async () => {
    const jp = await createJournalpost(handle, 'valer');
    const pdf = await addDokument(
      sb,
      files,
      jp,
      { tittel: 'Søknad', dokumenttype: 'SO' },
      file('s.pdf', await makePdf('Søknad om ferdigattest for garasje i Kirkebygda')),
    );
    await extractPending();
    expect(await fileText(pdf.objekter[0]!.sjekksum)).toContain('ferdigattest for garasje i Kirkebygda');
    const txt = await addDokument(
      sb,
      files,
      jp,
      { tittel: 'Notat', dokumenttype: 'N' },
      file('n.txt', 'Møtenotat:\n\n\n  skolebygg   på Våler'),
    );
    await extractPending();
    expect(await fileText(txt.objekter[0]!.sjekksum)).toBe('Møtenotat:\nskolebygg på Våler');
    const latin1 = await addDokument(
      sb,
      files,
      jp,
      { tittel: 'Gammel', dokumenttype: 'N' },
      file('g.txt', Buffer.from('Bjørnstjerne på Våler', 'latin1')),
    );
    await extractPending();
    expect(await fileText(latin1.objekter[0]!.sjekksum)).toBe('Bjørnstjerne på Våler');
    const broken = await addDokument(
      sb,
      files,
      jp,
      { tittel: 'Ødelagt', dokumenttype: 'B' },
      file('ødelagt.pdf', '%PDF-1.4\nthis is no pdf at all'),
    );
    expect(broken.objekter[0]).toMatchObject({ format: 'fmt/18', mime_type: 'application/pdf' });
    await extractPending();
    expect(await fileText(broken.objekter[0]!.sjekksum)).toBeUndefined();
  });

  it('logs creation and every edit of a dokumentbeskrivelse in the change log', async () => {
    const jp = await createJournalpost(handle, 'valer', { journalposttype: 'N', journalstatus: 'R' });
    const { dokument } = await addDokument(sb, files, jp, { tittel: 'Notat', dokumenttype: 'N' }, file('notat.txt', 'Internt notat'));
    await updateDokumentbeskrivelse(sb, dokument.id, { tittel: 'Notat om skoleskyss', dokumenttype: 'RA' });
    const updated = await updateDokumentbeskrivelse(sb, dokument.id, { dokumentstatus: 'F', tittel: 'Notat om skoleskyss' });
    expect(updated.dokument).toMatchObject({ tittel: 'Notat om skoleskyss', dokumenttype: 'RA', dokumentstatus: 'F' });
    const log = await handle.db
      .selectFrom('endringslogg')
      .select(['felt', 'tidligere_verdi', 'ny_verdi', 'endret_av_navn'])
      .where('objekt_id', '=', dokument.id)
      .orderBy('id')
      .execute();
    expect(log.map((r) => [r.felt, r.tidligere_verdi, r.ny_verdi])).toEqual([
      ['dokumentstatus', null, 'B'],
      ['tittel', null, 'Notat'],
      ['dokumenttype', null, 'N'],
      ['tilknyttetRegistreringSom', null, 'H'],
      ['tittel', 'Notat', 'Notat om skoleskyss'],
      ['dokumenttype', 'N', 'RA'],
      ['dokumentstatus', 'B', 'F'],
    ]);
    expect(new Set(log.map((r) => r.endret_av_navn))).toEqual(new Set([sb.actor.navn]));
    const objektLog = await handle.db.selectFrom('endringslogg').select('felt').where('objekt_type', '=', 'dokumentobjekt').execute();
    expect(objektLog.length).toBeGreaterThan(0);
  });

  it('locks documents of a journalført record against edits by the case worker', async () => {
    const jp = await createJournalpost(handle, 'valer', { journalstatus: 'S' });
    const { dokument } = await addDokument(sb, files, jp, { tittel: 'Brev', dokumenttype: 'B' }, file('b.txt', 'Brev'));
    await handle.db.updateTable('journalpost').set({ journalstatus: 'J' }).where('id', '=', jp).execute();
    await expect(updateDokumentbeskrivelse(sb, dokument.id, { tittel: 'Endret' })).rejects.toMatchObject({ code: 'RECORD_LOCKED' });
    await expect(addVariant(sb, files, dokument.id, { variantformat: 'A' }, file('a.pdf', 'x'))).rejects.toMatchObject({
      code: 'RECORD_LOCKED',
    });
    expect((await updateDokumentbeskrivelse(ark, dokument.id, { tittel: 'Rettet av arkivet' })).dokument.tittel).toBe('Rettet av arkivet');
  });
});
