import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSvarUtClient, svarUtFilnavn, SvarUtError, type Forsendelse } from '../../src/integrations/svarut/svarut-client.js';
import { parseSvarUtKonto, readToken, svarUtSettings } from '../../src/integrations/svarut/svarut-settings.js';
import { startTestSvarUt, type TestSvarUt } from './svarut-test-server.js';

/** The SvarUt REST v2 client against a local server that validates every request against the published OpenAPI. */
describe('the SvarUt client', () => {
  let svarut: TestSvarUt;
  beforeAll(async () => {
    svarut = await startTestSvarUt();
  });
  afterAll(async () => {
    await svarut.close();
  });

  const forsendelse = (eksternReferanse: string, over: Partial<Forsendelse> = {}): Forsendelse => ({
    tittel: 'Svar på søknad om skjenkebevilling',
    mottaker: { navn: 'Kafé Solør AS', digitalId: '920123456', adresselinje1: 'Storgata 1', postnummer: '2270', poststed: 'FLISA' },
    avgivendeSystem: 'Saksgang',
    kunDigitalLevering: false,
    eksternReferanse,
    metadataFraAvleverendeSystem: { saksaar: 2026, sakssekvensnummer: 12, journalpostnummer: 3, journalposttype: 'U', tittel: 'Svar' },
    dokumenter: [{ filnavn: 'brev.pdf', mimeType: 'application/pdf' }],
    ...over,
  });
  const pdf = { filnavn: 'brev.pdf', mimeType: 'application/pdf', innhold: new Uint8Array(Buffer.from('%PDF-1.4 brev')) };

  it('reads one account per organisation from SVARUT_<KORTNAVN>, and refuses a wrong one by name', () => {
    const konto = parseSvarUtKonto('SVARUT_VALER', 'valer', svarut.kontoUrl);
    expect(konto).toMatchObject({
      organisasjon: 'valer',
      baseUrl: svarut.baseUrl,
      kontoId: svarut.kontoId,
      integrasjonId: svarut.integrasjonId,
    });
    expect(svarUtSettings({ SVARUT_ASNES: svarut.kontoUrl, SVARUT_TOKEN_FILE: '/x' })).toMatchObject({
      kontoer: [{ organisasjon: 'asnes' }],
      tokenFile: '/x',
    });
    expect(() => parseSvarUtKonto('SVARUT_GRUE', 'grue', 'https://svarut.ks.no/api/v2/kontoer/abc')).toThrow(/SVARUT_GRUE: .*UUID/);
    expect(() => parseSvarUtKonto('SVARUT_GRUE', 'grue', `https://svarut.ks.no/api/v2/kontoer/${svarut.kontoId}`)).toThrow(/password/);
  });

  it('sends a forsendelse with its file as the spec and RESTV2.md describe it, with the integration credentials', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-svarut-'));
    const tokenFile = path.join(dir, 'token');
    fs.writeFileSync(tokenFile, 'maskinporten-token\n');
    const client = createSvarUtClient({
      konto: parseSvarUtKonto('SVARUT_VALER', 'valer', svarut.kontoUrl),
      token: () => readToken({ tokenFile }),
    });
    const id = await client.send(forsendelse('jp-1:mottaker-1'), [pdf]);
    expect(svarut.invalid).toEqual([]);
    const got = svarut.received.find((r) => r.id === id)!;
    expect(got.forsendelse).toMatchObject({ tittel: 'Svar på søknad om skjenkebevilling', eksternReferanse: 'jp-1:mottaker-1' });
    expect(got.filer).toMatchObject([{ felt: 'filer_0', filnavn: 'brev.pdf', mimeType: 'application/pdf' }]);
    expect(got.filer[0]!.innhold.toString()).toBe('%PDF-1.4 brev');
    expect(got.headers.authorization).toBe('Bearer maskinporten-token');
    expect(await client.findByEksternRef('jp-1:mottaker-1')).toEqual([id]);
    expect(await client.findByEksternRef('nothing')).toEqual([]);
    expect(await client.statuses([id])).toMatchObject([{ id, status: 'MOTTATT' }]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the test server refuses what the spec refuses (so a client bug would fail the tests)', async () => {
    const client = createSvarUtClient({ konto: parseSvarUtKonto('SVARUT_VALER', 'valer', svarut.kontoUrl) });
    const before = svarut.invalid.length;
    // A title over the schema's maxLength, and a file the metadata does not describe.
    await expect(client.send(forsendelse('bad', { tittel: 'x'.repeat(1001) }), [pdf])).rejects.toMatchObject({
      status: 400,
      retryable: false,
    });
    await expect(client.send(forsendelse('bad2'), [pdf, pdf])).rejects.toThrow(/2 files sent/);
    expect(svarut.invalid.length).toBe(before + 2);
    svarut.invalid.length = before;
  });

  it('a 5xx or no answer is worth another try; wrong credentials are not', async () => {
    const client = createSvarUtClient({ konto: parseSvarUtKonto('SVARUT_VALER', 'valer', svarut.kontoUrl) });
    svarut.failNext(1, 503);
    const down = await client.send(forsendelse('down'), [pdf]).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(SvarUtError);
    expect(down).toMatchObject({ status: 503, retryable: true });
    svarut.loseNextAnswer();
    await expect(client.send(forsendelse('lost'), [pdf])).rejects.toMatchObject({ retryable: true });
    // The lost answer's forsendelse was taken: the reference finds it.
    expect(await client.findByEksternRef('lost')).toHaveLength(1);
    const wrong = createSvarUtClient({
      konto: { ...parseSvarUtKonto('SVARUT_VALER', 'valer', svarut.kontoUrl), integrasjonPassord: 'feil' },
    });
    await expect(wrong.send(forsendelse('wrong'), [pdf])).rejects.toMatchObject({ status: 401, retryable: false });
  });

  it('makes file names SvarUt takes and keeps them unique', () => {
    expect(svarUtFilnavn(['brev.pdf', 'Brev.pdf', 'a/b:c?.pdf', ''])).toEqual(['brev.pdf', 'Brev (2).pdf', 'a_b_c_.pdf', 'dokument']);
  });
});
