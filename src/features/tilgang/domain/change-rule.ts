import type { Rolle } from '../../../shared/roles.js';

/*
 * THE CHANGE RULE: who may change what, decided here and nowhere else. Every
 * write path asks `mayChange`; the status transition table stays the
 * authority on which transitions exist and for which roles, this rule
 * decides on whose objects and in which states (freezing).
 *
 * Who (seed 002 §3; issue 10 item 5):
 * - the archive (ARK) everywhere in its organisation;
 * - leaders (LED, SF) in the cases and records of their unit and the units below;
 * - the case's saksansvarlig (SB, LED, SF or MS) in the whole case;
 * - a case worker distributed to the case (saksbehandler of one of its records,
 *   or given one of its records to answer)
 *   registers in it and writes remarks on it, and changes their own records
 *   («Saksbehandler vil normalt bare kunne oppdatere egne dokumenter»);
 * - read-only roles (LES, SYS) nothing. The meeting secretary is an author like
 *   a case worker: only cases and records that are theirs.
 * Then the state: a closed case takes nothing but a status change; a
 * journalført or void record is changed only by the archive; an archived
 * record is frozen; and the Noark 5 field freezes (krav 3.2.22, 3.2.24,
 * 3.2.31). Screening and the secure zone protect a record rather than change
 * what it says, so record states do not freeze them (see PROTECTION).
 */

export type ChangeKind =
  /** edit the case's metadata, add parts, cross references, precedents */
  | 'saksmappe'
  /** register a new record in the case */
  | 'registrer'
  /** a status change (case or record); which transitions is the table's */
  | 'status'
  /** edit the record's metadata (field freezes apply) */
  | 'journalpost'
  | 'merknad'
  | 'korrespondansepart'
  /** add a document, a version, or change a document's description */
  | 'dokument'
  | 'dokumentversjon'
  /** add an archive-format or public variant of a version */
  | 'dokumentvariant'
  /** set or lift screening (tilgangskode, skjermingshjemmel, what is screened, title words) */
  | 'skjerming'
  /** decide on a temporarily blocked (XX) record: leaders of its own unit only */
  | 'skjermingsvedtak'
  /** move a document into the secure zone (personsensitiv): the archive and the case owner */
  | 'personsensitiv'
  | 'utgaar'
  | 'flytt';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'saksmappe',
  'registrer',
  'status',
  'journalpost',
  'merknad',
  'korrespondansepart',
  'dokument',
  'dokumentversjon',
  'dokumentvariant',
  'skjerming',
  'skjermingsvedtak',
  'personsensitiv',
  'utgaar',
  'flytt',
];

export interface ChangeActor {
  brukerId: string;
  rolle: Rolle;
  /** The unit of the active role. */
  enhetId: string | null;
}

export interface CaseTarget {
  saksansvarligId: string;
  /** The case's unit first, then the units above it. */
  enhetKjede: readonly string[];
  saksstatus: string;
  /** The saksbehandlere of the case's records and who was given one to answer: the case workers it is distributed to. */
  saksbehandlere: readonly string[];
}

export interface RecordTarget {
  saksbehandlerId: string | null;
  /** The record's unit first, then the units above it. */
  enhetKjede: readonly string[];
  journalstatus: string;
  journalposttype: string;
}

export interface ChangeTarget {
  saksmappe: CaseTarget;
  /** Absent for case-level changes. */
  journalpost?: RecordTarget | undefined;
  /** For 'journalpost': the fields (API names) the change touches. */
  felt?: readonly string[] | undefined;
  /** For 'dokumentversjon': the document's status. */
  dokumentstatus?: string | undefined;
}

export type ChangeReason =
  | 'READ_ONLY_ROLE'
  | 'NOT_RESPONSIBLE'
  | 'ARCHIVE_ONLY'
  | 'LEADERS_ONLY'
  | 'ARCHIVE_OR_OWNER'
  | 'SCREENING_RESPONSIBLE'
  | 'CASE_CLOSED'
  | 'JOURNALFOERT_ARCHIVE_ONLY'
  | 'ARCHIVED'
  | 'FIELDS_FROZEN'
  | 'DOCUMENT_FINALISED';

