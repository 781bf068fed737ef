import { spawn } from 'node:child_process';
import { admin } from './database.js';

/**
 * pgbench's TPC-B-like load on the same server, as the yardstick for
 * registrations: `pgbench -i` (scale 1) in a throwaway database, then
 * `-c <clients> -j 2 -T 20`; the database is dropped afterwards.
 */
export async function runPgbench(url: string, clients: number): Promise<number> {
  const name = `saksgang_pgbench_${process.pid}`;
  await admin(url, `CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  try {
    await run(['-i', '-q', u.href]);
    const out = await run(['-c', String(clients), '-j', '2', '-T', '20', u.href]);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out) ?? /tps = ([\d.]+)/.exec(out);
    if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
    return Number(tps[1]);
  } finally {
    await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`pgbench ${args[0]} exited ${code}:\n${out}`))));
  });
}
