import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { assertOpen } from '../saksmappe/saksmappe-rules.js';
import { checkChange } from '../tilgang/change-access.js';
import { journalpostRepository as repo } from './journalpost-repository.js';

/**
 * The archive moves a record registered in the wrong case to the right one in
 * the same organisation. It gets the next journalpostnummer of the target
 * case; its journal numbers (journalaar, journalsekvensnummer) never change,
 * and the old number stays in the change log as registreringsID.
 */
export async function moveJournalpost(ctx: Ctx, id: string, input: { saksmappeId: string }) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const peek = await repo.find(tx, orgId, id);
    if (!peek) throw notFound({ nb: 'journalposten', en: 'record' }, id);
    // Both cases are locked in id order, so two opposite moves never deadlock.
    const [first, second] = [peek.saksmappe_id, input.saksmappeId].sort();
    const locked = new Map<string, Awaited<ReturnType<typeof cases.findForUpdate>>>();
    for (const caseId of [first!, second!]) locked.set(caseId, await cases.findForUpdate(tx, orgId, caseId));
    const source = locked.get(peek.saksmappe_id);
    const target = locked.get(input.saksmappeId);
    if (!target) throw notFound({ nb: 'saksmappen det skal flyttes til', en: 'target case file' }, input.saksmappeId);
    if (peek.saksmappe_id === input.saksmappeId) {
      throw fieldError('saksmappeId', 'journalposten ligger allerede i denne saken', 'the record is already in this case');
    }
    const record = (await repo.findForUpdate(tx, orgId, id))!;
    if (!source || record.saksmappe_id !== source.id)
      throw new DomainError('CONFLICT', {
        nb: 'Journalposten ble flyttet samtidig. Prøv igjen.',
        en: 'The record was moved meanwhile. Try again.',
      });
    // The change rule: only the archive moves, never an archived record (krav 3.2.14) nor out of a closed case.
    await checkChange(ctx, tx, 'flytt', source, record);
    assertOpen(target);
    const numbered = (await cases.takeNextJournalpostnummer(tx, orgId, target.id))!;
    // The record's archive part is its case's, so no column holds it: the app
    // logs it; the database logs the new registreringsID with the UPDATE.
    await logChanges(tx, 'journalpost', id, { referanseArkivdel: source.arkivdel_id }, { referanseArkivdel: target.arkivdel_id });
    return repo.update(tx, orgId, id, { saksmappe_id: target.id, journalpostnummer: numbered.siste_journalpostnummer });
  });
}
