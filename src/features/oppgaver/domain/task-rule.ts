import type { Rolle } from '../../../shared/roles.js';
import type { Oppgavetype } from './task-kinds.js';

const LEADERS: readonly Rolle[] = ['LED', 'SF'];
/** Roles that do case work and may be given a record to answer. */
export const CASE_WORKER_ROLES: readonly Rolle[] = ['SB', 'LED', 'SF', 'MS'];

export interface TaskActor {
  brukerId: string;
  rolle: Rolle;
  enhetId: string | null;
}

/** An open task, as the rule sees it. */
export interface TaskTarget {
  oppgavetype: Oppgavetype;
  mottakerBrukerId: string | null;
  mottakerEnhetId: string | null;
}

export type TaskStep = 'fordel' | 'omfordel' | 'lest' | 'utfoert';

/**
 * Who takes which step on a task (seed 001 phase 1, seed 002 9.1, 10.1, 10.7):
 * - distribute (fordel) a unit's task: the leader or deputy of that unit
 *   (not of units above: the seed's leader is the unit's own), or the archive;
 * - redistribute (omfordel) a record, to another case worker or unit with a
 *   reason: whoever holds its task now (the case worker who got it, the
 *   leader of the unit it lies with), or the archive;
 * - mark a copy read: its recipient; for a unit's copy the unit's leaders;
 *   likewise the case worker's answer from an approval or review round;
 * - close a task in the archive's queue: the archive.
 */
export function mayTakeStep(actor: TaskActor, task: TaskTarget, step: TaskStep): boolean {
  const archive = actor.rolle === 'ARK';
  const holder =
    task.mottakerBrukerId !== null
      ? task.mottakerBrukerId === actor.brukerId
      : task.mottakerEnhetId !== null && LEADERS.includes(actor.rolle) && actor.enhetId === task.mottakerEnhetId;
  switch (step) {
    case 'fordel':
      return task.oppgavetype === 'fordele' && (archive || holder);
    case 'omfordel':
      return (task.oppgavetype === 'fordele' || task.oppgavetype === 'besvare') && (archive || holder);
    case 'lest':
      return (task.oppgavetype === 'kopi' || task.oppgavetype === 'flytsvar' || task.oppgavetype === 'ekspederingsfeil') && holder;
    case 'utfoert':
      return archive && task.mottakerBrukerId === null && task.mottakerEnhetId === null;
  }
}

/** A leader's tasks are their unit's; everyone's are their own; the archive's are the queue's. */
export function isLeader(rolle: Rolle): boolean {
  return LEADERS.includes(rolle);
}
