import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import {
  ARKIV_CLOSE,
  ARKIVDEL_CLOSE,
  arkivdelOpen,
  arkivOpen,
  KLASSE_CLOSE,
  klasseOpen,
  KLASSIFIKASJONSSYSTEM_CLOSE,
  klassifikasjonssystemOpen,
  registreringXml,
  saksmappeClose,
  saksmappeOpen,
  type Arkivskaper,
  type Avsluttet,
  type DokumentOut,
  type RegistreringOut,
} from './domain/arkivstruktur-xml.js';
import { groupBy } from '../offentlig-journal/list-offentlig-journal.js';
import { chooseObjects, referanseDokumentfil } from './domain/dokumentfiler.js';
import { buildClassTrees, type KlasseNode } from './domain/klasse-tree.js';
import type { ArkivdelRow, ArkivRow, DokumentobjektRow, DokumentRow, SaksmappeRow } from './domain/rows.js';
import { uttrekkSourceRepository as src, type Periode } from './uttrekk-source-repository.js';

/** Case files read per batch (with all their records and documents): memory holds one batch. */
export const CASE_BATCH = 200;

export interface StructurePlan {
  organisasjonId: string;
  arkivskaper: Arkivskaper;
  arkiv: ArkivRow;
  arkivdeler: readonly ArkivdelRow[];
  periode: Periode | null;
  approvedFormats: ReadonlySet<string>;
}

/** What the export counts as it writes (arkivuttrekk.xml and the run's record). */
export interface Counts {
  mapper: number;
  registreringer: number;
  dokumentfiler: number;
  skjermet: boolean;
}

/** Copies one chosen file object into the package (the caller knows the stores and the folder). */
export type CopyFile = (objekt: DokumentobjektRow, dokument: DokumentRow, referanse: string) => Promise<void>;

const closedAt = (d: { avsluttet_dato: Date | null; avsluttet_av_navn: string | null }, fallback: Avsluttet): Avsluttet =>
  d.avsluttet_dato ? { dato: d.avsluttet_dato, av: d.avsluttet_av_navn ?? fallback.av } : fallback;

/**
 * arkivstruktur.xml as text pieces: arkiv → arkivdel → klassifikasjonssystem
 * → klasse → saksmappe → registrering, read in batches of CASE_BATCH cases
 * per class, each batch in its own short transaction; the document files of
 * a batch are copied before its XML is handed on, so a written reference
 * always has its file.
 */
export async function* arkivstrukturChunks(ctx: Ctx, plan: StructurePlan, counts: Counts, copy: CopyFile): AsyncGenerator<string> {
  const latest = [...plan.arkivdeler].sort((a, b) => (b.avsluttet_dato?.getTime() ?? 0) - (a.avsluttet_dato?.getTime() ?? 0))[0]!;
  const arkivSlutt = closedAt(plan.arkiv, closedAt(latest, { dato: latest.opprettet_dato, av: latest.opprettet_av_navn }));
  yield arkivOpen(plan.arkiv, arkivSlutt, plan.arkivskaper);
  for (const arkivdel of plan.arkivdeler) {
    const slutt = closedAt(arkivdel, arkivSlutt);
    yield arkivdelOpen(arkivdel, slutt);
    const trees = await inTenant(ctx, async (tx) => {
      const { systems, primaryId } = await src.systems(tx, plan.organisasjonId, arkivdel.id);
      return buildClassTrees({
        arkivdel: arkivdel.kortnavn,
        primarySystem: systems.find((s) => s.id === primaryId),
        systems,
        klasser: await src.klasser(tx, plan.organisasjonId),
        groups: await src.caseGroups(tx, plan.organisasjonId, arkivdel.id, plan.periode),
      });
    });
    for (const tree of trees) {
      yield klassifikasjonssystemOpen(tree.system);
      for (const root of tree.roots) yield* klasseChunks(ctx, plan, arkivdel, slutt, root, counts, copy);
      yield KLASSIFIKASJONSSYSTEM_CLOSE;
    }
    yield ARKIVDEL_CLOSE;
  }
  yield ARKIV_CLOSE;
}

