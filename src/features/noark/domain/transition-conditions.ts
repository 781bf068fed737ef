import type { Message } from '../../../shared/errors.js';

/**
 * Named preconditions a status transition may carry. They need facts this
 * pure module cannot know (the documents, the approval flow, the case's other
 * records), so the use case works them out and passes them in as
 * `ConditionFacts`. A condition that is not confirmed `true` fails: forgetting
 * to check one refuses the change instead of letting it through.
 * Each text completes the sentence «Kan ikke endre … : <text>.»
 */
export const TRANSITION_CONDITIONS = {
  // Seed 002 §10: "Hvis behov for godkjenning fra leder … må saksbehandler
  // vente med å ferdigstille dokumentet … (journalstatus må være R)". True
  // when no approval was asked for or the newest round was approved
  // (src/features/godkjenning/domain/flyt.ts, `approvalCompleted`).
  approvalCompleted: {
    nb: 'dokumentet må være godkjent av den eller de som skal godkjenne det',
    en: 'the document must be approved by its approvers',
  },
  // Krav 3.2.30: E, J and A may not be set unless dokumentstatus is F.
  documentsFinalised: {
    nb: 'alle dokumenter må ha dokumentstatus «Dokumentet er ferdigstilt»',
    en: 'every document must have dokumentstatus «Dokumentet er ferdigstilt» (finalised)',
  },
  // Seed 002 §7.1.1: "en sak blir ikke merket som journalført … før leder
  // har tatt stilling til gradering" — access code XX must be resolved.
  noTemporaryScreening: {
    nb: 'leder må først avgjøre skjermingen (tilgangskode XX – midlertidig sperret)',
    en: 'a leader must first decide the screening (access code XX – temporarily blocked)',
  },
  // Seed 001, closing cases, step 1: "Når det ikke forventes aktiviteter i
  // saken, og alle dokumenter er avskrevet, skal saken avsluttes."
  allRecordsWrittenOff: {
    nb: 'alle inngående dokumenter og N-notater i saken må være avskrevet',
    en: 'every incoming document and N memo in the case must be written off',
  },
  // Krav 3.2.7: a case may not be closed while it holds records that are not
  // archived. The closing use case archives the J records itself (J→A), so
  // what must hold beforehand is that none is still in progress.
  recordsFinished: {
    nb: 'alle journalposter i saken må være journalført, arkivert eller utgått',
    en: 'every record in the case must be registered in the journal, archived or void',
  },
  // Issue 17 item 3 (krav 2.7.9–2.7.11): an office document has its variant
  // in an approved archival format, or the archive's reasoned exception
  // (src/features/arkivformat/domain/arkivformat.ts, `awaitsArchivalFormat`).
  archivalFormats: {
    nb: 'alle dokumenter laget i kontorformat må ha en variant i godkjent arkivformat (eller arkivets begrunnede unntak)',
    en: 'every document made in an office format must have a variant in an approved archival format (or the archive’s reasoned exception)',
  },
  // Ours: a void case must not hide live records; the archive moves them to
  // the right case (or voids them) first.
  noActiveRecords: {
    nb: 'saken kan ikke ha journalposter som ikke er utgått; flytt dem til riktig sak først',
    en: 'the case must not hold records that are not void; move them to the right case first',
  },
} as const satisfies Record<string, Message>;

export type TransitionCondition = keyof typeof TRANSITION_CONDITIONS;
export type ConditionFacts = Readonly<Partial<Record<TransitionCondition, boolean>>>;
