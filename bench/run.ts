import fs from 'node:fs';
import { createLogger } from '../src/logger.js';
import { authRepository } from '../src/features/auth/auth-repository.js';
import { toActiveRole } from '../src/features/auth/authenticate.js';
import type { Ctx } from '../src/shared/context.js';
import type { Database } from '../src/db/open-database.js';
import { openBenchDatabase } from './database.js';
import { generate } from './generate.js';
import { parseOptions } from './options.js';
import { measureCasePage, measureSearch } from './queries.js';
import { measureRegistrations } from './registrations.js';
import { nowMs, printTable, type Figure } from './stats.js';

/*
 * `npm run bench`: generates a data set with bulk SQL, then times the real use
 * cases against bare SQL doing the same work on the same database, and prints
 * the overhead as a ratio. Not part of the tests.
 */
const options = parseOptions(process.argv.slice(2));
const log = createLogger('warn');
const handle = await openBenchDatabase(options.clients);
try {
  console.log(`Saksgang bench on ${handle.label}, ${options.records} journalposter requested`);
  let t = nowMs();
  const data = await generate(handle.db, options.records);
  const generateSeconds = (nowMs() - t) / 1000;
  console.log(
    `generated ${data.journalposter} journalposter in ${data.organisations.length} organisations in ${generateSeconds.toFixed(1)} s`,
  );
  const archivists = await Promise.all(data.organisations.map((o) => archivistCtx(handle.db, `${o.kortnavn}.arkivar`, o.kortnavn)));
  t = nowMs();
  const reg = await measureRegistrations(handle.db, data, archivists, options.registrations, options.clients);
  console.log(`registrations timed in ${((nowMs() - t) / 1000).toFixed(1)} s`);
  const sok = await measureSearch(handle.db, data, archivists, options.samples);
  const page = await measureCasePage(handle.db, data, archivists, options.samples);
  const figures: Figure[] = [
    {
      figure: `registrations/s, ${options.clients} clients`,
      unit: 'per s',
      saksgang: reg.useCase,
      bareSql: reg.bare,
      ratio: reg.bare / reg.useCase,
    },
    { figure: 'search p50', unit: 'ms', saksgang: sok.useCase.p50, bareSql: sok.bare.p50, ratio: sok.useCase.p50 / sok.bare.p50 },
    { figure: 'search p95', unit: 'ms', saksgang: sok.useCase.p95, bareSql: sok.bare.p95, ratio: sok.useCase.p95 / sok.bare.p95 },
    { figure: 'case page p50', unit: 'ms', saksgang: page.useCase.p50, bareSql: page.bare.p50, ratio: page.useCase.p50 / page.bare.p50 },
    { figure: 'case page p95', unit: 'ms', saksgang: page.useCase.p95, bareSql: page.bare.p95, ratio: page.useCase.p95 / page.bare.p95 },
  ];
  console.log('');
  printTable(figures);
  console.log('\nratio = how many times the bare SQL figure Saksgang needs (time, or the inverse for throughput).');
  if (handle.engine === 'pglite')
    console.log(`PGlite runs one statement at a time: the ${options.clients} clients queue for its single connection.`);
  if (options.json) {
    const out = {
      engine: handle.label,
      journalposter: data.journalposter,
      generateSeconds,
      clients: options.clients,
      registrations: options.registrations,
      samples: options.samples,
      figures,
    };
    fs.writeFileSync(options.json, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`figures written to ${options.json}`);
  }
} finally {
  await handle.close();
}

/** The organisation's archivist as a use-case context (search sees everything, registers incoming post as J). */
async function archivistCtx(db: Database, brukernavn: string, kortnavn: string): Promise<Ctx> {
  const user = (await authRepository.findUserByUsername(db, brukernavn))!;
  const role = (await authRepository.listRoleAssignments(db, user.id)).find(
    (r) => r.organisasjonKortnavn === kortnavn && r.rolle === 'ARK',
  )!;
  return {
    db,
    log,
    now: () => new Date(),
    actor: { brukerId: user.id, brukernavn: user.brukernavn, navn: user.navn },
    role: toActiveRole(role),
  };
}
