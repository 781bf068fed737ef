import type { Tx } from '../../db/tenant.js';
import { approvedFormats, awaitsArchivalFormat } from './domain/arkivformat.js';
import { arkivformatRepository as repo, type DocumentFormatRow } from './arkivformat-repository.js';

const asFormats = (d: DocumentFormatRow) => ({ formats: d.formats, productionMimeType: d.production_mime_type, unntak: d.unntak });

/** The condition `archivalFormats` for journalføring some records: the ids of those with a document still awaiting its archival variant. */
export async function recordsAwaitingArchivalFormat(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<Set<string>> {
  const docs = await repo.ofRecords(tx, orgId, journalpostIds);
  if (docs.length === 0) return new Set();
  const approved = approvedFormats(await repo.approved(tx, orgId));
  return new Set(docs.filter((d) => awaitsArchivalFormat(asFormats(d), approved)).map((d) => d.journalpost_id));
}

/** The condition `archivalFormats` for closing a case: how many of its documents still await their archival variant. */
export async function caseDocumentsAwaitingArchivalFormat(tx: Tx, orgId: string, saksmappeId: string): Promise<number> {
  const docs = await repo.ofCase(tx, orgId, saksmappeId);
  if (docs.length === 0) return 0;
  const approved = approvedFormats(await repo.approved(tx, orgId));
  return docs.filter((d) => awaitsArchivalFormat(asFormats(d), approved)).length;
}
