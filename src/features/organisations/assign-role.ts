import { enterTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import type { Rolle } from '../../shared/roles.js';
import { SYSTEM_BRUKER_ID } from '../../shared/system-actor.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { overlaps, validPeriod } from './domain/role-period.js';
import { organisationRepository as repo } from './organisation-repository.js';

export interface AssignRoleInput {
  brukernavn: string;
  rolle: Rolle;
  enhetId?: string | null | undefined;
  /** First day in force (Oslo date); today when left out. */
  fraDato?: string | undefined;
  /** Last day in force; open-ended when left out. */
  tilDato?: string | null | undefined;
}

/**
 * Gives a user a role in the active organisation (optionally tied to a
 * unit) for a period. A system owner reaches only users of their own
 * organisation (who hold or have held a role there); anyone else is "not
 * found", exactly like a user name that does not exist, so the answer reveals
 * no other organisation's users. Bringing a person from one organisation into
 * another (a document-centre archivist) is installation work: the CLI.
 */
export async function assignRole(ctx: Ctx, input: AssignRoleInput) {
  requireRole(ctx, ['SYS'], { nb: 'tildele roller', en: 'assign roles' });
  const brukernavn = input.brukernavn.trim().toLowerCase();
  return ctx.db.transaction().execute(async (tx) => {
    const user = await repo.findUserByUsername(tx, brukernavn);
    const reachable = user && (isInstallationWork(ctx) || (await repo.belongsTo(tx, user.id, ctx.role.organisasjonId)));
    if (!reachable) throw notFound({ nb: 'brukeren', en: 'user' }, brukernavn);
    await enterTenant(tx, ctx);
    return insertAssignment(ctx, tx, user.id, input);
  });
}

/** The CLI and the demo loader act as the built-in system actor, for the whole installation. */
export function isInstallationWork(ctx: Ctx): boolean {
  return ctx.actor.brukerId === SYSTEM_BRUKER_ID;
}

/** Inserts the assignment in the caller's tenant transaction and logs it with the real actor. */
export async function insertAssignment(ctx: Ctx, tx: Tx, brukerId: string, input: Omit<AssignRoleInput, 'brukernavn'>) {
  const orgId = ctx.role.organisasjonId;
  const enhetId = input.enhetId ?? null;
  const unit = enhetId ? await repo.findUnit(tx, orgId, enhetId) : undefined;
  if (enhetId && !unit) throw notFound({ nb: 'enheten', en: 'unit' }, enhetId);
  const period = { fraDato: input.fraDato ?? osloDate(ctx.now()), tilDato: input.tilDato ?? null };
  if (!validPeriod(period)) throw fieldError('tilDato', 'kan ikke være før fra-datoen', 'cannot be before the start date');
  const key = { brukerId, organisasjonId: orgId, enhetId, rolle: input.rolle };
  const earlier = await repo.listAssignmentPeriods(tx, key);
  if (earlier.some((p) => overlaps({ fraDato: p.fra_dato, tilDato: p.til_dato }, period))) {
    throw new DomainError('ALREADY_EXISTS', {
      nb: 'Brukeren har allerede denne rollen i hele eller deler av perioden.',
      en: 'The user already has this role for all or part of the period.',
    });
  }
  const created = await repo.insertRoleAssignment(tx, { ...key, ...period });
  const user = await repo.findUserById(tx, brukerId);
  await logChanges(
    tx,
    'rolletildeling',
    created.id,
    {},
    {
      bruker: user?.brukernavn ?? brukerId,
      rolle: created.rolle,
      administrativEnhet: unit?.kortnavn ?? null,
      fraDato: created.fra_dato,
      tilDato: created.til_dato,
    },
  );
  return created;
}
