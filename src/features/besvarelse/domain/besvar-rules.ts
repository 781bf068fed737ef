import type { Message } from '../../../shared/errors.js';

/**
 * How an answer answers (seed 002 10.2.2 step 2): «Besvar og avskriv
 * restanse» writes the record off when the answer is dispatched;
 * «Foreløpig svar» keeps it in the backlog, marked; «Besvar uten å
 * avskrive» only links the answer.
 */
export const SVARMAATER = ['avskriv', 'forelopig', 'uten'] as const;
export type Svarmaate = (typeof SVARMAATER)[number];

/** What an answer is: an outgoing letter, or a note (N for follow-up, X without). */
export const SVARTYPER = ['U', 'N', 'X'] as const;
export type Svartype = (typeof SVARTYPER)[number];

/** What the rule reads of the record answered. */
export interface Answered {
  journalposttype: string;
  journalstatus: string;
  saksmappeId: string;
}

/**
 * Why a record cannot be answered in this way, or null (seed 002 10.2.2;
 * seed 001 «Dokumentkategori X-notat er ikke underlagt behandlingskontroll»;
 * Noark 5 krav 3.4.3–3.4.8):
 * - incoming post (I) and notes (N, X) are answered, not own letters;
 * - an X note is answered but never written off, so neither «og avskriv»
 *   nor an interim answer (it has no backlog to stay in);
 * - a voided record is not answered;
 * - the answer is registered in the record's case, so every record it
 *   answers is in that case.
 */
export function answerProblem(record: Answered, svarmaate: Svarmaate, saksmappeId = record.saksmappeId): Message | null {
  if (!['I', 'N', 'X'].includes(record.journalposttype)) {
    return {
      nb: 'Bare inngående dokumenter (I) og notater (N, X) besvares.',
      en: 'Only incoming records (I) and notes (N, X) are answered.',
    };
  }
  if (record.journalposttype === 'X' && svarmaate !== 'uten') {
    return {
      nb: 'Et X-notat avskrives ikke: velg «Besvar uten å avskrive».',
      en: 'An X note is never written off: choose «Answer without writing off».',
    };
  }
  if (record.journalstatus === 'U') return { nb: 'Journalposten utgår og besvares ikke.', en: 'The record is void and is not answered.' };
  if (record.saksmappeId !== saksmappeId) {
    return { nb: 'Et svar besvarer bare journalposter i sin egen sak.', en: 'An answer answers only records in its own case.' };
  }
  return null;
}

/**
 * Who answers or writes off a record (seed 001 «Saksbehandler er ansvarlig
 * for at inngående dokumenter (I) og notater som krever oppfølging (N) blir
 * avskrevet»): whoever may write remarks on it by the change rule (its case
 * worker, the case owner, leaders, the archive), and whoever holds it to
 * answer — an internal note's recipient, who is not the note's case worker.
 */
export const mayAnswer = (who: { mayWriteRemarks: boolean; holdsAnswerTask: boolean }) => who.mayWriteRemarks || who.holdsAnswerTask;
