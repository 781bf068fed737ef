import type { Database } from '../db/open-database.js';
import type { Ctx, Log } from './context.js';

export const SYSTEM_BRUKER_ID = '00000000-0000-0000-0000-000000000000';
/** The system's name (its bruker row, migration 0001), also where that row is out of sight (it holds no role). */
export const SYSTEM_NAVN = 'Saksgang (system)';

/** A use-case context for the system itself acting as system owner in one organisation (CLI, demo loader). */
export function systemOwnerCtx(db: Database, organisasjonId: string, log: Log): Ctx {
  return {
    db,
    log,
    now: () => new Date(),
    actor: { brukerId: SYSTEM_BRUKER_ID, brukernavn: 'system', navn: SYSTEM_NAVN },
    role: { rolletildelingId: SYSTEM_BRUKER_ID, organisasjonId, administrativEnhetId: null, rolle: 'SYS' },
  };
}
