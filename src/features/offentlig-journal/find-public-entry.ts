import type { Database } from '../../db/open-database.js';
import { presentPublicEntry, type PublicEntry } from './domain/public-entry.js';
import { publicFilesByRecord } from './list-offentlig-journal.js';
import { offentligJournalRepository as repo } from './offentlig-journal-repository.js';
import { inPublicTenant } from './public-tenant.js';

/**
 * One record as the public journal shows it, or undefined when the public
 * journal does not hold it (not journalført, not a published type, gone):
 * what eInnsyn publishing sends, so both show the same (its full texts too).
 */
export async function findPublicEntry(db: Database, organisasjonId: string, journalpostId: string): Promise<PublicEntry | undefined> {
  const typer = await repo.typerOf(db, organisasjonId);
  if (!typer) return undefined;
  return inPublicTenant(db, organisasjonId, async (tx) => {
    const row = await repo.one(tx, organisasjonId, typer, journalpostId);
    if (!row) return undefined;
    const files = publicFilesByRecord(await repo.publishedFiles(tx, organisasjonId, [row.id]));
    return presentPublicEntry(row, await repo.parties(tx, organisasjonId, [row.id]), files.get(row.id) ?? []);
  });
}
