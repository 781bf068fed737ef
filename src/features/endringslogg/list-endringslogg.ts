import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { isScreenedLogField, SKJERMET } from '../tilgang/domain/screened-fields.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { endringsloggRepository as repo, type LogScope } from './endringslogg-repository.js';

const RECORD_PARTS = ['korrespondansepart', 'avskrivning', 'ekspedering', 'besvarelse', 'innsynskrav_del'] as const;

type Entry = Awaited<ReturnType<typeof repo.pageForObject>>['rows'][number];

/** A page of the change log of any object by id (empty when nothing was logged or the id is unknown). */
export function listEndringslogg(ctx: Ctx, objektId: string, page: PageRequest) {
  return inTenant(ctx, (tx) => screenedPage(ctx, tx, { objektId }, page));
}

/** A page of a case's change log: the case itself, its screening and its parts. */
export function listSaksmappeEndringslogg(ctx: Ctx, saksmappeId: string, page: PageRequest) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    if (!(await cases.find(tx, orgId, saksmappeId))) throw notFound({ nb: 'saksmappen', en: 'case file' }, saksmappeId);
    return screenedPage(ctx, tx, { objektId: saksmappeId, parts: ['part'] }, page);
  });
}

/** A page of a record's change log, with its correspondence parties', write-offs', dispatch's, answer links' and access decisions' entries. */
export function listJournalpostEndringslogg(ctx: Ctx, journalpostId: string, page: PageRequest) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    if (!(await records.find(tx, orgId, journalpostId))) throw notFound({ nb: 'journalposten', en: 'record' }, journalpostId);
    return screenedPage(ctx, tx, { objektId: journalpostId, parts: RECORD_PARTS }, page);
  });
}

async function screenedPage(ctx: Ctx, tx: Tx, scope: LogScope, page: PageRequest) {
  const { rows, total } = await repo.pageForObject(tx, ctx.role.organisasjonId, scope, windowOf(page));
  return { items: await screen(ctx, tx, rows), ...pageInfo(page, total) };
}

/**
 * The log says what the object said: a reader the read rule does not let see
 * an object gets «Skjermet» for the old and new values of its screened
 * fields, and for a screened party's name. One batch for the whole page
 * (a fixed number of queries, not one per entry).
 */
async function screen(ctx: Ctx, tx: Tx, entries: Entry[]): Promise<Entry[]> {
  const access = await decideAccess(
    tx,
    ctx,
    entries.map((e) => e.objekt_id),
  );
  return entries.map((e) => {
    const decision = access.get(e.objekt_id);
    if (!decision || !isScreenedLogField(e.felt)) return e;
    const visible = e.felt === 'korrespondansepartNavn' ? decision.partyVisible : decision.full;
    return visible ? e : { ...e, tidligere_verdi: e.tidligere_verdi && SKJERMET, ny_verdi: e.ny_verdi && SKJERMET };
  });
}