export type ChangeDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** The error code the write path answers with. */
      code: 'ACCESS_DENIED' | 'CASE_CLOSED' | 'RECORD_LOCKED' | 'OBJECT_FROZEN';
      reason: ChangeReason;
      /** Noark 5 requirement numbers behind a freeze. */
      krav: readonly string[];
      /** The frozen fields, for FIELDS_FROZEN. */
      felt: readonly string[];
    };

const ALLOWED: ChangeDecision = { allowed: true };
const READ_ONLY: readonly Rolle[] = ['LES', 'SYS'];
const LEADERS: readonly Rolle[] = ['LED', 'SF'];
/** Roles that write in cases: the case owner moves documents into the secure zone only in one of these. */
const CASE_ROLES: readonly Rolle[] = ['SB', 'LED', 'SF'];
/**
 * Changes that decide who may read, not what the record says: they stay open
 * after journalføring and archiving (an innsyn request is assessed long after;
 * krav 3.2.15 lets an archived record's other metadata change, logged), and
 * only a closed case stops them.
 */
const PROTECTION: ReadonlySet<ChangeKind> = new Set(['skjerming', 'skjermingsvedtak', 'personsensitiv']);

/** Own documents whose metadata freezes once dispatched (krav 3.2.24 names U, N and X). */
const OWN_TYPES = new Set(['U', 'N', 'X']);
/** Krav 3.2.24: on E, J and A own documents these cannot change (løpenummer is never editable). */
export const FROZEN_WHEN_DISPATCHED = [
  'journalposttype',
  'dokumentetsDato',
  'sendtDato',
  'saksbehandlerId',
  'administrativEnhetId',
  'tittel',
] as const;
/** Krav 3.2.22: on a journalført incoming record these cannot change. */
export const FROZEN_WHEN_RECEIVED = ['mottattDato'] as const;

function refuse(
  code: Exclude<ChangeDecision, { allowed: true }>['code'],
  reason: ChangeReason,
  krav: readonly string[] = [],
  felt: readonly string[] = [],
): ChangeDecision {
  return { allowed: false, code, reason, krav, felt };
}

/** May `actor` make a change of `kind` on `target` now? Allowed, or why not. */
export function mayChange(actor: ChangeActor, target: ChangeTarget, kind: ChangeKind): ChangeDecision {
  const who = mayByRelation(actor, target, kind);
  if (!who.allowed) return who;
  return mayInState(actor, target, kind);
}

const isLeaderOf = (actor: ChangeActor, kjede: readonly string[]) =>
  LEADERS.includes(actor.rolle) && actor.enhetId !== null && kjede.includes(actor.enhetId);

function mayByRelation(actor: ChangeActor, target: ChangeTarget, kind: ChangeKind): ChangeDecision {
  if (READ_ONLY.includes(actor.rolle)) return refuse('ACCESS_DENIED', 'READ_ONLY_ROLE');
  if (kind === 'utgaar' || kind === 'flytt') return actor.rolle === 'ARK' ? ALLOWED : refuse('ACCESS_DENIED', 'ARCHIVE_ONLY');
  const sak = target.saksmappe;
  const jp = target.journalpost;
  const leader = isLeaderOf(actor, sak.enhetKjede) || (jp !== undefined && isLeaderOf(actor, jp.enhetKjede));
  if (kind === 'skjermingsvedtak') return decidesXx(actor, target) ? ALLOWED : refuse('ACCESS_DENIED', 'LEADERS_ONLY');
  if (kind === 'personsensitiv') return movesIntoSecureZone(actor, sak) ? ALLOWED : refuse('ACCESS_DENIED', 'ARCHIVE_OR_OWNER');
  if (actor.rolle === 'ARK' || leader || actor.brukerId === sak.saksansvarligId) return ALLOWED;
  if (kind === 'skjerming') return refuse('ACCESS_DENIED', 'SCREENING_RESPONSIBLE');
  // A record's own case worker changes that record; a distributed one registers and writes remarks in the case.
  if (jp !== undefined) return actor.brukerId === jp.saksbehandlerId ? ALLOWED : refuse('ACCESS_DENIED', 'NOT_RESPONSIBLE');
  const distributed = sak.saksbehandlere.includes(actor.brukerId);
  return distributed && (kind === 'registrer' || kind === 'merknad') ? ALLOWED : refuse('ACCESS_DENIED', 'NOT_RESPONSIBLE');
}

