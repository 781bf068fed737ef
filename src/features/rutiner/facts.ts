import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { allowedNextStatuses, type Journalposttype, type Journalstatus, type Saksstatus } from '../noark/domain/index.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { changeActorOf, loadChangeTargets, type CaseRow } from '../tilgang/change-access.js';
import { CHANGE_KINDS, mayChange, type ChangeTarget } from '../tilgang/domain/change-rule.js';
import type { Objekt } from './domain/routine.js';

/** What a fact provider is given: the object, its case, and what the change rule sees of them. */
export interface FactSubject {
  objekt: Objekt;
  id: string;
  saksmappeId: string;
  target: ChangeTarget;
}

/** A feature's facts about one object for the acting person: the names that hold. */
export type FactProvider = (ctx: Ctx, tx: Tx, subject: FactSubject) => Promise<Iterable<string>>;

/**
 * Loads an object and the facts every routine needs: its type and status,
 * the active role, each kind of change the change rule allows (`kan:…`)
 * and each status the transition table and the change rule allow next
 * (`tilStatus:…`). Unknown ids, and other organisations', are «not found».
 */
export async function coreFacts(
  ctx: Ctx,
  tx: Tx,
  objekt: Objekt,
  id: string,
  /** The case, when the caller has just read it (a statement spared). */
  known?: CaseRow,
): Promise<{ subject: FactSubject; facts: Set<string> }> {
  const orgId = ctx.role.organisasjonId;
  const actor = changeActorOf(ctx);
  const facts = new Set<string>([`rolle:${ctx.role.rolle}`]);
  if (objekt === 'journalpost') {
    const record = await records.find(tx, orgId, id);
    if (!record) throw notFound({ nb: 'journalposten', en: 'record' }, id);
    const targets = await loadChangeTargets(tx, orgId, (await cases.find(tx, orgId, record.saksmappe_id))!);
    const target = targets.journalpost(record);
    facts.add(`type:${record.journalposttype}`).add(`status:${record.journalstatus}`);
    addChangeFacts(facts, target, actor);
    const next = allowedNextStatuses(
      'journalpost',
      record.journalposttype as Journalposttype,
      record.journalstatus as Journalstatus,
      ctx.role.rolle,
    );
    addStatusFacts(facts, next, target, actor);
    return { subject: { objekt, id, saksmappeId: record.saksmappe_id, target }, facts };
  }
  const saksmappe = known?.id === id ? known : await cases.find(tx, orgId, id);
  if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
  const target: ChangeTarget = { saksmappe: (await loadChangeTargets(tx, orgId, saksmappe)).saksmappe };
  facts.add(`status:${saksmappe.saksstatus}`);
  addChangeFacts(facts, target, actor);
  addStatusFacts(facts, allowedNextStatuses('saksmappe', null, saksmappe.saksstatus as Saksstatus, ctx.role.rolle), target, actor);
  return { subject: { objekt, id, saksmappeId: id, target }, facts };
}

function addChangeFacts(facts: Set<string>, target: ChangeTarget, actor: ReturnType<typeof changeActorOf>) {
  for (const kind of CHANGE_KINDS) if (mayChange(actor, target, kind).allowed) facts.add(`kan:${kind}`);
}

/** The archive's voiding is its own kind of change (`kan:utgaar`); moving to a status is a status change. */
function addStatusFacts(facts: Set<string>, next: readonly string[], target: ChangeTarget, actor: ReturnType<typeof changeActorOf>) {
  if (!mayChange(actor, target, 'status').allowed) return;
  for (const to of next) facts.add(`tilStatus:${to}`);
}
