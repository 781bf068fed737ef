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
import { casePaging, type CasePages, type SubList } from './case-pages.js';

export type SaksmappeView = Awaited<ReturnType<typeof getSaksmappe>>;

/**
 * A case with what its page shows: classification, and one page of each of
 * its parts, remarks, references, precedents and records (in order), with
 * each list's total. A fixed number of queries, whatever the case's size.
 */
export async function getSaksmappe(ctx: Ctx, id: string, pages: CasePages = casePaging.first()) {
  const orgId = ctx.role.organisasjonId;
  const window = (list: SubList) => casePaging.window(pages, list);
  return inTenant(ctx, async (tx) => {
    const saksmappe = await repo.find(tx, orgId, id);
    if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    const access = await loadCaseAccess(tx, ctx, id);
    const [sekundaerKlasser, parter, merknader, kryssreferanser, presedenser, journalposter, systemer, totals] = await Promise.all([
      repo.listSekundaerklasser(tx, orgId, id),
      relations.listParter(tx, orgId, id, window('parter')),
      relations.listMerknader(tx, orgId, id, window('merknader')),
      relations.listKryssreferanser(tx, orgId, id, window('kryssreferanser')),
      relations.listPresedenser(tx, orgId, id, window('presedenser')),
      records.listForSaksmappe(tx, orgId, id, window('journalposter')),
      structure.listSystemerForArkivdel(tx, orgId, saksmappe.arkivdel_id),
      repo.countSubLists(tx, orgId, id),
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
      sider: casePaging.sider(pages, totals),
      access,
      changeTarget: { saksmappe: changeTargets.saksmappe },
    };
  });
}
