import type { Rolle } from '../../../shared/roles.js';
import { MIDLERTIDIG_SPERRET, type Journalposttype, type Journalstatus } from '../../noark/domain/index.js';

/** Seed 002: an incoming letter is answered within three weeks unless the archive or the leader sets another deadline. */
export const STANDARD_SVARFRIST_DAGER = 21;

/**
 * The status a new record starts in, when the registrar does not choose:
 * incoming post registered by the archive is journalført at once (J) when it
 * may be (its scan is attached, or the archive confirmed a paper-only letter),
 * else temporarily registered (M) until the scan is attached, or while a
 * leader must decide its screening (XX); a case worker's own registration of
 * incoming post is S; own documents start reserved (R). The transition table
 * then decides whether it is allowed.
 */
export function initialJournalstatus(
  type: Journalposttype,
  rolle: Rolle,
  tilgangskode: string | null,
  mayJournalfoere = true,
): Journalstatus {
  if (type !== 'I') return 'R';
  if (rolle !== 'ARK') return 'S';
  return tilgangskode === MIDLERTIDIG_SPERRET || !mayJournalfoere ? 'M' : 'J';
}
