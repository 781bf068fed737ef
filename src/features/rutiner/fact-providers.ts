import { besvarelseFacts } from '../besvarelse/besvarelse-facts.js';
import { dokumentFacts } from '../dokumenter/dokument-facts.js';
import { flytFacts } from '../godkjenning/flyt-facts.js';
import { oppgaveFacts } from '../oppgaver/oppgave-facts.js';
import type { FactProvider } from './facts.js';

/** Each feature's facts, beside the core's (`facts.ts`). Add a feature's provider here. */
export const FACT_PROVIDERS: readonly FactProvider[] = [oppgaveFacts, besvarelseFacts, flytFacts, dokumentFacts];