/**
 * Seed 002, 9.2: «Gradering er leders ansvar». The leader or deputy of the
 * record's exact unit (its own, else its case's) decides, not units above; the
 * archive follows overdue ones up but does not decide.
 */
function decidesXx(actor: ChangeActor, target: ChangeTarget): boolean {
  const unit = target.journalpost?.enhetKjede[0] ?? target.saksmappe.enhetKjede[0];
  return LEADERS.includes(actor.rolle) && unit !== undefined && actor.enhetId === unit;
}

/** Seed 001, «Rutine for sikker sone»: the archive, or the case owner in a case-working role. */
const movesIntoSecureZone = (actor: ChangeActor, sak: CaseTarget) =>
  actor.rolle === 'ARK' || (CASE_ROLES.includes(actor.rolle) && actor.brukerId === sak.saksansvarligId);

function mayInState(actor: ChangeActor, target: ChangeTarget, kind: ChangeKind): ChangeDecision {
  const jp = target.journalpost;
  // Reopening a closed case is a status change; the table says only the archive may.
  if (isClosedCase(target.saksmappe.saksstatus) && !(kind === 'status' && jp === undefined)) return refuse('CASE_CLOSED', 'CASE_CLOSED');
  // Which statuses follow which (also from J and A, and voiding) is the transition table's to say.
  if (jp === undefined || kind === 'status' || kind === 'utgaar' || PROTECTION.has(kind)) return ALLOWED;
  if (jp.journalstatus === 'A') return archived(actor, kind);
  // Krav 3.2.31: a finalised document's content cannot change, for the archive neither; a variant (3.2.27) still can.
  if (kind === 'dokumentversjon' && target.dokumentstatus === 'F') return refuse('OBJECT_FROZEN', 'DOCUMENT_FINALISED', ['3.2.31']);
  const archive = actor.rolle === 'ARK';
  // Remarks are notes about a record, not its content: they may follow journalføring.
  if ((jp.journalstatus === 'J' || jp.journalstatus === 'U') && !archive && kind !== 'merknad') {
    return refuse('RECORD_LOCKED', 'JOURNALFOERT_ARCHIVE_ONLY');
  }
  return frozenFields(jp, kind, target.felt ?? []);
}

const isClosedCase = (saksstatus: string) => saksstatus === 'A' || saksstatus === 'U';

/**
 * An archived record is frozen for everyone (krav 3.2.14, 3.2.23; no new
 * documents: 2.6.7, 3.2.17). The archive may still add an archive-format or
 * public variant of a document (krav 3.2.27).
 */
function archived(actor: ChangeActor, kind: ChangeKind): ChangeDecision {
  if (kind === 'dokumentvariant') return actor.rolle === 'ARK' ? ALLOWED : refuse('RECORD_LOCKED', 'JOURNALFOERT_ARCHIVE_ONLY');
  const krav = kind === 'dokument' ? ['2.6.7', '3.2.17'] : kind === 'flytt' ? ['3.2.14'] : ['3.2.14', '3.2.23'];
  return refuse('OBJECT_FROZEN', 'ARCHIVED', krav);
}

function frozenFields(jp: RecordTarget, kind: ChangeKind, felt: readonly string[]): ChangeDecision {
  const dispatchedOwn = OWN_TYPES.has(jp.journalposttype) && ['E', 'J'].includes(jp.journalstatus);
  if (dispatchedOwn && kind === 'korrespondansepart') return refuse('OBJECT_FROZEN', 'FIELDS_FROZEN', ['3.2.24'], ['korrespondansepart']);
  if (kind !== 'journalpost') return ALLOWED;
  if (dispatchedOwn) {
    const hit = felt.filter((f) => (FROZEN_WHEN_DISPATCHED as readonly string[]).includes(f));
    if (hit.length > 0) return refuse('OBJECT_FROZEN', 'FIELDS_FROZEN', ['3.2.24'], hit);
  }
  if (jp.journalposttype === 'I' && jp.journalstatus === 'J') {
    const hit = felt.filter((f) => (FROZEN_WHEN_RECEIVED as readonly string[]).includes(f));
    if (hit.length > 0) return refuse('OBJECT_FROZEN', 'FIELDS_FROZEN', ['3.2.22'], hit);
  }
  return ALLOWED;
}
