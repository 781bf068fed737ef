import type { Database } from '../db/open-database.js';
import type { Ctx, Log } from './context.js';

export const SYSTEM_BRUKER_ID = '00000000-0000-0000-0000-000000000000';

/** A use-case context for the system itself acting as system owner in one organisation (CLI, demo loader). */
export function systemOwnerCtx(db: Database, organisasjonId: string, log: Log): Ctx {
  return {
    db,
    log,
    now: () => new Date(),
    actor: { brukerId: SYSTEM_BRUKER_ID, brukernavn: 'system', navn: 'Saksgang (system)' },
    role: { rolletildelingId: SYSTEM_BRUKER_ID, organisasjonId, administrativEnhetId: null, rolle: 'SYS' },
  };
}
