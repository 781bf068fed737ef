import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { openDokumentobjekt } from '../../src/features/dokumenter/open-dokumentobjekt.js';
import { checkEmailDispatchOf } from '../../src/features/sikker-sone/check-email-dispatch.js';
import { createDocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import { stepUpWithPassword } from '../../src/features/sikker-sone/step-up.js';
import { search } from '../../src/features/sok/search.js';
import { sha256 } from '../../src/shared/tokens.js';
import { runDueJobs } from '../../src/jobs/background.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, PASSWORD, seedWorld, silentLog } from '../support/world.js';
import { createJournalpost, documentForm, listFiles, postForm, tempDataDir } from '../documents/fixtures.js';

const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const MINUTE = 60_000;

describe(`secure zone (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let sb: Client;

  const plainFiles = () => listFiles(path.join(dataDir, 'files')).filter((f) => !f.includes('.tmp'));
  const secureFiles = () => listFiles(path.join(dataDir, 'secure-files')).filter((f) => !f.includes('.tmp'));
  const fileText = async (sjekksum: string) =>
    (await handle.db.selectFrom('fil_tekst').select('tekst').where('sjekksum', '=', sjekksum).executeTakeFirst())?.tekst;
  const upload = async (jp: string, text: string, fields: Record<string, string> = {}) => {
    const res = await postForm(
      app,
      sb,
      `/api/journalposter/${jp}/dokumenter`,
      documentForm('notat.txt', Buffer.from(text), fields, 'text/plain'),
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; personsensitiv: boolean; dokumentobjekter: { id: string; sjekksum: string }[] };
  };
  const download = (client: Client, objektId: string) => client.request('GET', `/api/dokumentobjekter/${objektId}/fil`);

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    dataDir = tempDataDir();
    app = await createTestApp(handle, { dataDir });
    sb = await loginAs(app, 'valer.saksbehandler', PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores a personsensitive upload encrypted in the secure store only, and never indexes its text', async () => {
    const text = 'Legeerklæring: pasienten har diagnosen Vindruesyke.';
    const dok = await upload(await createJournalpost(handle, 'valer'), text, { personsensitiv: 'true', tittel: 'Legeerklæring' });
    const sjekksum = dok.dokumentobjekter[0]!.sjekksum;
    expect(dok.personsensitiv).toBe(true);
    expect(plainFiles().some((f) => f.endsWith(sjekksum))).toBe(false);
    const stored = secureFiles().map((f) => fs.readFileSync(path.join(dataDir, 'secure-files', f)));
    expect(stored.length).toBe(1);
    expect(stored[0]!.includes(Buffer.from('Vindruesyke'))).toBe(false);
    expect(await fileText(sjekksum)).toBeUndefined();
    // The key lives apart from both stores.
    expect(fs.existsSync(path.join(dataDir, 'secure-zone-dev.key'))).toBe(true);
  });

  it('opens a secure file only after a password re-entry, for a short while, and only in that session', async () => {
    const text = 'Sykemelding for ansatt.';
    const dok = await upload(await createJournalpost(handle, 'valer'), text, { personsensitiv: 'true' });
    const objekt = dok.dokumentobjekter[0]!.id;
    expect((await download(sb, objekt)).json()).toMatchObject({ status: 403, code: 'STEP_UP_REQUIRED' });

    const wrong = await sb.request('POST', '/api/sikker-sone/steg-opp', { passord: 'feil' });
    expect(wrong.json()).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect((await download(sb, objekt)).statusCode).toBe(403);

    const before = Date.now();
    const stepped = await sb.request('POST', '/api/sikker-sone/steg-opp', { passord: PASSWORD });
    expect(stepped.statusCode, stepped.body).toBe(200);
    const until = new Date(stepped.json().sikkerSoneTil).getTime();
    expect(until - before).toBeGreaterThanOrEqual(10 * MINUTE - 1000);
    expect(until - before).toBeLessThanOrEqual(10 * MINUTE + 5000);
    const opened = await download(sb, objekt);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toBe(text);

    // Another session of the same user has not stepped up.
    const other = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    expect((await download(other, objekt)).json()).toMatchObject({ code: 'STEP_UP_REQUIRED' });

    // Time passes: the step has expired.
    await handle.db
      .updateTable('session')
      .set({ sikker_sone_til: new Date(Date.now() - 1000) })
      .where('token_hash', '=', sha256(sb.cookie))
      .execute();
    expect((await download(sb, objekt)).json()).toMatchObject({ code: 'STEP_UP_REQUIRED' });
    expect((await sb.request('GET', '/api/sikker-sone/steg-opp')).json()).toMatchObject({ sikkerSoneTil: null, minutter: 10 });

    // Leaving closes it at once.
    await sb.request('POST', '/api/sikker-sone/steg-opp', { passord: PASSWORD });
    expect((await sb.request('DELETE', '/api/sikker-sone/steg-opp')).statusCode).toBe(204);
    expect((await download(sb, objekt)).statusCode).toBe(403);
  });

  it('writes to the reading log only the openings that happen: not one refused for want of the second step', async () => {
    const dok = await upload(await createJournalpost(handle, 'valer'), 'Personalsamtale.', { personsensitiv: 'true' });
    const objekt = dok.dokumentobjekter[0]!.id;
    // Screened (the uploader, as its creator, still reads it): openings of its file are logged.
    await handle.db.updateTable('dokumentbeskrivelse').set({ tilgangskode: 'P' }).where('id', '=', dok.id).execute();
    const logged = async () =>
      (await handle.db.selectFrom('lesing_logg').select('lest_av').where('objekt_id', '=', objekt).execute()).length;
    await sb.request('DELETE', '/api/sikker-sone/steg-opp');
    expect((await download(sb, objekt)).json()).toMatchObject({ code: 'STEP_UP_REQUIRED' });
    expect(await logged()).toBe(0);
    await sb.request('POST', '/api/sikker-sone/steg-opp', { passord: PASSWORD });
    expect((await download(sb, objekt)).statusCode).toBe(200);
    expect(await logged()).toBe(1);
    await sb.request('DELETE', '/api/sikker-sone/steg-opp');
  });

  it('expires the step after the configured minutes by the clock', async () => {
    const dok = await upload(await createJournalpost(handle, 'valer'), 'Attest.', { personsensitiv: 'true' });
    const stores = createDocumentStores({ dataDir }, silentLog, {});
    const ctx = await ctxFor(handle, 'valer.saksbehandler', 'valer', 'SB');
    const t0 = new Date();
    const at = (minutes: number) => ({ ...ctx, now: () => new Date(t0.getTime() + minutes * MINUTE) });
    const sessionTokenHash = sha256(sb.cookie);
    await stepUpWithPassword(at(0), { sessionTokenHash, brukerId: ctx.actor.brukerId, passord: PASSWORD, ip: '127.0.0.1', minutes: 10 });
    const open = (minutes: number) => openDokumentobjekt(at(minutes), stores, dok.dokumentobjekter[0]!.id, { sessionTokenHash });
    await expect(open(9.9)).resolves.toBeDefined();
    await expect(open(10)).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
    // An API token (no session) never opens the secure zone.
    await expect(openDokumentobjekt(at(1), stores, dok.dokumentobjekter[0]!.id, {})).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
  });

  it('moves an existing document into the secure zone: plain copy and searchable text gone, metadata still found', async () => {
    const text = 'Søknaden nevner Tyttebærsyltetøy og helseopplysninger.';
    const dok = await upload(await createJournalpost(handle, 'valer'), text, { tittel: 'Søknad om tilrettelegging' });
    const sjekksum = dok.dokumentobjekter[0]!.sjekksum;
    const ctx = await ctxFor(handle, 'valer.saksbehandler', 'valer', 'SB');
    await runDueJobs({ db: handle.db, log: silentLog, config: { dataDir: app.deps.config.dataDir } });
    expect(await fileText(sjekksum)).toContain('Tyttebærsyltetøy');
    expect((await search(ctx, { q: 'tyttebærsyltetøy' })).total).toBe(1);

    for (const who of ['valer.lesetilgang', 'valer.leder']) {
      const client = await loginAs(app, who, PASSWORD);
      expect((await client.request('POST', `/api/dokumentbeskrivelser/${dok.id}/personsensitiv`)).statusCode).toBe(403);
    }
    const marked = await sb.request('POST', `/api/dokumentbeskrivelser/${dok.id}/personsensitiv`);
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().personsensitiv).toBe(true);

    expect(plainFiles().some((f) => f.endsWith(sjekksum))).toBe(false);
    expect(await fileText(sjekksum)).toBeUndefined();
    expect((await search(ctx, { q: 'tyttebærsyltetøy' })).total).toBe(0);
    expect((await search(ctx, { q: 'tilrettelegging' })).total).toBe(1);

    await sb.request('POST', '/api/sikker-sone/steg-opp', { passord: PASSWORD });
    const opened = await download(sb, dok.dokumentobjekter[0]!.id);
    expect(opened.statusCode).toBe(200);
    expect(digest(opened.rawPayload)).toBe(sjekksum);

    const log = await sb.request('GET', `/api/endringslogg?objektId=${dok.id}`);
    expect(log.statusCode, log.body).toBe(200);
    expect(JSON.stringify(log.json())).toContain('personsensitiv');
  });

  it('never lets a document leave the secure zone, not even by a direct UPDATE', async () => {
    const dok = await upload(await createJournalpost(handle, 'valer'), 'Hemmelig.', { personsensitiv: 'true' });
    await expect(
      handle.db.updateTable('dokumentbeskrivelse').set({ personsensitiv: false }).where('id', '=', dok.id).execute(),
    ).rejects.toThrow(/personsensitiv/);
  });

  it('keeps extracted text of secure-only content out of the database, whoever tries to store it', async () => {
    const dok = await upload(await createJournalpost(handle, 'valer'), 'Diagnose.', { personsensitiv: 'true' });
    const { sjekksum } = dok.dokumentobjekter[0]!;
    const org = (
      await handle.db.selectFrom('dokumentbeskrivelse').select('organisasjon_id').where('id', '=', dok.id).executeTakeFirstOrThrow()
    ).organisasjon_id;
    await handle.db.insertInto('fil_tekst').values({ organisasjon_id: org, sjekksum, tekst: 'Diagnose.' }).execute();
    expect(await fileText(sjekksum)).toBeUndefined();
  });

  it('refuses an e-mail dispatch that carries a secure-zone document', async () => {
    const jp = await createJournalpost(handle, 'valer');
    const ordinary = await upload(jp, 'Følgebrev.');
    const secure = await upload(jp, 'Legeerklæring.', { personsensitiv: 'true', tittel: 'Legeerklæring' });
    const ctx = await ctxFor(handle, 'valer.saksbehandler', 'valer', 'SB');
    await expect(checkEmailDispatchOf(ctx, [ordinary.id])).resolves.toBeUndefined();
    await expect(checkEmailDispatchOf(ctx, [ordinary.id, secure.id])).rejects.toMatchObject({ code: 'SECURE_ZONE_NO_EMAIL' });
  });
});
