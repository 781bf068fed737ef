import type { SystemCtx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { presentPublicEntry } from './domain/public-entry.js';
import { publicFileOf, type PublicFile, type PublishedFileRow } from './domain/public-file.js';
import { offentligJournalRepository as repo } from './offentlig-journal-repository.js';
import { inPublicTenant, resolveJournal, type JournalQuery } from './public-tenant.js';

/**
 * A page of an organisation's public journal (offentlig journal / postliste,
 * issue 15): its journalført records of the published types in a date range,
 * newest first, as the read rule shows them to a person with no role. No
 * login. Four queries whatever the page's length: the organisation, the
 * page with its total, the page's parties, the page's published full texts.
 */
export async function listOffentligJournal(ctx: SystemCtx, query: JournalQuery, page: PageRequest) {
  const { org, filter } = await resolveJournal(ctx, query);
  const { rows, total, parts, files } = await inPublicTenant(ctx.db, org.id, async (tx) => {
    const found = await repo.page(tx, filter, windowOf(page));
    const ids = found.rows.map((r) => r.id);
    const parts = await repo.parties(tx, org.id, ids);
    const files = await repo.publishedFiles(tx, org.id, ids);
    return { ...found, parts, files };
  });
  const partsOf = groupBy(parts, (p) => p.journalpost_id);
  const filesOf = publicFilesByRecord(files);
  return {
    organisasjon: { navn: org.navn, organisasjonsnummer: org.organisasjonsnummer },
    fra: filter.fra,
    til: filter.til,
    journalposttyper: [...filter.typer],
    items: rows.map((r) => presentPublicEntry(r, partsOf.get(r.id) ?? [], filesOf.get(r.id) ?? [])),
    ...pageInfo(page, total),
  };
}

export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** The public file of each published document, per record. */
export function publicFilesByRecord(rows: readonly PublishedFileRow[]): Map<string, PublicFile[]> {
  const out = new Map<string, PublicFile[]>();
  for (const objects of groupBy(rows, (r) => r.dokumentbeskrivelse_id).values()) {
    const file = publicFileOf(objects);
    if (file) out.set(objects[0]!.journalpost_id, [...(out.get(objects[0]!.journalpost_id) ?? []), file]);
  }
  return out;
}
