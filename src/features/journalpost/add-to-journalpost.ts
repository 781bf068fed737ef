import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { insertMerknad, type MerknadInput } from '../saksmappe/relations.js';
import { assertContentChangeable } from './domain/journalpost-rules.js';
import { insertKorrespondansepart, type KorrespondansepartInput } from './korrespondansepart.js';
import { AUTHORS_AND_ARCHIVE } from './update-journalpost.js';
import { loadForChange } from './load-for-change.js';

/** A correspondence party is part of the record's content: once journalført, only the archive adds one. */
export async function addKorrespondansepart(ctx: Ctx, journalpostId: string, input: KorrespondansepartInput) {
  return inTenant(ctx, async (tx) => {
    const { record } = await loadForChange(ctx, tx, journalpostId);
    requireRole(ctx, AUTHORS_AND_ARCHIVE, { nb: 'endre journalposter', en: 'change records' });
    assertContentChangeable(record, ctx.role.rolle);
    return insertKorrespondansepart(ctx, tx, journalpostId, input);
  });
}

/** Remarks are notes about the record, not its content: they may be added after journalføring, while the case is open. */
export async function addJournalpostMerknad(ctx: Ctx, journalpostId: string, input: MerknadInput) {
  return inTenant(ctx, async (tx) => {
    await loadForChange(ctx, tx, journalpostId);
    requireRole(ctx, AUTHORS_AND_ARCHIVE, { nb: 'skrive merknader', en: 'write remarks' });
    return insertMerknad(ctx, tx, 'journalpost', journalpostId, input);
  });
}
