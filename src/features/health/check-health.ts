import type { Database } from '../../db/open-database.js';
import { healthRepository } from './health-repository.js';

export interface Health {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unavailable';
}

const TIMEOUT_MS = 3000;

/** Asks the database a trivial question, with a time limit so a hung server is reported. */
export async function checkHealth(db: Database): Promise<Health> {
  const probe = healthRepository.ping(db);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref());
  const ok = await Promise.race([probe, timeout]).catch(() => false);
  return ok ? { status: 'ok', database: 'ok' } : { status: 'unavailable', database: 'unavailable' };
}
