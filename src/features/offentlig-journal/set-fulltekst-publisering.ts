import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { checkChange } from '../tilgang/change-access.js';
import { screeningRepository } from '../tilgang/screening-repository.js';
import { isPublishable } from './domain/public-file.js';
import { offentligJournalRepository as repo } from './offentlig-journal-repository.js';

/**
 * Publishes (or withdraws) a document's full text in the public journal
 * (seed 004: the case worker chooses single documents for full-text
 * publishing). Who may: those who screen it (the change rule's
 * 'skjerming': the archive, the case owner, leaders of the unit and above),
 * in every record state but a closed case's — publishing is screening's
 * other side. Only a document the public could open is published: one with
 * a public variant (O), or one without an access code of its own or its
 * record's, never one in the secure zone (409 otherwise). Logged by the
 * database (0071).
 */
export async function setFulltekstPublisering(ctx: Ctx, dokumentbeskrivelseId: string, publiser: boolean) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const screened = await screeningRepository.findScreened(tx, orgId, 'dokumentbeskrivelse', dokumentbeskrivelseId);
    if (!screened) throw notFound({ nb: 'dokumentet', en: 'the document' }, dokumentbeskrivelseId);
    await checkChange(
      ctx,
      tx,
      'skjerming',
      {
        id: screened.saksmappe_id,
        saksansvarlig_id: screened.saksansvarlig_id,
        administrativ_enhet_id: screened.sak_enhet_id,
        saksstatus: screened.saksstatus,
      },
      {
        saksbehandler_id: screened.saksbehandler_id,
        administrativ_enhet_id: screened.administrativ_enhet_id,
        journalstatus: screened.journalstatus!,
        journalposttype: screened.journalposttype!,
      },
    );
    if (publiser && !isPublishable(await repo.documentFiles(tx, orgId, dokumentbeskrivelseId))) {
      throw new DomainError('CONFLICT', {
        nb: 'Dokumentet er skjermet eller i sikker sone og har ingen offentlig variant. Legg til en offentlig variant (O) først.',
        en: 'The document is screened or in the secure zone and has no public variant. Add a public variant (O) first.',
      });
    }
    await repo.setPubliserFulltekst(tx, orgId, dokumentbeskrivelseId, publiser);
    return { id: dokumentbeskrivelseId, publiserFulltekst: publiser };
  });
}
