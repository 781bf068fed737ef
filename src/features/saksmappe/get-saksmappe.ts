import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { arkivstrukturRepository as structure } from '../arkivstruktur/arkivstruktur-repository.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { loadRecordViews } from '../journalpost/record-views.js';
import { loadCaseAccess } from '../tilgang/case-access.js';
import { loadChangeTargets } from '../tilgang/change-access.js';
import { peopleRepository as people } from './people-repository.js';
import { relationsRepository as relations } from './relations-repository.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';

export type SaksmappeView = Awaited<ReturnType<typeof getSaksmappe>>;

/** A case with everything its page shows: classification, parts, remarks, references, precedents and its records in order. */
export async function getSaksmappe(ctx: Ctx, id: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const saksmappe = await repo.find(tx, orgId, id);
    if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    const access = await loadCaseAccess(tx, ctx, id);
    const [sekundaerKlasser, parter, merknader, kryssreferanser, presedenser, journalposter, systemer] = await Promise.all([
      repo.listSekundaerklasser(tx, orgId, id),
      relations.listParter(tx, orgId, id),
      relations.listMerknader(tx, orgId, [id]),
      relations.listKryssreferanser(tx, orgId, id),
      relations.listPresedenser(tx, orgId, id),
      records.listForSaksmappe(tx, orgId, id),
      structure.listSystemerForArkivdel(tx, orgId, saksmappe.arkivdel_id),
    ]);
    const [names, units, klasse, prosjekt, recordViews, changeTargets] = await Promise.all([
      people.namesOf(tx, [saksmappe.saksansvarlig_id, saksmappe.avsluttet_av]),
      people.unitNamesOf(tx, orgId, [saksmappe.administrativ_enhet_id]),
      saksmappe.primaer_klasse_id ? structure.findKlasse(tx, orgId, saksmappe.primaer_klasse_id) : undefined,
      saksmappe.prosjekt_id ? repo.findProsjekt(tx, orgId, saksmappe.prosjekt_id) : undefined,
      loadRecordViews(tx, orgId, saksmappe, journalposter, access),
      loadChangeTargets(tx, orgId, saksmappe),
    ]);
    const primaerSystemId = klasse?.klassifikasjonssystem_id ?? systemer.find((s) => s.primaer)?.id ?? null;
    return {
      saksmappe,
      names,
      units,
      klasse,
      primaerSystemId,
      prosjekt,
      sekundaerKlasser,
      parter,
      merknader,
      kryssreferanser,
      presedenser,
      journalposter: recordViews,
      access,
      changeTarget: { saksmappe: changeTargets.saksmappe },
    };
  });
}
