import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, DomainError } from '../../shared/errors.js';
import { changeTargetRepository as repo } from './change-target-repository.js';
import { changeRefusalText } from './domain/change-rule-messages.js';
import {
  mayChange,
  type CaseTarget,
  type ChangeActor,
  type ChangeKind,
  type ChangeTarget,
  type RecordTarget,
} from './domain/change-rule.js';
import { unitChain, type UnitLink } from './domain/unit-chain.js';

/** The rows of a case and a record the change rule reads. */
export interface CaseRow {
  id: string;
  saksansvarlig_id: string;
  administrativ_enhet_id: string;
  saksstatus: string;
}
export interface RecordRow {
  saksbehandler_id: string | null;
  administrativ_enhet_id: string | null;
  journalstatus: string;
  journalposttype: string;
}

export function changeActorOf(ctx: Ctx): ChangeActor {
  return { brukerId: ctx.actor.brukerId, rolle: ctx.role.rolle, enhetId: ctx.role.administrativEnhetId };
}

/** Builds targets for a case and its records from rows already read, with one look at units and case workers. */
export async function loadChangeTargets(tx: Tx, orgId: string, saksmappe: CaseRow) {
  const { enhetstre, saksbehandlere } = await repo.load(tx, orgId, saksmappe.id);
  return changeTargetsFrom(enhetstre, saksbehandlere, saksmappe);
}

/** The columns the change rule's targets are built from, for a case page's first query (`changeTargetsFrom` takes them). */
export const changeTargetColumns = repo.columns;

export function changeTargetsFrom(units: readonly UnitLink[], saksbehandlere: readonly string[], saksmappe: CaseRow) {
  const sak: CaseTarget = {
    saksansvarligId: saksmappe.saksansvarlig_id,
    enhetKjede: unitChain(units, saksmappe.administrativ_enhet_id),
    saksstatus: saksmappe.saksstatus,
    saksbehandlere,
  };
  const record = (j: RecordRow): RecordTarget => ({
    saksbehandlerId: j.saksbehandler_id,
    enhetKjede: unitChain(units, j.administrativ_enhet_id),
    journalstatus: j.journalstatus,
    journalposttype: j.journalposttype,
  });
  return {
    saksmappe: sak,
    journalpost: (j: RecordRow, extra: Omit<ChangeTarget, 'saksmappe' | 'journalpost'> = {}): ChangeTarget => ({
      saksmappe: sak,
      journalpost: record(j),
      ...extra,
    }),
  };
}

/** Refuses a change the change rule does not allow, with its code and an explanation. */
export function assertMayChange(ctx: Ctx, target: ChangeTarget, kind: ChangeKind): void {
  const decision = mayChange(changeActorOf(ctx), target, kind);
  if (decision.allowed) return;
  const text = changeRefusalText(decision);
  throw decision.code === 'ACCESS_DENIED' ? accessDenied(text) : new DomainError(decision.code, text);
}

/** Loads what the rule needs and checks a change to a case (`record` absent) or one of its records. */
export async function checkChange(
  ctx: Ctx,
  tx: Tx,
  kind: ChangeKind,
  saksmappe: CaseRow,
  record?: RecordRow,
  extra: Omit<ChangeTarget, 'saksmappe' | 'journalpost'> = {},
): Promise<void> {
  const targets = await loadChangeTargets(tx, ctx.role.organisasjonId, saksmappe);
  assertMayChange(ctx, record ? targets.journalpost(record, extra) : { saksmappe: targets.saksmappe, ...extra }, kind);
}
