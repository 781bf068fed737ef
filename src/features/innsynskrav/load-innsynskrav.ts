import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, DomainError, notFound } from '../../shared/errors.js';
import { mayDecide } from './domain/innsynskrav-rules.js';
import { innsynskravRepository as repo } from './innsynskrav-repository.js';

export const innsynskravNotFound = (id: string) => notFound({ nb: 'innsynskravet', en: 'the access request' }, id);

/** The request, locked for a change, while it is not yet answered. */
export async function openInnsynskrav(tx: Tx, ctx: Ctx, id: string) {
  const krav = await repo.find(tx, ctx.role.organisasjonId, id, true);
  if (!krav) throw innsynskravNotFound(id);
  if (krav.besvart_dato) {
    throw new DomainError('CONFLICT', {
      nb: 'Innsynskravet er allerede besvart; avgjørelsene kan ikke endres.',
      en: 'The access request is already answered; its decisions cannot change.',
    });
  }
  return krav;
}

/** One requested record of an open request, which the actor may decide. */
export async function decidableDel(tx: Tx, ctx: Ctx, id: string, delId: string) {
  const krav = await openInnsynskrav(tx, ctx, id);
  const del = await repo.findDel(tx, ctx.role.organisasjonId, id, delId);
  if (!del) throw notFound({ nb: 'journalposten i innsynskravet', en: 'the record of the access request' }, delId);
  if (!mayDecide(ctx.role.rolle, ctx.actor.brukerId, { saksbehandlerId: del.saksbehandler_id })) {
    throw accessDenied({
      nb: 'Innsynskravet for denne journalposten er fordelt til saksansvarlig; bare hen, en leder eller arkivet avgjør det.',
      en: 'This record of the access request is routed to its case owner; only they, a leader or the archive decide it.',
    });
  }
  return { krav, del };
}
