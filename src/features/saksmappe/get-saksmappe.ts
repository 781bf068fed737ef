import type { Selectable } from 'kysely';
import { inTenant } from '../../db/tenant.js';
import type { SaksmappeTable } from '../noark/tables.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { loadRecordViews } from '../journalpost/record-views.js';
import { caseAccessColumns, caseAccessFrom } from '../tilgang/case-access.js';
import { changeTargetColumns, changeTargetsFrom } from '../tilgang/change-access.js';
import { relationsRepository as relations } from './relations-repository.js';
import { saksmappeRepository as repo, type CasePageColumns } from './saksmappe-repository.js';
import { casePaging, type CasePages, type SubList } from './case-pages.js';

export type SaksmappeView = Awaited<ReturnType<typeof getSaksmappe>>;

const known = (id: string | null, navn: string | null): [string, string][] => (id && navn ? [[id, navn]] : []);

/**
 * A case with what its page shows: classification, and one page of each of
 * its parts, remarks, references, precedents and records (in order), with
 * each list's total. Eight statements, whatever the case's size: the case
 * with everything of one row (names, class, totals, who reads, what the
 * change rule needs), then each list's page, then the page's records'
 * parties and remarks.
 */
export async function getSaksmappe(ctx: Ctx, id: string, pages: CasePages = casePaging.first()) {
  const orgId = ctx.role.organisasjonId;
  const window = (list: SubList) => casePaging.window(pages, list);
  return inTenant(ctx, async (tx) => {
    const row = await repo.findForPage(tx, orgId, id, [...caseAccessColumns(ctx, id), ...changeTargetColumns(orgId, id)] as const);
    if (!row) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    const { leser_grupper, leser_enheter, interne_kontakter, enhetstre, saksbehandlere, ...rest } = row;
    const { saksmappe, page } = splitPageRow(rest);
    const access = caseAccessFrom(ctx, { leser_grupper, leser_enheter, interne_kontakter });
    const targets = changeTargetsFrom(enhetstre, saksbehandlere, saksmappe);
    const [parter, merknader, kryssreferanser, presedenser, journalposter] = await Promise.all([
      relations.listParter(tx, orgId, id, window('parter')),
      relations.listMerknader(tx, orgId, id, window('merknader')),
      relations.listKryssreferanser(tx, orgId, id, window('kryssreferanser')),
      relations.listPresedenser(tx, orgId, id, window('presedenser')),
      records.listForSaksmappe(tx, orgId, id, window('journalposter')),
    ]);
    const recordViews = await loadRecordViews(tx, orgId, saksmappe, journalposter, access, targets);
    return {
      saksmappe,
      names: new Map([
        ...known(saksmappe.saksansvarlig_id, page.saksansvarlig_navn),
        ...known(saksmappe.avsluttet_av, page.avsluttet_av_navn),
      ]),
      units: new Map(known(saksmappe.administrativ_enhet_id, page.enhet_navn)),
      klasse: page.klasse_tittel === null ? undefined : { tittel: page.klasse_tittel },
      primaerSystemId: page.primaer_system_id,
      prosjekt: saksmappe.prosjekt_id && page.prosjekt_navn ? { id: saksmappe.prosjekt_id, navn: page.prosjekt_navn } : undefined,
      sekundaerKlasser: page.sekundaerklasser,
      parter,
      merknader,
      kryssreferanser,
      presedenser,
      journalposter: recordViews,
      sider: casePaging.sider(pages, page.totals),
      access,
      changeTarget: { saksmappe: targets.saksmappe },
    };
  });
}

/** The case's own row apart from what its page's query added to it. */
function splitPageRow(row: Selectable<SaksmappeTable> & CasePageColumns) {
  const {
    saksansvarlig_navn,
    avsluttet_av_navn,
    enhet_navn,
    klasse_tittel,
    primaer_system_id,
    prosjekt_navn,
    sekundaerklasser,
    antall_journalposter,
    antall_parter,
    antall_merknader,
    antall_kryssreferanser,
    antall_presedenser,
    ...saksmappe
  } = row;
  const totals: Record<SubList, number> = {
    journalposter: Number(antall_journalposter),
    parter: Number(antall_parter),
    merknader: Number(antall_merknader),
    kryssreferanser: Number(antall_kryssreferanser),
    presedenser: Number(antall_presedenser),
  };
  return {
    saksmappe,
    page: { saksansvarlig_navn, avsluttet_av_navn, enhet_navn, klasse_tittel, primaer_system_id, prosjekt_navn, sekundaerklasser, totals },
  };
}