async function* klasseChunks(
  ctx: Ctx,
  plan: StructurePlan,
  arkivdel: ArkivdelRow,
  slutt: Avsluttet,
  node: KlasseNode,
  counts: Counts,
  copy: CopyFile,
): AsyncGenerator<string> {
  yield klasseOpen(node.klasse);
  for (const child of node.children) yield* klasseChunks(ctx, plan, arkivdel, slutt, child, counts, copy);
  if (node.antall > 0) {
    let after: SaksmappeRow | null = null;
    for (;;) {
      const batch = await readBatch(ctx, plan, arkivdel, node, after);
      yield await writeBatch(batch, slutt, plan, counts, copy);
      if (batch.saker.length < CASE_BATCH) break;
      after = batch.saker.at(-1)!;
    }
  }
  yield KLASSE_CLOSE;
}

/** One batch of cases with everything written under them, in a fixed number of queries. */
async function readBatch(ctx: Ctx, plan: StructurePlan, arkivdel: ArkivdelRow, node: KlasseNode, after: SaksmappeRow | null) {
  const org = plan.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const saker = await src.saksmapper(tx, org, arkivdel.id, node.key, plan.periode, after, CASE_BATCH);
    const sakIds = saker.map((s) => s.id);
    const registreringer = await src.registreringer(tx, org, sakIds, plan.periode);
    const jpIds = registreringer.map((r) => r.id);
    const dokumenter = await src.dokumenter(tx, org, jpIds);
    const dokIds = dokumenter.map((d) => d.id);
    return {
      saker,
      registreringer,
      dokumenter,
      parter: await src.parter(tx, org, sakIds),
      sakMerknader: await src.merknader(tx, org, 'saksmappe', sakIds),
      jpMerknader: await src.merknader(tx, org, 'journalpost', jpIds),
      korrespondanseparter: await src.korrespondanseparter(tx, org, jpIds),
      avskrivninger: await src.avskrivninger(tx, org, jpIds),
      dokMerknader: await src.merknader(tx, org, 'dokumentbeskrivelse', dokIds),
      objekter: await src.dokumentobjekter(tx, org, dokIds),
    };
  });
}

type Batch = Awaited<ReturnType<typeof readBatch>>;

async function writeBatch(b: Batch, slutt: Avsluttet, plan: StructurePlan, counts: Counts, copy: CopyFile): Promise<string> {
  const objekterOf = groupBy(b.objekter, (o) => o.dokumentbeskrivelse_id);
  const dokMerknaderOf = groupBy(b.dokMerknader, (m) => m.objekt_id);
  const dokumenterOf = new Map<string, DokumentOut[]>();
  for (const dokument of b.dokumenter) {
    const objekter = [];
    for (const objekt of chooseObjects(objekterOf.get(dokument.id) ?? [], plan.approvedFormats)) {
      const referanse = referanseDokumentfil(objekt);
      await copy(objekt, dokument, referanse);
      objekter.push({ objekt, referanseDokumentfil: referanse });
      counts.dokumentfiler++;
    }
    const out = { dokument, merknader: dokMerknaderOf.get(dokument.id) ?? [], objekter };
    dokumenterOf.set(dokument.journalpost_id, [...(dokumenterOf.get(dokument.journalpost_id) ?? []), out]);
    if (dokument.tilgangskode) counts.skjermet = true;
  }
  const parterOf = groupBy(b.parter, (p) => p.saksmappe_id);
  const sakMerknaderOf = groupBy(b.sakMerknader, (m) => m.objekt_id);
  const jpMerknaderOf = groupBy(b.jpMerknader, (m) => m.objekt_id);
  const partsOf = groupBy(b.korrespondanseparter, (k) => k.journalpost_id);
  const avskrivningerOf = groupBy(b.avskrivninger, (a) => a.journalpost_id);
  const regsOf = groupBy(b.registreringer, (r) => r.saksmappe_id);
  let xml = '';
  for (const sak of b.saker) {
    counts.mapper++;
    if (sak.tilgangskode) counts.skjermet = true;
    xml += saksmappeOpen(sak, closedAt(sak, slutt), { parter: parterOf.get(sak.id) ?? [], merknader: sakMerknaderOf.get(sak.id) ?? [] });
    for (const registrering of regsOf.get(sak.id) ?? []) {
      counts.registreringer++;
      if (registrering.tilgangskode) counts.skjermet = true;
      const out: RegistreringOut = {
        registrering,
        dokumenter: dokumenterOf.get(registrering.id) ?? [],
        merknader: jpMerknaderOf.get(registrering.id) ?? [],
        korrespondanseparter: partsOf.get(registrering.id) ?? [],
        avskrivninger: avskrivningerOf.get(registrering.id) ?? [],
      };
      xml += registreringXml(out);
    }
    xml += saksmappeClose(sak);
  }
  return xml;
}
