import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { insertMerknad, type MerknadInput } from '../saksmappe/relations.js';
import { insertKorrespondansepart, type KorrespondansepartInput } from './korrespondansepart.js';
import { loadForChange } from './load-for-change.js';

/** A correspondence party is part of the record's content: the change rule freezes it once journalført or dispatched. */
export async function addKorrespondansepart(ctx: Ctx, journalpostId: string, input: KorrespondansepartInput) {
  return inTenant(ctx, async (tx) => {
    await loadForChange(ctx, tx, journalpostId, 'korrespondansepart');
    return insertKorrespondansepart(ctx, tx, journalpostId, input);
  });
}

/** Remarks are notes about the record, not its content: the change rule lets them follow journalføring, while the case is open. */
export async function addJournalpostMerknad(ctx: Ctx, journalpostId: string, input: MerknadInput) {
  return inTenant(ctx, async (tx) => {
    await loadForChange(ctx, tx, journalpostId, 'merknad');
    return insertMerknad(ctx, tx, 'journalpost', journalpostId, input);
  });
}
