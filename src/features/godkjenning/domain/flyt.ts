import type { Message } from '../../../shared/errors.js';
import type { Rolle } from '../../../shared/roles.js';

/*
 * The approval and review routine as a state machine over one round (flyt)
 * of a record (seed 001 «Rutine for dokumenter til godkjenning og
 * gjennomgang»; seed 002 §10 and 10.6/10.10: «Saksbehandler velger "Send til
 * godkjenning", mens leder responderer med "Godkjent/Ikke godkjent" inntil
 * dokumentet er godkjent»; Noark 5 dokumentflyt, krav 3.3.1–3.3.7).
 *
 * A round is a sequence of steps, one per person, in the order the case
 * worker chose (case worker → head of department → chief executive). Only
 * the step that has reached its person and is not yet decided, the current
 * step, can be acted on, and only by that person:
 * - approval (godkjenning): «Godkjenn» (G; the next planned step is reached,
 *   or the round ends approved), «Returner» with a comment (I; the round ends
 *   returned: the case worker corrects and sends anew), «Videresend» to
 *   another leader with a comment (V; a new step for them right after this);
 * - review (gjennomgang): «Ferdig gjennomgått» with an optional comment (S,
 *   Noark's «sendt tilbake med kommentarer»), «Videresend» as above.
 * The case worker is told of every decision. Review never blocks finishing;
 * approval does, from the moment it is asked for until it is given.
 */

export const FLYTTYPER = ['godkjenning', 'gjennomgang'] as const;
export type Flyttype = (typeof FLYTTYPER)[number];

/** Noark 5 flytStatus (M663): G, I and S are the standard's; V (forwarded undecided) is ours. */
export const FLYTSTATUS = {
  G: { nb: 'Godkjent', en: 'Approved' },
  I: { nb: 'Ikke godkjent', en: 'Not approved' },
  S: { nb: 'Sendt tilbake med kommentarer', en: 'Returned with comments' },
  V: { nb: 'Videresendt', en: 'Forwarded' },
} as const satisfies Record<string, Message>;
export type Flytstatus = keyof typeof FLYTSTATUS;

export const UTFALL = ['godkjent', 'returnert', 'gjennomgaatt'] as const;
export type Utfall = (typeof UTFALL)[number];

export const HANDLINGER = ['godkjenn', 'returner', 'videresend', 'gjennomgaatt'] as const;
export type Handling = (typeof HANDLINGER)[number];

/** Which decisions each kind of round offers its current person. */
export const HANDLINGER_I: Record<Flyttype, readonly Handling[]> = {
  godkjenning: ['godkjenn', 'returner', 'videresend'],
  gjennomgang: ['gjennomgaatt', 'videresend'],
};

/** The step's flytStatus for each decision. */
const STATUS_AV: Record<Handling, Flytstatus> = { godkjenn: 'G', returner: 'I', videresend: 'V', gjennomgaatt: 'S' };

/** At most this many people asked at the start of one round (the seeds name two or three); forwards may add more, to the cap `flytsteg`. */
export const MAKS_LEDD = 10;

export interface Steg {
  id: string;
  rekkefoelge: number;
  flytTil: string;
  /** It has reached its person (flytMottattDato set). */
  mottatt: boolean;
  status: Flytstatus | null;
}

export interface Flyt {
  id: string;
  flyttype: Flyttype;
  sendtAv: string;
  utfall: Utfall | null;
  /** In order. */
  steg: readonly Steg[];
}

/** The step waiting for its person's decision, if the round is still going. */
export function currentStep(flyt: Flyt): Steg | null {
  if (flyt.utfall !== null) return null;
  return flyt.steg.find((s) => s.mottatt && s.status === null) ?? null;
}

/**
 * Whether the record may be finished as far as approval goes: no approval
 * was ever asked for, or the latest approval round ended approved. A round
 * going on or returned holds it (seed 001: «Dersom dokument ikke er godkjent
 * må dokumentet korrigeres og sendes på ny godkjenning»). Review rounds do
 * not count. `latestApproval` is the record's newest round of kind godkjenning.
 */
export function approvalCompleted(latestApproval: Pick<Flyt, 'utfall'> | null | undefined): boolean {
  return !latestApproval || latestApproval.utfall === 'godkjent';
}

/** A refusal, with a stable code the use case turns into a DomainError. */
export interface Refusal {
  code: 'ACCESS_DENIED' | 'CONFLICT' | 'VALIDATION_FAILED';
  field?: string;
  message: Message;
}
export type Checked<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };
const refuse = (code: Refusal['code'], nb: string, en: string, field?: string): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { code, message: { nb, en }, ...(field && { field }) },
});

