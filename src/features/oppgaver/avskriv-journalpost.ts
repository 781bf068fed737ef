import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { loadForChange } from '../journalpost/load-for-change.js';
import { defineHandler, runActivity } from '../rutiner/run-activity.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { AVSKRIVNINGSMAATER, needsNote, type Avskrivningsmaate } from './domain/avskrivning.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';

export interface AvskrivInput {
  avskrivningsmaate: Avskrivningsmaate;
  merknad?: string | null | undefined;
}

/**
 * Writes off an incoming record or a note (Noark 5 avskrivning; seed 002,
 * 10.8: «Alle inngående dokumenter (I) og notater som krever oppfølging (N)
 * må avskrives»): how it was dealt with, and for TLF what was said. Those
 * who may write remarks on the record write it off, also after
 * journalføring. The routine's activity «Avskriv» closes its answer tasks,
 * so it leaves its case worker's backlog.
 */
export const avskrivHandler = defineHandler('avskriv', async (ctx, tx, subject, input: AvskrivInput) => {
  if (!AVSKRIVNINGSMAATER.includes(input.avskrivningsmaate)) throw fieldError('avskrivningsmaate', 'er ukjent', 'is unknown');
  const merknad = input.merknad?.trim() || null;
  if (needsNote(input.avskrivningsmaate) && !merknad) {
    throw fieldError('merknad', 'må fylles ut for denne avskrivningsmåten', 'is required for this way of writing off');
  }
  const { record } = await loadForChange(ctx, tx, subject.id, 'merknad');
  if (record.journalposttype !== 'I' && record.journalposttype !== 'N') {
    throw new DomainError('CONFLICT', {
      nb: 'Bare inngående dokumenter (I) og notater (N) avskrives.',
      en: 'Only incoming records (I) and notes (N) are written off.',
    });
  }
  return repo.insertAvskrivning(tx, {
    organisasjon_id: ctx.role.organisasjonId,
    journalpost_id: record.id,
    avskrivningsmaate: input.avskrivningsmaate,
    avskrivningsdato: osloDate(ctx.now()),
    avskrevet_av: ctx.actor.brukerId,
    merknad,
  });
});

export const avskrivJournalpost = (ctx: Ctx, journalpostId: string, input: AvskrivInput) =>
  runActivity(ctx, 'journalpost', journalpostId, 'avskriv', avskrivHandler, input);
