import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Avskrivningsmaate } from '../oppgaver/domain/avskrivning.js';
import { oppgaveRepository as tasks } from '../oppgaver/oppgave-repository.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { besvarelseRepository as repo } from './besvarelse-repository.js';

/**
 * Writes off what a dispatched answer answers «Besvar og avskriv» (seed 002
 * 10.2.2: «fjerner den inngående journalposten fra restanselista og brukes
 * ved utsendelse av det endelige svaret»), inside the dispatching
 * transaction: each answered record gets a write-off referring to the answer
 * (krav 3.4.7, 3.4.8: referanseAvskrivesAvJournalpost), a note only for the
 * internal recipient it was answered for (krav 3.4.6); its answer tasks
 * close as `besvart` — a note's only for whoever answered it. Interim
 * answers and answers without write-off leave the records in the backlog.
 * Returns the records written off.
 */
export async function writeOffAnswered(ctx: Ctx, tx: Tx, svarId: string, maate: Avskrivningsmaate): Promise<string[]> {
  const orgId = ctx.role.organisasjonId;
  const avskrives = (await repo.answeredBy(tx, orgId, svarId)).filter((b) => b.svarmaate === 'avskriv');
  const dato = osloDate(ctx.now());
  for (const b of avskrives) {
    await tasks.insertAvskrivning(tx, {
      organisasjon_id: orgId,
      journalpost_id: b.besvart_journalpost_id,
      avskrivningsmaate: maate,
      avskrivningsdato: dato,
      avskrevet_av: ctx.actor.brukerId,
      referanse_avskrives_av_journalpost: svarId,
      korrespondansepart_id: b.korrespondansepart_id,
    });
    await tasks.close(
      tx,
      orgId,
      {
        journalpostId: b.besvart_journalpost_id,
        typer: ['besvare'],
        ...(b.korrespondansepart_id ? { mottakerBrukerId: b.opprettet_av } : {}),
      },
      'besvart',
      ctx.actor.brukerId,
    );
  }
  return avskrives.map((b) => b.besvart_journalpost_id);
}
