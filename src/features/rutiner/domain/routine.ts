import type { Message } from '../../../shared/errors.js';
import type { LukketHvordan, Oppgavetype } from '../../oppgaver/domain/task-kinds.js';

/*
 * ROUTINES AS DATA (issue 14 item 5). A routine is the list of activities a
 * person can choose on a case or a record («Send til godkjenning»,
 * «Godkjenn», «Avskriv», «Journalfør» …): when each is open, which form it
 * asks for, and which tasks it closes and creates. It is plain,
 * serialisable data with a version, so that a later issue can let the
 * system owner draw and test flows on the same engine. The engine
 * (`run-activity.ts`) executes it; the features supply facts and handlers.
 */

export type Objekt = 'journalpost' | 'saksmappe';

/**
 * A condition the activity needs: a fact name, or a list of names of which
 * one suffices. Facts are named booleans about one object for the acting
 * person, such as `type:I`, `status:R`, `rolle:ARK`, `kan:merknad` (the
 * change rule allows remarks), `tilStatus:F` (the transition table and the
 * change rule allow moving to F), or a feature's own (`ikkeAvskrevet`).
 */
export type Condition = string | readonly string[];

export interface ActivityDefinition {
  /** Stable id, also the UI's key for the form: `avskriv`, `journalfor`. */
  readonly id: string;
  readonly objekt: Objekt;
  /** The button's words. */
  readonly navn: Message;
  /** What it does, for the system owner's overview and the button's help text. */
  readonly beskrivelse: Message;
  /** Every condition must hold for the activity to be offered. */
  readonly naar: readonly Condition[];
  /** The handler that does the work (one handler may serve several activities). */
  readonly utfoerer: string;
  /** Fixed arguments for the handler: the target status of a status step. */
  readonly parametre?: Readonly<Record<string, string>>;
  /** Open tasks of these kinds on the object are closed, as `hvordan`, when the activity succeeds. */
  readonly lukker?: { readonly typer: readonly Oppgavetype[]; readonly hvordan: LukketHvordan };
  /** Tasks the activity may create; the handler names their receivers. */
  readonly oppretter?: readonly Oppgavetype[];
  /** A panel of its own where the page offers it (`avslutning`: the case's closing panel, beside what is still open). */
  readonly gruppe?: string;
}

export interface Routine {
  /** Raised whenever a definition changes, so that a stored flow can say which rules it ran under. */
  readonly versjon: number;
  readonly aktiviteter: readonly ActivityDefinition[];
}

export type Facts = ReadonlySet<string>;

export const holds = (condition: Condition, facts: Facts): boolean =>
  typeof condition === 'string' ? facts.has(condition) : condition.some((name) => facts.has(name));

/** The activities open to a person on an object, in the routine's order. */
export function openActivities(routine: Routine, objekt: Objekt, facts: Facts): ActivityDefinition[] {
  return routine.aktiviteter.filter((a) => a.objekt === objekt && a.naar.every((c) => holds(c, facts)));
}

/** The conditions that do not hold, for a refusal that says why. */
export function unmetConditions(activity: ActivityDefinition, facts: Facts): Condition[] {
  return activity.naar.filter((c) => !holds(c, facts));
}

export function findActivity(routine: Routine, id: string): ActivityDefinition | undefined {
  return routine.aktiviteter.find((a) => a.id === id);
}

/** The status steps into `til` on this kind of object, in the routine's order. */
export function statusSteps(routine: Routine, objekt: Objekt, til: string): ActivityDefinition[] {
  return routine.aktiviteter.filter((a) => a.objekt === objekt && a.parametre?.til === til);
}
