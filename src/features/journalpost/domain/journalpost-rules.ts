import { DomainError } from '../../../shared/errors.js';
import type { Rolle } from '../../../shared/roles.js';
import { MIDLERTIDIG_SPERRET, type Journalposttype, type Journalstatus } from '../../noark/domain/index.js';

/** Seed 002: an incoming letter is answered within three weeks unless the archive or the leader sets another deadline. */
export const STANDARD_SVARFRIST_DAGER = 21;

/**
 * The status a new record starts in, when the registrar does not choose:
 * incoming post registered by the archive is journalført at once (J), or
 * temporarily registered (M) while a leader must decide its screening (XX);
 * a case worker's own registration of incoming post is S; own documents start
 * reserved (R). The transition table then decides whether it is allowed.
 */
export function initialJournalstatus(type: Journalposttype, rolle: Rolle, tilgangskode: string | null): Journalstatus {
  if (type !== 'I') return 'R';
  if (rolle !== 'ARK') return 'S';
  return tilgangskode === MIDLERTIDIG_SPERRET ? 'M' : 'J';
}

/** J, A and U are final: content changes only as the archive's logged corrections, and an archived record is frozen. */
export function assertContentChangeable(record: { journalstatus: string }, rolle: Rolle): void {
  if (record.journalstatus === 'A') {
    throw new DomainError('RECORD_LOCKED', {
      nb: 'Journalposten er arkivert og kan ikke endres.',
      en: 'The record is archived and cannot be changed.',
    });
  }
  if ((record.journalstatus === 'J' || record.journalstatus === 'U') && rolle !== 'ARK') {
    throw new DomainError('RECORD_LOCKED', {
      nb: 'Journalposten er journalført og kan bare rettes av arkivet.',
      en: 'The record is registered in the journal and can only be corrected by the archive.',
    });
  }
}
