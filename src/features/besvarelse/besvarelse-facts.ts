import type { FactProvider } from '../rutiner/facts.js';
import { changeActorOf } from '../tilgang/change-access.js';
import { mayChange } from '../tilgang/domain/change-rule.js';

/**
 * `ikkeStengt`: the record's state does not stop answering or writing it off
 * (`loadForAnswer`: the change rule says who first, then the state — a
 * closed case or an archived record is answered no more). No statement:
 * what the change rule sees is the subject's.
 */
export const besvarelseFacts: FactProvider = (ctx, _tx, subject) => {
  if (subject.objekt !== 'journalpost') return Promise.resolve([]);
  const remarks = mayChange(changeActorOf(ctx), subject.target, 'merknad');
  return Promise.resolve(remarks.allowed || remarks.code === 'ACCESS_DENIED' ? ['ikkeStengt'] : []);
};
