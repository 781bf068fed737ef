import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { LocalFileStore } from '../../src/files/local-file-store.js';
import { addDokument } from '../../src/features/dokumenter/add-dokument.js';
import { addVariant } from '../../src/features/dokumenter/add-variant.js';
import { addVersjon } from '../../src/features/dokumenter/add-versjon.js';
import { getDokument } from '../../src/features/dokumenter/list-dokumenter.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { updateDokumentbeskrivelse } from '../../src/features/dokumenter/update-dokumentbeskrivelse.js';
import { setRettsligHold } from '../../src/features/kassasjon/set-rettslig-hold.js';
import type { DocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import { SecureFileStore } from '../../src/features/sikker-sone/secure-file-store.js';
import { slettDokumentobjekt } from '../../src/features/sletting/slett-dokumentobjekt.js';
import { slettingRepository } from '../../src/features/sletting/sletting-repository.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, seedWorld } from '../support/world.js';
import { createJournalpost, tempDataDir } from './fixtures.js';

const file = (filnavn: string, content: string | Uint8Array) => ({ stream: Readable.from([Buffer.from(content)]), filnavn });

/*
 * Noark 5 krav 2.7.14–2.7.25: the archive deletes an inactive version (SV),
 * the public variant (SS) and the production format beside its archival
 * variant (SP) of an archived document, each deletion logged; never the last
 * version or the archival format. The database refuses the same.
 */
describe(`deleting versions, variants and production formats (${engineName()})`, () => {
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

  /** A letter in two versions, each with its archival variant, version 2 with a public variant; finished unless `draft`. */
  async function archivedLetter(draft = false) {
    const jp = await createJournalpost(handle, 'valer', { journalposttype: 'U', journalstatus: 'R' });
    const tag = randomBytes(4).toString('hex');
    const { dokument } = await addDokument(sb, files, jp, { tittel: 'Vedtak', dokumenttype: 'B' }, file('vedtak.txt', `utkast ${tag}`));
    await addVariant(sb, files, dokument.id, { variantformat: 'A' }, file('vedtak-1.pdf', await makePdf(`Vedtak 1 ${tag}`)));
    await addVersjon(sb, files, dokument.id, file('vedtak.txt', `endelig ${tag}`));
    await addVariant(sb, files, dokument.id, { variantformat: 'A' }, file('vedtak-2.pdf', await makePdf(`Vedtak 2 ${tag}`)));
    await addVariant(sb, files, dokument.id, { variantformat: 'O' }, file('sladdet.txt', `endelig ■ ${tag}`));
    if (!draft) await updateDokumentbeskrivelse(sb, dokument.id, { dokumentstatus: 'F' });
    const objekter = async () => (await getDokument(ark, dokument.id)).objekter.map((o) => `${o.versjonsnummer}${o.variantformat}`).sort();
    const objekt = async (v: string) =>
      (await getDokument(ark, dokument.id)).objekter.find((o) => `${o.versjonsnummer}${o.variantformat}` === v)!;
    return { id: dokument.id, jp, objekter, objekt };
  }
  const logged = (objektIds: string[]) =>
    handle.db.selectFrom('endringslogg').select(['objekt_id', 'felt', 'ny_verdi']).where('objekt_id', 'in', objektIds).execute();
  const slettinger = (dokumentbeskrivelseId: string) =>
    inTenant(ark, (tx) => slettingRepository.listFor(tx, ark.role.organisasjonId, dokumentbeskrivelseId));

  it('krav 2.7.14, 2.7.17: deletes an inactive version with its variants, logged as sletting SV and in the change log', async () => {
    const doc = await archivedLetter();
    const v1 = [await doc.objekt('1P'), await doc.objekt('1A')];
    const result = await slettDokumentobjekt(ark, files, v1[0]!.id, 'SV');
    expect(result).toMatchObject({
      slettingstype: 'SV',
      versjonsnummer: 1,
      variantformat: null,
      dokumentobjekterSlettet: 2,
      filerSlettet: 2,
    });
    expect(await doc.objekter()).toEqual(['2A', '2O', '2P']);
    expect(await logged(v1.map((o) => o.id))).toEqual(
      expect.arrayContaining(v1.map((o) => ({ objekt_id: o.id, felt: 'referanseDokumentfil', ny_verdi: null }))),
    );
    expect(await slettinger(doc.id)).toMatchObject([{ slettingstype: 'SV', versjonsnummer: 1, slettet_av: ark.actor.brukerId }]);
    // The content has left the store.
    for (const o of v1) await expect(files.plain.open(ark.role.organisasjonId, o.sjekksum, o.filstoerrelse)).rejects.toThrow();
  });

  it('krav 2.7.14: the last version cannot be deleted', async () => {
    const doc = await archivedLetter();
    await expect(slettDokumentobjekt(ark, files, (await doc.objekt('2P')).id, 'SV')).rejects.toMatchObject({ code: 'DELETION_REFUSED' });
    expect(await doc.objekter()).toEqual(['1A', '1P', '2A', '2O', '2P']);
  });

  it('krav 2.7.18, 2.7.21: deletes the public variant (SS), never the archival format', async () => {
    const doc = await archivedLetter();
    await expect(slettDokumentobjekt(ark, files, (await doc.objekt('2A')).id, 'SS')).rejects.toMatchObject({ code: 'DELETION_REFUSED' });
    const result = await slettDokumentobjekt(ark, files, (await doc.objekt('2O')).id, 'SS');
    expect(result).toMatchObject({ slettingstype: 'SS', versjonsnummer: 2, variantformat: 'O', dokumentobjekterSlettet: 1 });
    expect(await doc.objekter()).toEqual(['1A', '1P', '2A', '2P']);
  });

  it('krav 2.7.22, 2.7.25: deletes the production format beside its archival variant (SP), never the archival one', async () => {
    const doc = await archivedLetter();
    await expect(slettDokumentobjekt(ark, files, (await doc.objekt('2A')).id, 'SP')).rejects.toMatchObject({ code: 'DELETION_REFUSED' });
    await slettDokumentobjekt(ark, files, (await doc.objekt('2P')).id, 'SP');
    expect(await doc.objekter()).toEqual(['1A', '1P', '2A', '2O']);
    expect((await slettinger(doc.id)).map((s) => [s.slettingstype, s.versjonsnummer, s.variantformat])).toEqual([['SP', 2, 'P']]);
  });

  it('only the archive, only a finished document, never under a legal hold', async () => {
    const doc = await archivedLetter();
    await expect(slettDokumentobjekt(sb, files, (await doc.objekt('1P')).id, 'SV')).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
    const draft = await archivedLetter(true);
    await expect(slettDokumentobjekt(ark, files, (await draft.objekt('1P')).id, 'SV')).rejects.toMatchObject({ code: 'DELETION_REFUSED' });
    const sak = await handle.db.selectFrom('journalpost').select('saksmappe_id').where('id', '=', doc.jp).executeTakeFirstOrThrow();
    await setRettsligHold(ark, sak.saksmappe_id, 'Tvist');
    await expect(slettDokumentobjekt(ark, files, (await doc.objekt('1P')).id, 'SV')).rejects.toMatchObject({ code: 'DELETION_REFUSED' });
    expect(await doc.objekter()).toEqual(['1A', '1P', '2A', '2O', '2P']);
    expect(await slettinger(doc.id)).toEqual([]);
  });

  it('the database refuses what the rule refuses, called past the use case (slett_dokumentobjekt)', async () => {
    const doc = await archivedLetter();
    const org = ark.role.organisasjonId;
    for (const [v, type] of [
      ['2P', 'SV'],
      ['2A', 'SS'],
      ['2A', 'SP'],
      ['1P', 'XX'],
    ] as const) {
      const id = (await doc.objekt(v)).id;
      await expect(
        inTenant(ark, (tx) => slettingRepository.slett(tx, id, type)),
        `${v} ${type}`,
      ).rejects.toThrow();
    }
    const draft = await archivedLetter(true);
    const id = (await draft.objekt('1P')).id;
    await expect(inTenant(ark, (tx) => slettingRepository.slett(tx, id, 'SV'))).rejects.toThrow();
    expect(await doc.objekter()).toEqual(['1A', '1P', '2A', '2O', '2P']);
    // Another organisation's object is not found by the function either.
    const asnes = await ctxFor(handle, 'asnes.arkivar', 'asnes', 'ARK');
    const v1 = (await doc.objekt('1P')).id;
    await expect(inTenant(asnes, (tx) => slettingRepository.slett(tx, v1, 'SV'))).rejects.toThrow();
    expect(await inTenant(ark, (tx) => slettingRepository.listFor(tx, org, doc.id))).toEqual([]);
  });
});
