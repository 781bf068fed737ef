import type { FactProvider } from '../rutiner/facts.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';

/** Whether a record is written off (Noark 5 avskrivning): `avskrevet` or `ikkeAvskrevet`. */
export const oppgaveFacts: FactProvider = async (ctx, tx, subject) => {
  if (subject.objekt !== 'journalpost') return [];
  return [(await repo.isWrittenOff(tx, ctx.role.organisasjonId, subject.id)) ? 'avskrevet' : 'ikkeAvskrevet'];
};
