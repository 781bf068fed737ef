import type { Selectable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { JournalpostTable, KorrespondansepartTable, SaksmappeTable } from '../noark/tables.js';
import { relationsRepository as relations } from '../saksmappe/relations-repository.js';
import type { CaseAccess } from '../tilgang/case-access.js';
import type { changeTargetsFrom } from '../tilgang/change-access.js';
import type { ChangeTarget } from '../tilgang/domain/change-rule.js';
import type { PageInfo } from '../../shared/paging.js';
import { journalpostRepository as repo } from './journalpost-repository.js';
import { RECORD_ROW_PAGES, recordPaging, type RecordList, type RecordPages } from './record-pages.js';

export type MerknadRow = Awaited<ReturnType<typeof relations.listMerknader>>[number];

/** A record row with the names of its saksbehandler and unit and its lists' totals (journalpostRepository.findWithNames, listForSaksmappe). */
export type NamedRecord = Selectable<JournalpostTable> & {
  saksbehandler_navn: string | null;
  enhet_navn: string | null;
  antall_korrespondanseparter: number | null;
  antall_merknader: number | null;
  kopi_brukere: string[];
  kopi_enheter: string[];
};

/** A record with what its presenter needs: its case, parties, remarks and the names of the people and units it names. */
export interface RecordView {
  /** With its copy recipients where the query read them (they read it: the read rule). */
  record: Selectable<JournalpostTable> & { kopi_brukere?: string[]; kopi_enheter?: string[] };
  saksmappe: Selectable<SaksmappeTable>;
  korrespondanseparter: Selectable<KorrespondansepartTable>[];
  merknader: MerknadRow[];
  /** Which page of its parties and remarks the view holds, and how many there are in all. */
  sider: Record<RecordList, PageInfo>;
  names: Map<string, string>;
  units: Map<string, string>;
  /** Who reads, and the case's internal contacts: what the presenter asks the read rule with. */
  access: CaseAccess;
  /** What the change rule needs to say what the reader may change (`kanEndre`). */
  changeTarget: ChangeTarget;
}

/**
 * The views of several records of one case, each with the same page of
 * its parties and remarks (the first few of each in a case's list), with
 * two queries (parties, remarks) whatever their count or size: their
 * totals come with the records, who reads and the change rule's targets
 * with the case.
 */
export async function loadRecordViews(
  tx: Tx,
  orgId: string,
  saksmappe: Selectable<SaksmappeTable>,
  records: NamedRecord[],
  access: CaseAccess,
  targets: ReturnType<typeof changeTargetsFrom>,
  pages: RecordPages = RECORD_ROW_PAGES,
): Promise<RecordView[]> {
  const ids = records.map((r) => r.id);
  const [parter, merknader] = await Promise.all([
    repo.listKorrespondanseparter(tx, orgId, ids, recordPaging.window(pages, 'korrespondanseparter')),
    relations.listMerknaderOfEach(tx, orgId, ids, recordPaging.window(pages, 'merknader')),
  ]);
  const names = namesOf(records.map((r) => [r.saksbehandler_id, r.saksbehandler_navn]));
  const units = namesOf(records.map((r) => [r.administrativ_enhet_id, r.enhet_navn]));
  return records.map(({ saksbehandler_navn: _, enhet_navn: __, antall_korrespondanseparter, antall_merknader, ...record }) => ({
    record,
    saksmappe,
    korrespondanseparter: parter.filter((p) => p.journalpost_id === record.id),
    merknader: merknader.filter((m) => m.objekt_id === record.id),
    sider: recordPaging.sider(pages, { korrespondanseparter: Number(antall_korrespondanseparter), merknader: Number(antall_merknader) }),
    names,
    units,
    access,
    changeTarget: targets.journalpost(record),
  }));
}

const namesOf = (pairs: [string | null, string | null][]) =>
  new Map(pairs.filter((p): p is [string, string] => p[0] !== null && p[1] !== null));
