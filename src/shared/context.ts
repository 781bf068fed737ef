import type { BaseLogger } from 'pino';
import type { Database } from '../db/open-database.js';
import type { Rolle } from './roles.js';

/** The logging a use case needs; satisfied by pino and by Fastify's request logger. */
export type Log = Pick<BaseLogger, 'info' | 'warn' | 'error' | 'debug'>;

export interface Actor {
  brukerId: string;
  brukernavn: string;
  navn: string;
}

/** The role assignment the actor works in now; every tenant query is scoped by its organisation. */
export interface ActiveRole {
  rolletildelingId: string;
  organisasjonId: string;
  administrativEnhetId: string | null;
  rolle: Rolle;
}

/** What every use case receives: who acts, in which role, on which database, at what time. */
export interface Ctx {
  db: Database;
  actor: Actor;
  role: ActiveRole;
  now: () => Date;
  log: Log;
}

/** Context for system work without a tenant (login, CLI administration, demo loading). */
export interface SystemCtx {
  db: Database;
  now: () => Date;
  log: Log;
}
