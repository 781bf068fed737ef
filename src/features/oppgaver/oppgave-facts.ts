import type { FactProvider } from '../rutiner/facts.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';

/**
 * Whether a record is written off (Noark 5 avskrivning): `avskrevet` or
 * `ikkeAvskrevet`; and `besvarer` when the person holds an open task to answer it.
 */
export const oppgaveFacts: FactProvider = async (ctx, tx, subject) => {
  if (subject.objekt !== 'journalpost') return [];
  const orgId = ctx.role.organisasjonId;
  const facts = [(await repo.isWrittenOff(tx, orgId, subject.id)) ? 'avskrevet' : 'ikkeAvskrevet'];
  if (await repo.holdsAnswerTask(tx, orgId, subject.id, ctx.actor.brukerId)) facts.push('besvarer');
  return facts;
};
