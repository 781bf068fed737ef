import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { loadForChange } from '../journalpost/load-for-change.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { AVSKRIVNINGSMAATER, needsNote, type Avskrivningsmaate } from './domain/avskrivning.js';
import { oppgaveRepository as repo } from './oppgave-repository.js';

/**
 * Writes off an incoming record or a note (Noark 5 avskrivning; seed 002,
 * 10.8: «Alle inngående dokumenter (I) og notater som krever oppfølging (N)
 * må avskrives»): how it was dealt with, and for TLF what was said. It
 * leaves its case worker's backlog and closes its answer tasks. Those who
 * may write remarks on the record write it off, also after journalføring.
 */
export async function avskrivJournalpost(
  ctx: Ctx,
  journalpostId: string,
  input: { avskrivningsmaate: Avskrivningsmaate; merknad?: string | null | undefined },
) {
  if (!AVSKRIVNINGSMAATER.includes(input.avskrivningsmaate)) throw fieldError('avskrivningsmaate', 'er ukjent', 'is unknown');
  const merknad = input.merknad?.trim() || null;
  if (needsNote(input.avskrivningsmaate) && !merknad) {
    throw fieldError('merknad', 'må fylles ut for denne avskrivningsmåten', 'is required for this way of writing off');
  }
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const { record } = await loadForChange(ctx, tx, journalpostId, 'merknad');
    if (record.journalposttype !== 'I' && record.journalposttype !== 'N') {
      throw new DomainError('CONFLICT', {
        nb: 'Bare inngående dokumenter (I) og notater (N) avskrives.',
        en: 'Only incoming records (I) and notes (N) are written off.',
      });
    }
    const row = await repo.insertAvskrivning(tx, {
      organisasjon_id: orgId,
      journalpost_id: record.id,
      avskrivningsmaate: input.avskrivningsmaate,
      avskrivningsdato: osloDate(ctx.now()),
      avskrevet_av: ctx.actor.brukerId,
      merknad,
    });
    await repo.close(tx, orgId, { journalpostId: record.id, typer: ['besvare'] }, 'avskrevet', ctx.actor.brukerId);
    return row;
  });
}