/** Roles that write documents and so send them for approval (the transition table's authors). */
const AUTHORS: readonly Rolle[] = ['SB', 'LED', 'SF', 'MS'];
/** Approvers are leaders: «Send til godkjenning … til leder»; forwarding is «ved å velge aktuell leders navn». */
export const APPROVER_ROLES: readonly Rolle[] = ['LED', 'SF'];
/** Anyone doing case work may be asked to review (seed 001: «samarbeide elektronisk med andre i virksomheten»). */
export const REVIEWER_ROLES: readonly Rolle[] = ['SB', 'LED', 'SF', 'MS'];

export interface StartFacts {
  flyttype: Flyttype;
  actor: { brukerId: string; rolle: Rolle };
  record: { journalposttype: string; journalstatus: string };
  /** The round going on for the record, if any. */
  active: Pick<Flyt, 'flyttype'> | null;
  /** The people asked, in order. */
  til: readonly string[];
  /** Of `til`, those who may take part: leaders in force for approval, case-work roles for review. */
  eligible: ReadonlySet<string>;
}

const OWN_TYPES = ['U', 'N', 'X', 'S'];

/**
 * Whether a round may start. Approval: an own document (U, N, X, S) still
 * reserved (R), seed 002 §10 «journalstatus må være R»; review: any record
 * not void or archived (seed 001: «innspill via gjennomgang for inngående
 * dokumenter, notater, saksframlegg og utgående dokumenter»). One round at a
 * time; each person once; not oneself; approvers must be leaders.
 */
export function checkStart(f: StartFacts): Checked<null> {
  if (!AUTHORS.includes(f.actor.rolle)) {
    return refuse(
      'ACCESS_DENIED',
      'Bare saksbehandlere og ledere sender dokumenter på flyt.',
      'Only case workers and leaders send documents on a flow.',
    );
  }
  if (f.flyttype === 'godkjenning') {
    if (!OWN_TYPES.includes(f.record.journalposttype)) {
      return refuse(
        'CONFLICT',
        'Bare egne dokumenter (U, N, X, S) sendes til godkjenning.',
        'Only own documents (U, N, X, S) are sent for approval.',
      );
    }
    if (f.record.journalstatus !== 'R') {
      return refuse(
        'CONFLICT',
        'Dokumentet må være reservert (R) for å sendes til godkjenning; et ferdigstilt dokument godkjennes ikke.',
        'The document must be reserved (R) to be sent for approval; a finished document is not approved.',
      );
    }
  } else if (['U', 'A'].includes(f.record.journalstatus)) {
    return refuse(
      'CONFLICT',
      'En utgått eller arkivert journalpost sendes ikke til gjennomgang.',
      'A void or archived record is not sent for review.',
    );
  }
  if (f.active) {
    return refuse(
      'CONFLICT',
      `Journalposten er allerede sendt til ${f.active.flyttype}; vent til den er ferdig.`,
      `The record is already out for ${f.active.flyttype === 'godkjenning' ? 'approval' : 'review'}; wait until it is done.`,
    );
  }
  if (f.til.length === 0) return refuse('VALIDATION_FAILED', 'må ha minst én mottaker', 'needs at least one recipient', 'til');
  if (f.til.length > MAKS_LEDD)
    return refuse('VALIDATION_FAILED', `kan ha høyst ${MAKS_LEDD} ledd`, `may have at most ${MAKS_LEDD} steps`, 'til');
  for (const [i, id] of f.til.entries()) {
    const field = `til.${i}`;
    if (id === f.actor.brukerId) return refuse('VALIDATION_FAILED', 'du kan ikke sende til deg selv', 'you cannot send to yourself', field);
    if (f.til.indexOf(id) !== i) return refuse('VALIDATION_FAILED', 'samme person står to ganger', 'the same person is named twice', field);
    if (!f.eligible.has(id)) return notEligible(f.flyttype, field);
  }
  return { ok: true, value: null };
}

function notEligible(flyttype: Flyttype, field: string) {
  return flyttype === 'godkjenning'
    ? refuse('VALIDATION_FAILED', 'er ikke leder i denne organisasjonen', 'is not a leader in this organisation', field)
    : refuse(
        'VALIDATION_FAILED',
        'har ingen saksbehandlerrolle i denne organisasjonen',
        'holds no case-work role in this organisation',
        field,
      );
}

export interface Decision {
  handling: Handling;
  merknad?: string | null | undefined;
  /** For «videresend»: to whom. */
  til?: string | null | undefined;
}

/** What a decision does to the round; the use case carries it out. */
export interface Outcome {
  /** The current step, decided. */
  step: { id: string; status: Flytstatus; merknad: string | null };
  /** The step that is reached next: a planned one, or (forwarding) a new one after the current. */
  next: { existing: Steg } | { newFor: string; after: number } | null;
  /** The round ends so, or goes on (null). */
  utfall: Utfall | null;
}

export interface DecisionFacts {
  flyt: Flyt | null;
  actor: { brukerId: string };
  decision: Decision;
  /** For a forward: whether its receiver may take part (a leader for approval). */
  forwardEligible: boolean;
}

