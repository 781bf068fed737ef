import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { jobRepository } from '../../src/jobs/job-repository.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { ABANDONED_TEXT, recordRun } from '../../src/features/uttrekk/record-run.js';
import { uttrekkDir } from '../../src/features/uttrekk/uttrekk-dir.js';
import { INTERRUPTED_TEXT, uttrekkJobHandler } from '../../src/features/uttrekk/uttrekk-job.js';
import { UTTREKK_JOB } from '../../src/features/uttrekk/uttrekk-repository.js';
import { uttrekkSourceRepository } from '../../src/features/uttrekk/uttrekk-source-repository.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD, silentLog } from '../support/world.js';
import { breakJournalSeries, closedPeriodWorld, type UttrekkWorld } from './uttrekk-world.js';

/*
 * Issue 17 items 4, 5 and 8: the archive starts an extraction of a closed
 * arkivdel from the web client; it runs as a background job with progress,
 * survives a restart, ends done (self-check, counts, the package and the
 * deposit report to download) or failed (a failing control fails the job).
 */
describe(`arkivuttrekk as a background job (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let w: UttrekkWorld;
  let app: FastifyInstance;
  let arkivar: Client;
  let saksbehandler: Client;
  let annenOrg: Client;
  let dataDir: string;
  let sak2016: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    w = await closedPeriodWorld(handle);
    dataDir = path.join(w.tmp, 'data');
    app = await createTestApp(handle, { dataDir });
    arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    saksbehandler = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    annenOrg = await loginAs(app, 'asnes.arkivar', PASSWORD);
    const deler = await inTenant(w.sys, (tx) => uttrekkSourceRepository.arkivdeler(tx, w.sys.role.organisasjonId));
    sak2016 = deler.find((d) => d.kortnavn === 'SAK2016')!.id;
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    w?.cleanup();
  });

  /** The export runner of the server, run until nothing is due. */
  const runJobs = () =>
    new JobRunner({
      db: handle.db,
      log: silentLog,
      handlers: { [UTTREKK_JOB]: uttrekkJobHandler(() => w.stores, uttrekkDir({ dataDir })) },
    }).drain();
  const start = (c: Client = arkivar) => c.request('POST', `/api/arkivdeler/${sak2016}/arkivuttrekk`);
  const get = async (id: string) => (await arkivar.request('GET', `/api/arkivuttrekk/${id}`)).json();
  const job = (id: string) =>
    handle.db.selectFrom('jobb').selectAll().where('type', '=', UTTREKK_JOB).where('nokkel', '=', id).executeTakeFirstOrThrow();
  /** The job taken by a process that then died: its lease already run out. */
  const claimAndDie = () => jobRepository.claim(handle.db, [UTTREKK_JOB], -60);
  const packageOf = (id: string) => path.join(uttrekkDir({ dataDir }), w.sys.role.organisasjonId, id);

  let done: string;

  it('only the archive may start, follow or download an extraction: a case worker is refused', async () => {
    expect((await start(saksbehandler)).statusCode).toBe(403);
    expect((await saksbehandler.request('GET', '/api/arkivuttrekk')).statusCode).toBe(403);
    const someId = '00000000-0000-4000-8000-000000000001';
    for (const url of [
      `/api/arkivuttrekk/${someId}`,
      `/api/arkivuttrekk/${someId}/pakke`,
      `/api/arkivuttrekk/${someId}/deponeringsrapport`,
    ]) {
      expect((await saksbehandler.request('GET', url)).statusCode, url).toBe(403);
    }
  });

  it('the archive starts one of a closed arkivdel: recorded as waiting, queued as a job; one per arkivdel at a time', async () => {
    const res = await start();
    expect(res.statusCode).toBe(202);
    const body = res.json();
    expect(body).toMatchObject({ status: 'pågår', fase: 'venter', arkivdeler: [{ id: sak2016, kortnavn: 'SAK2016' }], nedlasting: false });
    done = body.id;
    expect(await job(done)).toMatchObject({ status: 'venter', data: { uttrekkId: done } });
    const again = await start();
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('SAK2016');
  });

  it("another organisation's extraction is invisible to it", async () => {
    expect((await annenOrg.request('GET', `/api/arkivuttrekk/${done}`)).statusCode).toBe(404);
    expect((await annenOrg.request('GET', `/api/arkivuttrekk/${done}/pakke`)).statusCode).toBe(404);
    expect((await annenOrg.request('GET', '/api/arkivuttrekk')).json().items).toEqual([]);
    expect((await start(annenOrg)).statusCode).toBe(404);
  });

  it('the job writes the package with progress and ends done: self-check passed, counts, package and deposit report to download', async () => {
    await runJobs();
    const run = await get(done);
    expect(run).toMatchObject({ status: 'fullført', fase: 'ferdig', nedlasting: true, selvkontroll: { bestaatt: true, feil: 0 } });
    expect(run.antallRegistreringer).toBeGreaterThan(0);
    expect(run.framdrift.totalt).toBeGreaterThan(0);
    expect(run.framdrift.registreringer).toBe(run.framdrift.totalt);
    expect((await job(done)).status).toBe('ferdig');
    const list = (await arkivar.request('GET', `/api/arkivuttrekk?arkivdel=${sak2016}`)).json();
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([done]);

    const tar = await arkivar.request('GET', `/api/arkivuttrekk/${done}/pakke`);
    expect(tar.statusCode).toBe(200);
    expect(tar.headers['content-type']).toBe('application/x-tar');
    const files = untar(tar.rawPayload);
    const top = `arkivuttrekk-SAK2016-${(run.fullfoertDato as string).slice(0, 10)}`;
    const addml = files.get(`${top}/arkivuttrekk.xml`)!;
    expect(createHash('sha256').update(addml).digest('hex')).toBe(run.sjekksumArkivuttrekk);
    expect([...files.keys()].filter((f) => f.startsWith(`${top}/dokumenter/`))).toHaveLength(run.antallDokumentfiler);
    expect(files.get(`${top}/arkivstruktur.xml`)).toEqual(fs.readFileSync(path.join(packageOf(done), 'arkivstruktur.xml')));

    const report = await arkivar.request('GET', `/api/arkivuttrekk/${done}/deponeringsrapport`);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain(run.sjekksumArkivuttrekk);
    expect((await saksbehandler.request('GET', `/api/arkivuttrekk/${done}/pakke`)).statusCode).toBe(403);
  });

  it('survives a restart: a job whose process died is taken again and starts over, leaving no trace of the first try', async () => {
    const id = (await start()).json().id as string;
    await claimAndDie();
    fs.mkdirSync(`${packageOf(id)}.${id}.partial`, { recursive: true });
    fs.writeFileSync(`${packageOf(id)}.${id}.partial/arkivstruktur.xml`, '<halvferdig');
    await runJobs();
    expect(await get(id)).toMatchObject({ status: 'fullført', selvkontroll: { bestaatt: true } });
    expect(fs.existsSync(`${packageOf(id)}.${id}.partial`)).toBe(false);
    expect(await job(id)).toMatchObject({ status: 'ferdig', forsok: 2 });
  });

  it('never left running: a run whose process died is marked failed (a silent CLI run when the next starts, a job after its last try)', async () => {
    const cli = await inTenant(w.sys, async (tx) => {
      const deler = await uttrekkSourceRepository.arkivdeler(tx, w.sys.role.organisasjonId);
      return recordRun(w.sys, tx, { arkivdeler: deler.filter((d) => d.id === sak2016), periode: null, out: path.join(w.tmp, 'cli') });
    });
    expect((await start()).statusCode).toBe(409);
    await sql`UPDATE arkivuttrekk SET startet_dato = now() - interval '1 hour' WHERE id = ${cli}`.execute(handle.db);
    const res = await start();
    expect(res.statusCode).toBe(202);
    expect(await get(cli)).toMatchObject({ status: 'feilet', feilmelding: ABANDONED_TEXT });

    const id = res.json().id as string;
    await claimAndDie();
    await claimAndDie();
    await runJobs();
    expect(await get(id)).toMatchObject({ status: 'feilet', feilmelding: INTERRUPTED_TEXT });
    expect(await job(id)).toMatchObject({ status: 'feilet' });
  });

  // Last: it breaks the archive.
  it('issue 17 item 5: a failing control of the self-check fails the job and the run, naming the control; no package is left', async () => {
    await breakJournalSeries(handle, w.sys.role.organisasjonId);
    const id = (await start()).json().id as string;
    await runJobs();
    const run = await get(id);
    expect(run).toMatchObject({ status: 'feilet', fase: 'selvkontroll', nedlasting: false, selvkontroll: { bestaatt: false } });
    expect(run.selvkontroll.feiledeKontroller.map((k: { id: string }) => k.id)).toContain('SG.01');
    expect(run.feilmelding).toMatch(/Selvkontrollen av arkivuttrekket feilet.*SG\.01/);
    const failed = await job(id);
    expect(failed.status).toBe('feilet');
    expect(failed.feilmelding).toContain('SG.01');
    expect(fs.existsSync(packageOf(id))).toBe(false);
    expect((await arkivar.request('GET', `/api/arkivuttrekk/${id}/pakke`)).statusCode).toBe(409);
  });
});

/** The regular files of a ustar archive by name (enough to read back what the download holds). */
function untar(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (let at = 0; at + 512 <= bytes.length;) {
    const h = bytes.subarray(at, at + 512);
    if (h.every((b) => b === 0)) break;
    const field = (from: number, len: number) => h.toString('utf8', from, from + len).replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12), 8);
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    if (field(156, 1) === '0') files.set(name, Buffer.from(bytes.subarray(at + 512, at + 512 + size)));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
