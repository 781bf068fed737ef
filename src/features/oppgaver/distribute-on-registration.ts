import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { tasksOnRegistration, type InternalRecipient } from './domain/registration-tasks.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';

/** The columns of a new record that distribution reads. */
export interface RegisteredRow {
  id: string;
  saksmappe_id: string;
  journalposttype: string;
  journalpostnummer: number;
  saksbehandler_id: string | null;
  administrativ_enhet_id: string | null;
  forfallsdato: string | null;
}

/**
 * Distributes a record as it is registered, inside the registering
 * transaction (every path that registers incoming post or a note gets it):
 * a new case's incoming letter to its unit's leader, other incoming post to
 * its case worker, a note to its internal recipients; each receiver
 * notified, and e-mailed if they chose so. One statement, none when the
 * record needs no task (outgoing letters, X notes).
 */
export async function distributeOnRegistration(ctx: Ctx, tx: Tx, row: RegisteredRow, parties: readonly InternalRecipient[] = []) {
  const tasks = tasksOnRegistration(
    {
      id: row.id,
      saksmappeId: row.saksmappe_id,
      journalposttype: row.journalposttype,
      journalpostnummer: row.journalpostnummer,
      saksbehandlerId: row.saksbehandler_id,
      administrativEnhetId: row.administrativ_enhet_id,
      forfallsdato: row.forfallsdato,
    },
    parties,
    ctx.role.rolle === 'ARK',
  );
  await repo.create(tx, ctx.role.organisasjonId, ctx.actor.brukerId, tasks, osloDate(ctx.now()));
}