/**
 * The current person's decision on the round: refused unless there is a
 * round, the actor is its current person and the decision is one the round
 * offers; a return and a forward need a comment, a forward someone else.
 */
export function decide(f: DecisionFacts): Checked<Outcome> {
  const { flyt, decision } = f;
  if (!flyt || flyt.utfall !== null) {
    return refuse(
      'CONFLICT',
      'Journalposten er ikke på godkjenning eller gjennomgang nå.',
      'The record is not out for approval or review now.',
    );
  }
  const current = currentStep(flyt);
  if (!current || current.flytTil !== f.actor.brukerId) {
    return refuse(
      'ACCESS_DENIED',
      'Bare den som har dokumentet til godkjenning eller gjennomgang nå, kan svare.',
      'Only the person who has the document for approval or review now can answer.',
    );
  }
  if (!HANDLINGER_I[flyt.flyttype].includes(decision.handling)) {
    return refuse(
      'CONFLICT',
      flyt.flyttype === 'godkjenning'
        ? 'Et dokument til godkjenning godkjennes, returneres eller videresendes.'
        : 'Et dokument til gjennomgang gjennomgås eller videresendes.',
      flyt.flyttype === 'godkjenning'
        ? 'A document for approval is approved, returned or forwarded.'
        : 'A document for review is reviewed or forwarded.',
    );
  }
  const merknad = decision.merknad?.trim() || null;
  const needsComment = decision.handling === 'returner' || decision.handling === 'videresend';
  if (needsComment && !merknad) return refuse('VALIDATION_FAILED', 'må fylles ut', 'is required', 'merknad');
  const step = { id: current.id, status: STATUS_AV[decision.handling], merknad };
  if (decision.handling === 'returner') return { ok: true, value: { step, next: null, utfall: 'returnert' } };
  if (decision.handling === 'videresend') {
    const til = decision.til ?? null;
    if (!til) return refuse('VALIDATION_FAILED', 'må fylles ut', 'is required', 'til');
    if (til === f.actor.brukerId)
      return refuse('VALIDATION_FAILED', 'du kan ikke videresende til deg selv', 'you cannot forward to yourself', 'til');
    if (til === flyt.sendtAv) {
      return refuse('VALIDATION_FAILED', 'returner til saksbehandleren i stedet', 'return it to the case worker instead', 'til');
    }
    if (!f.forwardEligible) return notEligible(flyt.flyttype, 'til');
    return { ok: true, value: { step, next: { newFor: til, after: current.rekkefoelge }, utfall: null } };
  }
  const planned = flyt.steg.find((s) => s.rekkefoelge > current.rekkefoelge && !s.mottatt);
  if (planned) return { ok: true, value: { step, next: { existing: planned }, utfall: null } };
  return { ok: true, value: { step, next: null, utfall: flyt.flyttype === 'godkjenning' ? 'godkjent' : 'gjennomgaatt' } };
}

/** What the change log and the case worker's answer say of a decision. */
export function describeOutcome(handling: Handling, utfall: Utfall | null): Message {
  switch (handling) {
    case 'godkjenn':
      return utfall === 'godkjent'
        ? { nb: 'Godkjent – klar til å ferdigstilles', en: 'Approved – ready to be finished' }
        : { nb: 'Godkjent og sendt videre til neste ledd', en: 'Approved and sent on to the next step' };
    case 'returner':
      return { nb: 'Ikke godkjent – returnert til saksbehandler', en: 'Not approved – returned to the case worker' };
    case 'videresend':
      return { nb: 'Videresendt', en: 'Forwarded' };
    case 'gjennomgaatt':
      return utfall === 'gjennomgaatt'
        ? { nb: 'Gjennomgått', en: 'Reviewed' }
        : { nb: 'Gjennomgått og sendt videre til neste ledd', en: 'Reviewed and sent on to the next step' };
  }
}

/**
 * The flow's named facts about a record for the acting person, for the
 * activity engine's conditions (src/features/rutiner): whether a round goes
 * on (`flyt:ingen` / `flyt:aktiv`), whether it is the actor's turn and in
 * which kind of round (`flyt:mitt:godkjenning`, `flyt:mitt:gjennomgang`),
 * and whether approval is awaited (`godkjenning:venter`) or given.
 */
export function flowFacts(active: Flyt | null, latestApproval: Pick<Flyt, 'utfall'> | null, actorId: string): string[] {
  const facts = [active ? 'flyt:aktiv' : 'flyt:ingen'];
  if (active && currentStep(active)?.flytTil === actorId) facts.push(`flyt:mitt:${active.flyttype}`);
  facts.push(approvalCompleted(latestApproval) ? 'godkjenning:fullfoert' : 'godkjenning:venter');
  return facts;
}
