import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { maySeeScreenedParties, SKJERMET } from '../journalpost/domain/screening.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { readerOf } from '../journalpost/journalpost-presenter.js';
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
    return repo.listForObjects(tx, orgId, [saksmappeId, ...partIds]);
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

/** A screened party's name is in its log entries too; readers who may not see it get «Skjermet» there as well. */
async function screen(ctx: Ctx, tx: Tx, entries: Entry[]): Promise<Entry[]> {
  const orgId = ctx.role.organisasjonId;
  const hidden = new Set<string>();
  for (const partyId of new Set(entries.filter((e) => e.objekt_type === 'korrespondansepart').map((e) => e.objekt_id))) {
    const party = await records.findKorrespondansepart(tx, orgId, partyId);
    if (!party?.skjermet) continue;
    const record = (await records.find(tx, orgId, party.journalpost_id))!;
    const saksmappe = (await cases.find(tx, orgId, record.saksmappe_id))!;
    if (!maySeeScreenedParties(readerOf(ctx), record, saksmappe)) hidden.add(partyId);
  }
  return entries.map((e) =>
    hidden.has(e.objekt_id) && e.felt === 'korrespondansepartNavn'
      ? { ...e, tidligere_verdi: e.tidligere_verdi && SKJERMET, ny_verdi: e.ny_verdi && SKJERMET }
      : e,
  );
}
