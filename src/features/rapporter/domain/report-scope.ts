import type { Message } from '../../../shared/errors.js';
import type { Rolle } from '../../../shared/roles.js';
import { addDays } from '../../saksmappe/oslo-calendar.js';

/**
 * Whose backlog a report may cover (seed 001, «Rutine for restanseoppfølging»:
 * «Det er leder og saksbehandler som er ansvarlige for å følge opp sine
 * restanser. Arkivet kjører i tillegg ut restanselister»): the archive the
 * whole organisation, a leader or deputy the units they lead (their unit and
 * those under it), a case worker or meeting secretary their own. Read-only
 * roles and the system owner run none. Each row's title is still decided by
 * the read rule; this decides which rows are asked for at all.
 */
export type ReportScope =
  | { kind: 'organisasjon'; enhetId: string | null; saksbehandlerId: string | null }
  | { kind: 'enheter'; enheter: readonly string[]; saksbehandlerId: string | null }
  | { kind: 'bruker'; brukerId: string };

export interface ReportActor {
  brukerId: string;
  rolle: Rolle;
  /** The units the active role leads (a leader's unit and every unit under it). */
  ledetEnheter: readonly string[];
}

export interface ReportFilter {
  enhetId?: string | null | undefined;
  saksbehandlerId?: string | null | undefined;
}

export type ScopeDecision = { allowed: true; scope: ReportScope } | { allowed: false; reason: Message };

export function reportScope(actor: ReportActor, filter: ReportFilter): ScopeDecision {
  const enhetId = filter.enhetId ?? null;
  const saksbehandlerId = filter.saksbehandlerId ?? null;
  switch (actor.rolle) {
    case 'ARK':
      return { allowed: true, scope: { kind: 'organisasjon', enhetId, saksbehandlerId } };
    case 'LED':
    case 'SF':
      if (enhetId !== null && !actor.ledetEnheter.includes(enhetId)) return refuse(NOT_YOUR_UNIT);
      if (enhetId === null && actor.ledetEnheter.length === 0) return refuse(NO_UNIT);
      return { allowed: true, scope: { kind: 'enheter', enheter: enhetId ? [enhetId] : actor.ledetEnheter, saksbehandlerId } };
    case 'SB':
    case 'MS':
      if ((saksbehandlerId !== null && saksbehandlerId !== actor.brukerId) || enhetId !== null) return refuse(OWN_ONLY);
      return { allowed: true, scope: { kind: 'bruker', brukerId: actor.brukerId } };
    default:
      return refuse(NO_REPORTS);
  }
}

const refuse = (reason: Message): ScopeDecision => ({ allowed: false, reason });
const NOT_YOUR_UNIT = {
  nb: 'Du kan bare ta ut rapporter for enheter du leder.',
  en: 'You may only run reports for units you lead.',
};
const NO_UNIT = { nb: 'Rollen din leder ingen enhet.', en: 'Your role leads no unit.' };
const OWN_ONLY = {
  nb: 'Som saksbehandler kan du bare ta ut dine egne restanser.',
  en: 'As a case worker you may only run your own backlog.',
};
const NO_REPORTS = { nb: 'Rollen din har ingen restanserapporter.', en: 'Your role has no backlog reports.' };

/** Seed 001: «De tre siste ukers restanser skal ikke tas med i restanselisten» (the quarterly list). */
export const KVARTAL_UTELAT_UKER = 3;

/** The last journal date a backlog list includes when it leaves out the last `weeks` weeks. */
export function includedUpTo(today: string, weeks: number): string {
  return addDays(today, -7 * weeks);
}

/** Days a due date is overdue on `today` (0 when not yet due or none). */
export function daysOverdue(forfallsdato: string | null, today: string): number {
  if (forfallsdato === null || forfallsdato >= today) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${forfallsdato}T00:00:00Z`)) / 86_400_000);
}

/** «2026-11» → the month's first day and the next month's first day. */
export function monthRange(maaned: string): { fra: string; til: string } {
  const [y, m] = maaned.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { fra: `${maaned}-01`, til: `${next}-01` };
}

/** The quarter a date falls in, as the archive names its run: «2026 K4». */
export function quarterOf(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y} K${Math.ceil(m / 3)}`;
}
