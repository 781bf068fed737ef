import fs from 'node:fs';
import { createLogger } from '../src/logger.js';
import { authRepository } from '../src/features/auth/auth-repository.js';
import { toActiveRole } from '../src/features/auth/authenticate.js';
import type { Ctx } from '../src/shared/context.js';
import type { Database } from '../src/db/open-database.js';
import { measureColdStart, type ColdStart } from './cold-start.js';
import { openBenchDatabase } from './database.js';
import { DataSet, type Generated } from './generate.js';
import { parseOptions, type BenchOptions } from './options.js';
import { runPgbench } from './pgbench.js';
import { measurePages } from './pages.js';
import { measurePublicJournal } from './public-journal.js';
import { measureRegistrations } from './registrations.js';
import { measureUttrekk } from './uttrekk.js';
import { fmt, nowMs, perTenfold, printRows, printTable, sampleRss, type Figure } from './stats.js';
import { osloDate } from '../src/features/saksmappe/oslo-calendar.js';

/*
 * `npm run bench`: pgbench's TPS on the same server as the yardstick, then a
 * data set grown in steps (100 k, 1 M, on request 10 M journalposter) with
 * bulk SQL; at each step the real use cases are timed against bare SQL doing
 * the same work, then how each figure grows per tenfold data, the peak
 * memory, and the server's first and later start. Not part of the tests.
 */
const options = parseOptions(process.argv.slice(2));
const log = createLogger('warn', { pretty: false });
const handle = await openBenchDatabase(options.clients);
const steps: { size: number; generated: Generated; generateSeconds: number; figures: Figure[]; peakRssMb: number }[] = [];
let pgbenchTps: number | null = null;
let coldStart: ColdStart | null = null;
try {
  console.log(
    `Saksgang bench on ${handle.label}: ${options.organisations} organisations, ${options.users} users, steps ${options.sizes.join(', ')}`,
  );
  const url = process.env.DATABASE_URL;
  if (url && options.pgbench) {
    pgbenchTps = await runPgbench(url, options.clients);
    console.log(`pgbench (TPC-B-like, scale 1, ${options.clients} clients, 2 threads, 20 s): ${pgbenchTps.toFixed(0)} TPS`);
  }
  let t = nowMs();
  const dataSet = await DataSet.create(handle.db, options.organisations, options.users);
  console.log(`organisations, users and archives made in ${((nowMs() - t) / 1000).toFixed(1)} s`);
  for (const size of options.sizes) {
    t = nowMs();
    const generated = await dataSet.growTo(size);
    const generateSeconds = (nowMs() - t) / 1000;
    console.log(`\n== ${generated.journalposter} journalposter (grown in ${generateSeconds.toFixed(1)} s), ${generated.users} users`);
    const rss = sampleRss();
    const figures = await measureStep(handle.db, generated, options);
    const peakRssMb = rss.stop();
    printTable(figures);
    steps.push({ size, generated, generateSeconds, figures, peakRssMb });
  }
} finally {
  await handle.close();
}
if (options.coldStart) coldStart = await measureColdStart();
report();

async function measureStep(db: Database, data: Generated, o: BenchOptions): Promise<Figure[]> {
  const archivists = await Promise.all(data.organisations.map((org) => archivistCtx(db, `${org.kortnavn}.arkivar`, org.kortnavn)));
  const figures: Figure[] = [];
  if (o.registrations > 0) {
    const reg = await measureRegistrations(db, data, archivists, o.registrations, o.clients);
    figures.push({
      figure: `registrations/s, ${o.clients} clients`,
      unit: 'per s',
      saksgang: reg.useCase,
      bareSql: reg.bare,
      ratio: reg.bare / reg.useCase,
    });
    console.log(
      `search index caught up with the ${o.registrations} registrations (${reg.queued} queue rows) in ${(reg.catchUpMs / 1000).toFixed(2)} s after them; with the bare SQL's in ${(reg.bareCatchUpMs / 1000).toFixed(2)} s`,
    );
  }
  const caseWorkers = await Promise.all(data.organisations.map((org) => caseWorkerCtx(db, org.id)));
  const readers = archivists.map((a, i) => [a, caseWorkers[i]!]);
  for (const { page, useCase: s, bare: b } of await measurePages(db, data, readers, o.samples)) {
    figures.push(
      { figure: `${page} p50`, unit: 'ms', saksgang: s.p50, bareSql: b.p50, ratio: s.p50 / b.p50 },
      { figure: `${page} p95`, unit: 'ms', saksgang: s.p95, bareSql: b.p95, ratio: s.p95 / b.p95 },
    );
  }
  // The public journal over HTTP beside a minimal page of the same server (BENCH_PAGE=public for it alone).
  if (!process.env.BENCH_PAGE || 'public journal'.includes(process.env.BENCH_PAGE)) {
    const { journal, minimal, url } = await measurePublicJournal(handle, data, o.publicClients, o.publicSeconds);
    console.log(`public journal: GET ${url}; ${journal.errors} errors, minimal page ${minimal.errors}`);
    const clients = `${o.publicClients} HTTP clients`;
    figures.push(
      {
        figure: `public journal page/s, ${clients}`,
        unit: 'per s',
        saksgang: journal.perSecond,
        bareSql: minimal.perSecond,
        ratio: minimal.perSecond / journal.perSecond,
      },
      {
        figure: `public journal page p50, ${clients}`,
        unit: 'ms',
        saksgang: journal.p50,
        bareSql: minimal.p50,
        ratio: journal.p50 / minimal.p50,
      },
      {
        figure: `public journal page p95, ${clients}`,
        unit: 'ms',
        saksgang: journal.p95,
        bareSql: minimal.p95,
        ratio: journal.p95 / minimal.p95,
      },
    );
  }
  // Issue 17: the arkivuttrekk of the step's journalposter beside COPY … TO of the same rows (PostgreSQL only; BENCH_PAGE=uttrekk for it alone).
  if (handle.engine !== 'pglite' && (!process.env.BENCH_PAGE || 'uttrekk'.includes(process.env.BENCH_PAGE))) {
    const u = await measureUttrekk(db, data, log);
    console.log(
      `arkivuttrekk of ${u.journalposter} journalposter: ${(u.exportMs / 1000).toFixed(1)} s, ${(u.exportBytes / 2 ** 20).toFixed(0)} MB written; ` +
        `COPY … TO of the same rows ${(u.copyMs / 1000).toFixed(1)} s, ${(u.copyBytes / 2 ** 20).toFixed(0)} MB; peak RSS during the export ${u.peakRssMb.toFixed(0)} MB`,
    );
    figures.push({
      figure: 'arkivuttrekk vs COPY … TO',
      unit: 's',
      saksgang: u.exportMs / 1000,
      bareSql: u.copyMs / 1000,
      ratio: u.exportMs / u.copyMs,
    });
  }
  return figures;
}

