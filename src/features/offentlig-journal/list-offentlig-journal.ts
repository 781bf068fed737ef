import type { SystemCtx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { presentPublicEntry } from './domain/public-entry.js';
import { offentligJournalRepository as repo } from './offentlig-journal-repository.js';
import { inPublicTenant, resolveJournal, type JournalQuery } from './public-tenant.js';

/**
 * A page of an organisation's public journal (offentlig journal / postliste,
 * issue 15): its journalført records of the published types in a date range,
 * newest first, as the read rule shows them to a person with no role. No
 * login. Three queries whatever the page's length: the organisation, the
 * page with its total, the page's parties.
 */
export async function listOffentligJournal(ctx: SystemCtx, query: JournalQuery, page: PageRequest) {
  const { org, filter } = await resolveJournal(ctx, query);
  const { rows, total, parts } = await inPublicTenant(ctx.db, org.id, async (tx) => {
    const found = await repo.page(tx, filter, windowOf(page));
    const parts = await repo.parties(
      tx,
      org.id,
      found.rows.map((r) => r.id),
    );
    return { ...found, parts };
  });
  const partsOf = groupBy(parts, (p) => p.journalpost_id);
  return {
    organisasjon: { navn: org.navn, organisasjonsnummer: org.organisasjonsnummer },
    fra: filter.fra,
    til: filter.til,
    journalposttyper: [...filter.typer],
    items: rows.map((r) => presentPublicEntry(r, partsOf.get(r.id) ?? [], [])),
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
