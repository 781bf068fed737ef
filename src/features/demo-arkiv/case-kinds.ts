import type { Prng } from './prng.js';
import type { CasePlan } from './case-plan.js';
import { byggesak, avtale, politisk, klage, bevilling, tilskudd } from './case-kinds-sak.js';
import { personal, elev, hjemmetjeneste } from './case-kinds-person.js';

/** Kinds and how common they are in a municipality's archive. */
export const CASE_KINDS: readonly (readonly [(r: Prng, aar: number) => CasePlan, number])[] = [
  [byggesak, 30],
  [personal, 10],
  [elev, 10],
  [avtale, 8],
  [politisk, 8],
  [klage, 10],
  [bevilling, 6],
  [tilskudd, 10],
  [hjemmetjeneste, 8],
];
