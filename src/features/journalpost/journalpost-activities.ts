import type { Journalstatus } from '../noark/domain/index.js';
import { defineHandler } from '../rutiner/run-activity.js';
import { insertMerknad } from '../saksmappe/relations.js';
import { applyJournalstatus } from './change-journalstatus.js';

export interface StatusStepInput {
  /** Why, kept as a remark where the step takes one (voiding). */
  begrunnelse?: string | null | undefined;
}

/** A record's status step to the routine definition's `parametre.til`. */
export const journalstatusHandler = defineHandler('journalstatus', (ctx, tx, subject, _input: StatusStepInput, activity) =>
  applyJournalstatus(ctx, tx, subject.id, activity.parametre!.til as Journalstatus),
);

/**
 * The archive voids a wrong record (status U) instead of deleting it: the
 * record, its numbers and its history stay, marked «Utgår». A reason, when
 * given, is kept as a remark.
 */
export const utgaarHandler = defineHandler('utgaar', async (ctx, tx, subject, input: StatusStepInput) => {
  const after = await applyJournalstatus(ctx, tx, subject.id, 'U', 'utgaar');
  if (input.begrunnelse?.trim()) {
    await insertMerknad(ctx, tx, 'journalpost', subject.id, { merknadstekst: input.begrunnelse, merknadstype: 'Utgår' });
  }
  return after;
});
