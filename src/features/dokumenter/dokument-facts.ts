import type { FactProvider } from '../rutiner/facts.js';
import { dokumentRepository as repo } from './dokument-repository.js';

/**
 * Whether a record has documents still under work (`dokumenter:underArbeid`):
 * the routine then offers «Ferdigstill dokumentene». One statement.
 */
export const dokumentFacts: FactProvider = async (ctx, tx, subject) => {
  if (subject.objekt !== 'journalpost') return [];
  return (await repo.underArbeid(tx, ctx.role.organisasjonId, subject.id)).length > 0 ? ['dokumenter:underArbeid'] : [];
};
