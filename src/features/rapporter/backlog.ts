import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied } from '../../shared/errors.js';
import type { Window } from '../../shared/paging.js';
import { redUpTo } from '../arbeidslister/domain/worklists.js';
import { formatJournalpostId } from '../noark/domain/index.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { daysOverdue, includedUpTo, reportScope, type ReportFilter, type ReportScope } from './domain/report-scope.js';
import { rapportRepository as repo, type BacklogGroup, type BacklogQuery, type BacklogRow } from './rapport-repository.js';

export const RAPPORTER = ['restanseliste', 'forfallsliste'] as const;
export type Rapport = (typeof RAPPORTER)[number];

export interface BacklogInput extends ReportFilter {
  /** The backlog list: leave out records of the last N weeks (0: none). */
  utelatUker?: number | undefined;
  /** The due list: records due on or before this date (default: overdue or due within 5 days). */
  forfallTil?: string | undefined;
}

/** The most groups (unit × case worker) a report counts: far above a municipality's case workers. */
export const GROUP_CAP = 2_000;

/** Whose backlog the active role may see, or a refusal (domain/report-scope.ts). */
export function scopeFor(ctx: Ctx, reader: Reader, input: ReportFilter): ReportScope {
  const decision = reportScope({ brukerId: ctx.actor.brukerId, rolle: ctx.role.rolle, ledetEnheter: reader.ledetEnheter }, input);
  if (!decision.allowed) throw accessDenied(decision.reason);
  return decision.scope;
}

/** The query of a report: the backlog up to a journal date, or the records due by a date. */
export function backlogQuery(ctx: Ctx, rapport: Rapport, scope: ReportScope, input: BacklogInput, today: string): BacklogQuery {
  return {
    orgId: ctx.role.organisasjonId,
    scope,
    journaldatoTil: rapport === 'restanseliste' && input.utelatUker ? includedUpTo(today, input.utelatUker) : null,
    forfallTil: rapport === 'forfallsliste' ? (input.forfallTil ?? redUpTo(today)) : null,
  };
}

/** A page of the report's rows and its counts per unit and case worker, inside the caller's reading transaction. */
export async function readBacklog(tx: Tx, q: BacklogQuery, reader: Reader, window: Window, today: string) {
  const [{ rows, total }, groups] = [await repo.page(tx, q, reader, window), await repo.groups(tx, q, today, GROUP_CAP)];
  return { rows, total, groups };
}

/** One row as the report shows it: the record's number, title by the read rule, unit, case worker and days overdue. */
export function presentBacklogRow(r: BacklogRow, today: string) {
  return {
    id: r.id,
    saksmappeId: r.saksmappe_id,
    journalpostId: formatJournalpostId(r.saksaar, r.sakssekvensnummer, r.journalpostnummer),
    journalposttype: r.journalposttype,
    journalstatus: r.journalstatus,
    journaldato: r.journaldato,
    forfallsdato: r.forfallsdato,
    dagerOverFrist: daysOverdue(r.forfallsdato, today),
    tittel: r.tittel,
    fullTilgang: r.full_tilgang,
    enhet: r.enhet_id ? { id: r.enhet_id, navn: r.enhet_navn ?? '' } : null,
    saksbehandler: r.saksbehandler_id ? { id: r.saksbehandler_id, navn: r.saksbehandler_navn ?? '' } : null,
  };
}

export function presentGroup(g: BacklogGroup) {
  return {
    enhet: g.enhet_id ? { id: g.enhet_id, navn: g.enhet_navn ?? '' } : null,
    saksbehandler: g.saksbehandler_id ? { id: g.saksbehandler_id, navn: g.saksbehandler_navn ?? '' } : null,
    antall: Number(g.antall),
    overFrist: Number(g.over_frist),
  };
}
