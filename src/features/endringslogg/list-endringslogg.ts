import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { isScreenedLogField, SKJERMET } from '../tilgang/domain/screened-fields.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { relationsRepository as relations } from '../saksmappe/relations-repository.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { endringsloggRepository as repo } from './endringslogg-repository.js';

type Entry = Awaited<ReturnType<typeof repo.listForObjects>>[number];

/** The change log of any object by id (empty when nothing was logged or the id is unknown). */
export function listEndringslogg(ctx: Ctx, objektId: string) {
  return inTenant(ctx, async (tx) => screen(ctx, tx, await repo.listForObjects(tx, ctx.role.organisasjonId, [objektId])));
}

/** A case's change log: the case itself, its screening and its parts. */
export function listSaksmappeEndringslogg(ctx: Ctx, saksmappeId: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    if (!(await cases.find(tx, orgId, saksmappeId))) throw notFound({ nb: 'saksmappen', en: 'case file' }, saksmappeId);
    const partIds = (await relations.listParter(tx, orgId, saksmappeId)).map((p) => p.id);
    return screen(ctx, tx, await repo.listForObjects(tx, orgId, [saksmappeId, ...partIds]));
  });
}

/** A record's change log, with its correspondence parties' entries. */
export function listJournalpostEndringslogg(ctx: Ctx, journalpostId: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    if (!(await records.find(tx, orgId, journalpostId))) throw notFound({ nb: 'journalposten', en: 'record' }, journalpostId);
    const parter = await records.listKorrespondanseparter(tx, orgId, [journalpostId]);
    return screen(ctx, tx, await repo.listForObjects(tx, orgId, [journalpostId, ...parter.map((p) => p.id)]));
  });
}

/**
 * The log says what the object said: a reader the read rule does not let see
 * an object gets «Skjermet» for the old and new values of its screened
 * fields, and for a screened party's name. One batch for the whole page.
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
