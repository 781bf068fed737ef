import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, notFound } from '../../shared/errors.js';
import { removeFreedContent } from '../dokumenter/remove-freed-content.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { objectsToDelete, type Slettingstype } from './domain/sletting.js';
import { slettingRepository as repo } from './sletting-repository.js';

/**
 * The archive deletes an inactive version (SV), a public variant (SS) or a
 * production format beside its archival variant (SP) of an archived
 * document (krav 2.7.14, 2.7.18, 2.7.22): the file objects leave the
 * catalogue, each logged in the change log, the deletion is recorded as
 * Noark sletting on the document (krav 2.7.17, 2.7.21, 2.7.25), and once
 * committed the content no one else uses leaves the store. Only what the
 * archive may read in full; the database refuses anything the rule does not
 * allow (slett_dokumentobjekt, migration 0088).
 */
export async function slettDokumentobjekt(ctx: Ctx, stores: DocumentStores, dokumentobjektId: string, slettingstype: Slettingstype) {
  requireRole(ctx, ['ARK'], {
    nb: 'slette versjoner, varianter og produksjonsformat',
    en: 'delete versions, variants and production formats',
  });
  const org = ctx.role.organisasjonId;
  const result = await inTenant(ctx, async (tx) => {
    const target = await repo.target(tx, org, dokumentobjektId);
    if (!target) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, dokumentobjektId);
    const access = (await decideAccess(tx, ctx, [target.dokumentbeskrivelse_id])).get(target.dokumentbeskrivelse_id);
    if (!access?.full) throw accessDenied();
    const ids = objectsToDelete(
      {
        dokumentstatus: target.dokumentstatus,
        kassert: target.kassert_dato !== null,
        rettsligHold: target.rettslig_hold,
        objekter: await repo.objectsOf(tx, org, target.dokumentbeskrivelse_id),
      },
      target,
      slettingstype,
    );
    const freed = await repo.slett(tx, dokumentobjektId, slettingstype);
    const [sletting] = await repo.listFor(tx, org, target.dokumentbeskrivelse_id);
    return { target, ids, sletting: sletting!, freed: freed.map((sjekksum) => ({ sjekksum, personsensitiv: target.personsensitiv })) };
  });
  const filerSlettet = await removeFreedContent(ctx, stores, result.freed, 'deletion');
  return {
    dokumentbeskrivelseId: result.target.dokumentbeskrivelse_id,
    slettingstype,
    versjonsnummer: result.sletting.versjonsnummer,
    variantformat: result.sletting.variantformat,
    slettetDato: result.sletting.slettet_dato,
    slettetAv: ctx.actor.navn,
    dokumentobjekterSlettet: result.ids.length,
    filerSlettet,
  };
}
