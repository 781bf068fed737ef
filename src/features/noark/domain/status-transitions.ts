import { accessDenied, DomainError, fieldError, type Message } from '../../../shared/errors.js';
import { isRolle, ROLLE_NAVN, type Rolle } from '../../../shared/roles.js';
import { findCode } from './code-list.js';
import {
  isJournalposttype,
  isJournalstatus,
  isSaksstatus,
  JOURNALPOSTTYPE,
  JOURNALSTATUS,
  SAKSSTATUS,
  type Journalposttype,
  type Journalstatus,
  type Saksstatus,
} from './code-lists.js';
import { TRANSITION_CONDITIONS, type ConditionFacts } from './transition-conditions.js';
import { TRANSITIONS, type NoarkEntity, type TransitionRule } from './transition-table.js';

export type StatusOf<E extends NoarkEntity> = E extends 'saksmappe' ? Saksstatus : Journalstatus;

const ENTITY = {
  saksmappe: { list: SAKSSTATUS, isStatus: isSaksstatus, field: { nb: 'saksstatus', en: 'case status' } },
  journalpost: { list: JOURNALSTATUS, isStatus: isJournalstatus, field: { nb: 'journalstatus', en: 'record status' } },
} as const;

/** The rows that govern one entity (and, for a journalpost, one journalposttype). */
function rulesFor(entity: NoarkEntity, type: Journalposttype | null): TransitionRule[] {
  return TRANSITIONS.filter((r) => r.entity === entity && (r.entity === 'saksmappe' || (type !== null && r.types.includes(type))));
}

/** The table row for a transition, whoever asks; undefined when there is none. */
export function findTransition<E extends NoarkEntity>(
  entity: E,
  journalposttype: Journalposttype | null,
  from: StatusOf<E> | null,
  to: StatusOf<E>,
): TransitionRule | undefined {
  return rulesFor(entity, journalposttype).find((r) => r.from === from && r.to === to);
}

/**
 * The statuses `role` may move an object to from `from` (`null`: the statuses
 * it may create one in), for the UI's choices. Conditions are not evaluated
 * here; `checkTransition` explains an unmet one when the user tries.
 */
export function allowedNextStatuses<E extends NoarkEntity>(
  entity: E,
  journalposttype: Journalposttype | null,
  from: StatusOf<E> | null,
  role: Rolle,
): StatusOf<E>[] {
  return rulesFor(entity, journalposttype)
    .filter((r) => r.from === from && r.allowedRoles.includes(role))
    .map((r) => r.to as StatusOf<E>);
}

/**
 * Refuses a status change the routines do not allow; returns the table row
 * that allows it. Order of checks: is there such a transition at all
 * (ILLEGAL_STATUS_TRANSITION), may this role make it (ACCESS_DENIED, as
 * `requireRole` does), do its named conditions hold (ILLEGAL_STATUS_TRANSITION).
 * `from: null` checks the status a new object is created in.
 */
export function checkTransition<E extends NoarkEntity>(
  entity: E,
  journalposttype: Journalposttype | null,
  from: StatusOf<E> | null,
  to: StatusOf<E>,
  role: Rolle,
  facts: ConditionFacts = {},
): TransitionRule {
  validate(entity, journalposttype, from, to);
  const { field } = ENTITY[entity];
  if (from === to) {
    const what = entity === 'saksmappe' ? { nb: 'Saksmappen', en: 'The case file' } : { nb: 'Journalposten', en: 'The record' };
    throw illegal({
      nb: `${what.nb} har allerede ${field.nb} ${statusName(entity, to).nb}.`,
      en: `${what.en} already has ${field.en} ${statusName(entity, to).en}.`,
    });
  }
  const subject = describe(entity, journalposttype, from, to);
  const rule = findTransition(entity, journalposttype, from, to);
  if (!rule) throw illegal({ nb: `Kan ikke ${subject.nb}.`, en: `Cannot ${subject.en}.` });
  if (!isRolle(role) || !rule.allowedRoles.includes(role)) {
    const who = isRolle(role) ? ROLLE_NAVN[role] : { nb: role, en: role };
    const allowed = rule.allowedRoles.map((r) => ROLLE_NAVN[r]);
    throw accessDenied({
      nb: `Rollen ${who.nb} kan ikke ${subject.nb}. Det kan bare ${allowed.map((n) => n.nb.toLowerCase()).join(' eller ')}.`,
      en: `The role ${who.en} cannot ${subject.en}. Only ${allowed.map((n) => n.en.toLowerCase()).join(' or ')} may.`,
    });
  }
  const unmet = (rule.when ?? []).filter((c) => facts[c] !== true).map((c) => TRANSITION_CONDITIONS[c]);
  if (unmet.length > 0) {
    throw illegal({
      nb: `Kan ikke ${subject.nb}: ${unmet.map((m) => m.nb).join('; ')}.`,
      en: `Cannot ${subject.en}: ${unmet.map((m) => m.en).join('; ')}.`,
    });
  }
  return rule;
}

const illegal = (text: Message) => new DomainError('ILLEGAL_STATUS_TRANSITION', text);

function statusName(entity: NoarkEntity, code: string): Message {
  const entry = findCode(ENTITY[entity].list, code);
  return entry ? { nb: entry.nb, en: `${entry.en} (${entry.code})` } : { nb: code, en: code };
}

/** «endre journalstatus fra Journalført til Reservert dokument for utgående dokument» */
function describe(entity: NoarkEntity, type: Journalposttype | null, from: string | null, to: string): Message {
  const { field } = ENTITY[entity];
  const target = statusName(entity, to);
  const typeEntry = type === null ? undefined : findCode(JOURNALPOSTTYPE, type);
  const forType = typeEntry ? { nb: ` for ${typeEntry.nb.toLowerCase()}`, en: ` for journalposttype ${typeEntry.en}` } : { nb: '', en: '' };
  if (from === null) {
    const what = entity === 'saksmappe' ? { nb: 'saksmappe', en: 'a case file' } : { nb: 'journalpost', en: 'a record' };
    return {
      nb: `opprette ${what.nb} med ${field.nb} ${target.nb}${forType.nb}`,
      en: `create ${what.en} with ${field.en} ${target.en}${forType.en}`,
    };
  }
  const source = statusName(entity, from);
  return {
    nb: `endre ${field.nb} fra ${source.nb} til ${target.nb}${forType.nb}`,
    en: `change ${field.en} from ${source.en} to ${target.en}${forType.en}`,
  };
}

/** Input from outside may carry any string; a wrong code is bad input, not a forbidden transition. */
function validate(entity: NoarkEntity, type: Journalposttype | null, from: string | null, to: string): void {
  const spec = ENTITY[entity];
  if (entity === 'journalpost' && !isJournalposttype(type)) {
    throw fieldError('journalposttype', `Ukjent journalposttype: ${String(type)}.`, `Unknown journalposttype: ${String(type)}.`);
  }
  if (entity === 'saksmappe' && type !== null) {
    throw fieldError('journalposttype', 'En saksmappe har ingen journalposttype.', 'A case file has no journalposttype.');
  }
  for (const status of [from, to]) {
    if (status !== null && !spec.isStatus(status)) {
      throw fieldError(spec.field.nb, `Ukjent ${spec.field.nb}: ${status}.`, `Unknown ${spec.field.en}: ${status}.`);
    }
  }
}
