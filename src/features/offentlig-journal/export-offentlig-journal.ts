import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { presentPublicEntry } from './domain/public-entry.js';
import { JOURNAL_END_XML, journalHeadXml, journalregistreringXml } from './domain/offentlig-journal-xml.js';
import { groupBy } from './list-offentlig-journal.js';
import { offentligJournalRepository as repo, type After } from './offentlig-journal-repository.js';
import { inPublicTenant, resolveJournal, type JournalQuery } from './public-tenant.js';

/** Records read per batch: memory holds one batch, whatever the period's length. */
export const EXPORT_BATCH = 500;

/**
 * The public journal of a period as Noark 5 offentligJournal XML, the same
 * records and fields the public page shows. Checked and counted before the
 * first byte (an unknown organisation, a bad range or an empty period is an
 * error, not half a file: the schema asks for at least one record); then
 * yielded a piece at a time, read in keyset batches of EXPORT_BATCH, each in
 * its own short transaction, so the embedded database's one connection is
 * never held while a slow reader drains the stream.
 */
export async function exportOffentligJournal(
  ctx: SystemCtx,
  query: JournalQuery,
): Promise<{ filnavn: string; chunks: AsyncIterable<string> }> {
  const { org, filter } = await resolveJournal(ctx, query);
  const antall = await inPublicTenant(ctx.db, org.id, (tx) => repo.count(tx, filter));
  if (antall === 0) {
    throw new DomainError('NOT_FOUND', {
      nb: `Offentlig journal for ${filter.fra}–${filter.til} har ingen journalposter.`,
      en: `The public journal of ${filter.fra}–${filter.til} has no records.`,
    });
  }
  async function* chunks() {
    yield journalHeadXml({
      fra: filter.fra,
      til: filter.til,
      antall,
      journalposttyper: filter.typer,
      arkivskaper: { organisasjonsnummer: org.organisasjonsnummer, navn: org.navn },
    });
    let after: After | null = null;
    for (;;) {
      const batch = await inPublicTenant(ctx.db, org.id, async (tx) => {
        const rows = await repo.batch(tx, filter, after, EXPORT_BATCH);
        const parts = await repo.parties(
          tx,
          org.id,
          rows.map((r) => r.id),
        );
        return { rows, parts };
      });
      const partsOf = groupBy(batch.parts, (p) => p.journalpost_id);
      yield batch.rows.map((r) => journalregistreringXml(presentPublicEntry(r, partsOf.get(r.id) ?? [], []))).join('');
      if (batch.rows.length < EXPORT_BATCH) break;
      const last = batch.rows.at(-1)!;
      after = { journaldato: last.journaldato, id: last.id, journalaar: last.journalaar, journalsekvensnummer: last.journalsekvensnummer };
    }
    yield JOURNAL_END_XML;
  }
  return { filnavn: `offentlig-journal-${org.organisasjonsnummer}-${filter.fra}-${filter.til}.xml`, chunks: chunks() };
}
