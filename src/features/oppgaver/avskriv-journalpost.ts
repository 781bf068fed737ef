import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { loadForAnswer } from '../besvarelse/load-for-answer.js';
import { defineHandler, runActivity } from '../rutiner/run-activity.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { AVSKRIVNINGSMAATER, needsNote, type Avskrivningsmaate } from './domain/avskrivning.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';

export interface AvskrivInput {
  avskrivningsmaate: Avskrivningsmaate;
  merknad?: string | null | undefined;
}

/** The routine's activity «Avskriv» with a code, run by the engine. */
export const avskrivHandler = defineHandler('avskriv', (ctx, tx, subject, input: AvskrivInput) =>
  applyAvskrivning(ctx, tx, subject.id, input),
);

export const avskrivJournalpost = (ctx: Ctx, journalpostId: string, input: AvskrivInput) =>
  runActivity(ctx, 'journalpost', journalpostId, 'avskriv', avskrivHandler, input);

/**
 * Writes off an incoming record or a note (Noark 5 avskrivning; seed 002,
 * 10.8: «Alle inngående dokumenter (I) og notater som krever oppfølging (N)
 * må avskrives»): how it was dealt with, and for TLF what was said. It
 * leaves its case worker's backlog and closes its answer tasks. A note is
 * written off per internal recipient (krav 3.4.6): its recipient writes it
 * off for themselves (their task closes, the others' stay); its author, a
 * leader or the archive for the whole note. Those who may write remarks on
 * the record, and whoever holds it to answer, write it off, also after
 * journalføring (`loadForAnswer`). Inside the caller's transaction.
 */
export async function applyAvskrivning(ctx: Ctx, tx: Tx, journalpostId: string, input: AvskrivInput) {
  if (!AVSKRIVNINGSMAATER.includes(input.avskrivningsmaate)) throw fieldError('avskrivningsmaate', 'er ukjent', 'is unknown');
  const merknad = input.merknad?.trim() || null;
  if (needsNote(input.avskrivningsmaate) && !merknad) {
    throw fieldError('merknad', 'må fylles ut for denne avskrivningsmåten', 'is required for this way of writing off');
  }
  const orgId = ctx.role.organisasjonId;
  const { record, mottakerId, holdsTask } = await loadForAnswer(ctx, tx, journalpostId);
  if (record.journalposttype !== 'I' && record.journalposttype !== 'N') {
    throw new DomainError('CONFLICT', {
      nb: 'Bare inngående dokumenter (I) og notater (N) avskrives.',
      en: 'Only incoming records (I) and notes (N) are written off.',
    });
  }
  // A note's recipient writes it off for their own part; anyone else (author, leader, archive) for the whole note.
  const forRecipient = record.journalposttype === 'N' && holdsTask ? mottakerId : null;
  const row = await repo.insertAvskrivning(tx, {
    organisasjon_id: orgId,
    journalpost_id: record.id,
    avskrivningsmaate: input.avskrivningsmaate,
    avskrivningsdato: osloDate(ctx.now()),
    avskrevet_av: ctx.actor.brukerId,
    merknad,
    korrespondansepart_id: forRecipient,
  });
  await repo.close(
    tx,
    orgId,
    {
      journalpostId: record.id,
      typer: ['besvare'],
      ...(record.journalposttype === 'N' && holdsTask ? { mottakerBrukerId: ctx.actor.brukerId } : {}),
    },
    'avskrevet',
    ctx.actor.brukerId,
  );
  return row;
}
