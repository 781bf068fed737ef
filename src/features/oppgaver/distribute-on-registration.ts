import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { tasksOnDispatch, tasksOnRegistration, type InternalRecipient, type RegisteredRecord } from './domain/registration-tasks.js';
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

const recordOf = (row: RegisteredRow): RegisteredRecord => ({
  id: row.id,
  saksmappeId: row.saksmappe_id,
  journalposttype: row.journalposttype,
  journalpostnummer: row.journalpostnummer,
  saksbehandlerId: row.saksbehandler_id,
  administrativEnhetId: row.administrativ_enhet_id,
  forfallsdato: row.forfallsdato,
});

/**
 * Distributes a record as it is registered, inside the registering
 * transaction (every path that registers incoming post gets it): a new
 * case's incoming letter to its unit's leader, other incoming post to its
 * case worker; each receiver notified, and e-mailed if they chose so. One
 * statement, none when the record needs no task (own records: a note
 * reaches its recipients when dispatched, `deliverInternally`).
 */
export async function distributeOnRegistration(ctx: Ctx, tx: Tx, row: RegisteredRow) {
  const tasks = tasksOnRegistration(recordOf(row), ctx.role.rolle === 'ARK');
  await repo.create(tx, ctx.role.organisasjonId, ctx.actor.brukerId, tasks, osloDate(ctx.now()));
}

/**
 * Delivers a dispatched record to its internal recipients, inside the
 * dispatching transaction: an N note to answer (a person) or distribute (a
 * unit), an X note or an internal copy for information; each receiver
 * notified as on registration. One statement, none without internal recipients.
 */
export async function deliverInternally(ctx: Ctx, tx: Tx, row: RegisteredRow, recipients: readonly InternalRecipient[]) {
  const tasks = tasksOnDispatch(recordOf(row), recipients);
  await repo.create(tx, ctx.role.organisasjonId, ctx.actor.brukerId, tasks, osloDate(ctx.now()));
}
