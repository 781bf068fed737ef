import type { FactProvider } from '../rutiner/facts.js';
import { flowFacts } from './domain/flyt.js';
import { flytRepository as repo, toFlyt } from './flyt-repository.js';

/**
 * The approval and review facts about a record for the acting person
 * (`flowFacts`): whether a round goes on, whether it is the person's turn
 * and in which kind of round, whether approval is awaited. One statement.
 */
export const flytFacts: FactProvider = async (ctx, tx, subject) => {
  if (subject.objekt !== 'journalpost') return [];
  const { active, latestApproval } = await repo.activeAndLatestApproval(tx, ctx.role.organisasjonId, subject.id);
  return flowFacts(active ? toFlyt(active) : null, latestApproval ? toFlyt(latestApproval) : null, ctx.actor.brukerId);
};
