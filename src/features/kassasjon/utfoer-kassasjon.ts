import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { removeFreedContent } from '../dokumenter/remove-freed-content.js';
import { isArkivdelExtracted } from '../uttrekk/uttrekk-repository.js';
import { effectiveBelowCase, effectiveForCase, kassasjonsdato } from './domain/arv.js';
import { checkMayDispose, documentIsDisposed } from './domain/utfoer.js';
import { chainOrThrow } from './get-kassasjon.js';
import { requireArchive } from './kassasjon-access.js';
import { kassasjonRepository as repo } from './kassasjon-repository.js';

/**
 * The archive carries out the disposal of a closed case that is due (krav
 * 6.1; issue 17 item 2): the files of its documents are deleted — the file
 * objects from the catalogue and, once committed, their content from the
 * store — unless a document's own (or its record's) decision keeps it. The
 * case, its records and the documents' descriptions stay, each disposed
 * document marked utfoertKassasjon (who, when) and each removed file object
 * logged (its checksum and name), all in the change log. Refused under a
 * legal hold, before the part is in a finished extraction, before the date.
 */
export async function utfoerKassasjon(ctx: Ctx, stores: DocumentStores, saksmappeId: string) {
  requireArchive(ctx, { nb: 'utføre kassasjon', en: 'carry out disposal' });
  const orgId = ctx.role.organisasjonId;
  const today = osloDate(ctx.now());
  const result = await inTenant(ctx, async (tx) => {
    const sak = await repo.caseState(tx, orgId, saksmappeId);
    if (!sak) throw notFound({ nb: 'saken', en: 'the case' }, saksmappeId);
    const chain = await chainOrThrow(tx, ctx, 'saksmappe', saksmappeId);
    const effective = effectiveForCase(chain.own, chain.arkivdel, chain.klasse).kassasjon;
    checkMayDispose(
      {
        saksstatus: sak.saksstatus,
        kassasjon: effective,
        kassasjonsdato: kassasjonsdato(effective, chain.avsluttetDato),
        rettsligHold: sak.rettslig_hold,
        kassert: sak.kassert_dato !== null,
        uttrukket: await isArkivdelExtracted(tx, orgId, sak.arkivdel_id),
      },
      today,
    );
    const freed: { sjekksum: string; personsensitiv: boolean }[] = [];
    let kassert = 0;
    let beholdt = 0;
    for (const doc of await repo.documentsOfCase(tx, orgId, saksmappeId)) {
      if (doc.kassert) continue;
      const own = effectiveBelowCase(doc.own, { saksmappe: chain.own, journalpost: doc.journalpost, arkivdel: null, klasse: null });
      if (!documentIsDisposed(own.kassasjon)) {
        beholdt += 1;
        continue;
      }
      for (const sjekksum of await repo.kasserDokument(tx, doc.id)) freed.push({ sjekksum, personsensitiv: doc.personsensitiv });
      kassert += 1;
    }
    const mark = await repo.markCaseDisposed(tx, orgId, saksmappeId, ctx.actor.brukerId);
    return { kassertDato: mark.kassert_dato, freed, kassert, beholdt };
  });
  const filerSlettet = await removeFreedContent(ctx, stores, result.freed, 'disposal');
  return {
    saksmappeId,
    kassertDato: new Date(result.kassertDato!).toISOString(),
    kassertAv: ctx.actor.navn,
    dokumenterKassert: result.kassert,
    dokumenterBeholdt: result.beholdt,
    filerSlettet,
  };
}