function report(): void {
  console.log('\nratio = how many times the bare SQL figure Saksgang needs (time, or the inverse for throughput).');
  if (handle.engine === 'pglite')
    console.log(`PGlite runs one statement at a time: the ${options.clients} clients queue for its single connection.`);
  if (steps.length > 1) growthTable();
  const first = steps[0]?.figures[0];
  console.log('');
  if (pgbenchTps !== null && first?.unit === 'per s')
    console.log(
      `registrations/s at ${steps[0]!.generated.journalposter} journalposter: ${fmt(first.saksgang)} beside pgbench's ${fmt(pgbenchTps)} TPS = ${(first.saksgang / pgbenchTps).toFixed(3)}× (goal ≥ 0.5×)`,
    );
  for (const s of steps)
    console.log(`peak RSS of the Saksgang process at ${s.generated.journalposter} journalposter: ${s.peakRssMb.toFixed(0)} MB`);
  if (coldStart) {
    if (coldStart.snapshotBuild !== null)
      console.log(`demo snapshot built first (normally at npm install): ${coldStart.snapshotBuild.toFixed(1)} s`);
    console.log(
      `cold start (npm start, embedded): first start with the demo complete ${coldStart.first.toFixed(1)} s, later start ${coldStart.later.toFixed(1)} s`,
    );
  }
  if (options.json) {
    const out = {
      engine: handle.label,
      options,
      pgbenchTps,
      coldStart,
      steps: steps.map(({ generated, ...s }) => ({ ...s, journalposter: generated.journalposter, users: generated.users })),
    };
    fs.writeFileSync(options.json, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`figures written to ${options.json}`);
  }
}

/** Each Saksgang figure at every step, and how it grows per tenfold data between the first and the last step (goal ≤ 1.3×). */
function growthTable(): void {
  const a = steps[0]!;
  const z = steps.at(-1)!;
  console.log(`\nGrowth (per 10× data, between ${a.generated.journalposter} and ${z.generated.journalposter}; above 1 = slower):`);
  printRows([
    ['figure', ...steps.map((s) => String(s.generated.journalposter)), 'per 10×'],
    ...a.figures.map((f, i) => {
      const throughput = f.unit === 'per s';
      const last = z.figures[i]!.saksgang;
      const growth = perTenfold(f.saksgang, last, a.generated.journalposter, z.generated.journalposter, throughput);
      return [`${f.figure} (${f.unit})`, ...steps.map((s) => fmt(s.figures[i]!.saksgang)), `${growth.toFixed(2)}×`];
    }),
    ['generation (s)', ...steps.map((s) => fmt(s.generateSeconds)), ''],
    ['peak RSS (MB)', ...steps.map((s) => fmt(s.peakRssMb)), ''],
  ]);
}

/** A case worker (SB) of the organisation, as a use-case context: the read rule screens for them. */
async function caseWorkerCtx(db: Database, orgId: string): Promise<Ctx> {
  const row = await db
    .selectFrom('rolletildeling as r')
    .innerJoin('bruker as b', 'b.id', 'r.bruker_id')
    .innerJoin('organisasjon as o', 'o.id', 'r.organisasjon_id')
    .select(['b.brukernavn', 'o.kortnavn'])
    .where('r.organisasjon_id', '=', orgId)
    .where('r.rolle', '=', 'SB')
    .orderBy('b.brukernavn')
    .limit(1)
    .executeTakeFirstOrThrow();
  return roleCtx(db, row.brukernavn, row.kortnavn, 'SB');
}

/** The organisation's archivist as a use-case context (search sees everything, registers incoming post as J). */
function archivistCtx(db: Database, brukernavn: string, kortnavn: string): Promise<Ctx> {
  return roleCtx(db, brukernavn, kortnavn, 'ARK');
}

async function roleCtx(db: Database, brukernavn: string, kortnavn: string, rolle: 'ARK' | 'SB'): Promise<Ctx> {
  const user = (await authRepository.findUserByUsername(db, brukernavn))!;
  const role = (await authRepository.listRoleAssignments(db, user.id, osloDate(new Date()))).find(
    (r) => r.organisasjonKortnavn === kortnavn && r.rolle === rolle,
  )!;
  return {
    db,
    log,
    now: () => new Date(),
    actor: { brukerId: user.id, brukernavn: user.brukernavn, navn: user.navn },
    role: toActiveRole(role),
  };
}
