// `npm test`: every check CI runs, in order, stopping at the first failure.
// Stages: lint and typecheck (side by side), tests on PGlite, then the
// database tests again on PostgreSQL side by side with the browser tests.
// Ends with one line "N passed, N failed" (counting stages).
import { spawn } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const pgUrl = process.env.DATABASE_URL || DEFAULT_PG_URL;
const skipPostgres = process.env.TEST_SKIP_POSTGRES === '1';

// The PGlite stages must not inherit a DATABASE_URL from the caller's shell.
const { DATABASE_URL: _ignored, ...envWithoutDb } = process.env;

// Vitest's default leaves one core of two idle (cores − 1 workers); every test
// file has its own database copy, so files run side by side safely.
const workers = process.env.TEST_WORKERS || String(Math.max(2, os.availableParallelism() - 1));
const vitest = (...args) => ['vitest', 'run', `--maxWorkers=${workers}`, `--minWorkers=1`, ...args];

const stages = [
  {
    name: 'lint (eslint + prettier) and typecheck (tsc), side by side',
    parallel: [
      { cmd: 'npm', args: ['run', 'lint'] },
      { cmd: 'npm', args: ['run', 'typecheck'] },
    ],
    env: process.env,
  },
  { name: 'tests on embedded PGlite', cmd: 'npx', args: vitest(), env: envWithoutDb },
  {
    // The browser tests mostly wait (on the page, on the server): they use
    // about half a core, so the database tests on PostgreSQL run beside them
    // instead of before them. The pure domain tests under src/ touch no
    // database: they ran in the stage before.
    name: skipPostgres
      ? 'end-to-end browser tests (Chromium + axe); PostgreSQL skipped (TEST_SKIP_POSTGRES=1)'
      : `database tests on PostgreSQL (${redact(pgUrl)}) and end-to-end browser tests (Chromium + axe), side by side`,
    parallel: [
      ...(skipPostgres ? [] : [{ cmd: 'npx', args: vitest('tests/'), env: { ...process.env, DATABASE_URL: pgUrl } }]),
      { cmd: 'npm', args: ['run', 'test:e2e'], env: envWithoutDb },
    ],
    before: skipPostgres ? undefined : checkPostgres,
  },
];

let passed = 0;
let failed = 0;
const timings = [];
/** Each command's time in a side-by-side stage, added to the summary under its stage. */
const commandTimings = [];

// Preconditions first (PostgreSQL answering), so a missing server fails in
// a second instead of after the slow stages.
for (const stage of stages) {
  if (stage.skip || !stage.before) continue;
  header(`checking before: ${stage.name}`);
  if (!(await stage.before())) {
    timings.push(`${stage.name}: FAILED before starting`);
    failed++;
    finish();
  }
}

for (const stage of stages) {
  header(stage.name);
  if (stage.skip) {
    console.log(`skipped (${stage.skip})`);
    timings.push(`${stage.name}: skipped`);
    continue;
  }
  const started = Date.now();
  const ok = stage.parallel ? await runSideBySide(stage.parallel, stage.env) : await run(stage.cmd, stage.args, stage.env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${stage.name}: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`, ...commandTimings.splice(0));
  if (!ok) {
    failed++;
    break;
  }
  passed++;
}

finish();

function finish() {
  header('summary');
  for (const line of timings) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function header(title) {
  const bar = '='.repeat(72);
  console.log(`\n${bar}\n== ${title}\n${bar}`);
}

/** Runs a command with its output streamed to ours; resolves to whether it succeeded. */
function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`could not start ${cmd}: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code, signal) => {
      if (signal) console.error(`${cmd} ${args.join(' ')} was killed by ${signal}`);
      resolve(code === 0);
    });
  });
}

/**
 * Runs commands at once, each one's output held and printed whole when it
 * ends (so two outputs do not interleave); resolves to whether all succeeded.
 */
async function runSideBySide(commands, stageEnv) {
  const results = await Promise.all(
    commands.map(
      ({ cmd, args, env = stageEnv }) =>
        new Promise((resolve) => {
          const chunks = [];
          const started = Date.now();
          const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
          child.stdout.on('data', (c) => chunks.push(c));
          child.stderr.on('data', (c) => chunks.push(c));
          child.on('error', (error) => resolve({ cmd, args, ok: false, seconds: 0, output: `could not start ${cmd}: ${error.message}\n` }));
          child.on('close', (code) =>
            resolve({ cmd, args, ok: code === 0, seconds: (Date.now() - started) / 1000, output: Buffer.concat(chunks).toString() }),
          );
        }),
    ),
  );
  for (const r of results) {
    commandTimings.push(`  ${r.cmd} ${r.args.join(' ')}: ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds.toFixed(1)} s`);
    console.log(`\n-- ${r.cmd} ${r.args.join(' ')}: ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds.toFixed(1)} s`);
    process.stdout.write(r.output);
  }
  return results.every((r) => r.ok);
}

/** Fails early with instructions rather than letting every test time out. */
async function checkPostgres() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    console.error(
      [
        `PostgreSQL does not answer at ${redact(pgUrl)}: ${error.message}`,
        'Start it (Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start),',
        'or point DATABASE_URL at a server where this user may CREATE DATABASE,',
        'or skip this stage with TEST_SKIP_POSTGRES=1 npm test.',
      ].join('\n'),
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return '(invalid DATABASE_URL)';
  }
}
