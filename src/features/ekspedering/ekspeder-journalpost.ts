import type { Tx } from '../../db/tenant.js';
import { defineHandler, runActivity } from '../rutiner/run-activity.js';
import { jobRepository } from '../../jobs/job-repository.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { writeOffAnswered } from '../besvarelse/write-off-answered.js';
import { applyJournalstatus } from '../journalpost/change-journalstatus.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { deliverInternally } from '../oppgaver/distribute-on-registration.js';
import {
  avskrivningsmaateFor,
  isEkstern,
  kanalProblem,
  KANALER,
  mottakerOf,
  proposeKanal,
  type EksternKanal,
  type Kanal,
} from './domain/kanal.js';
import { EKSPEDERING_FORSOK } from './kanaler/kanal-job.js';
import { ekspederingRepository as repo, MAX_MOTTAKERE } from './ekspedering-repository.js';

/**
 * The job each external channel runs for one recipient (`data.ekspederingId`,
 * key = the dispatch row's id). The dispatch core only enqueues them; the
 * channels (e-mail, SvarUt, print) register their handlers in
 * src/jobs/background.ts and report through `reportKanalResultat`. Until a
 * channel's handler exists its jobs wait, and its rows stay `venter`.
 */
export const EKSPEDERING_JOBB: Readonly<Record<EksternKanal, string>> = {
  epost: 'ekspeder-epost',
  svarut: 'ekspeder-svarut',
  utskrift: 'ekspeder-utskrift',
};

export interface EkspederInput {
  /** A channel chosen per recipient (its correspondence party); the others get the proposed one (`proposeKanal`). */
  mottakere?: readonly { korrespondansepartId: string; kanal: Kanal }[] | undefined;
}

/** The routine's activity «Ekspeder», run by the engine. */
export const ekspederHandler = defineHandler('ekspeder', (ctx, tx, subject, input: EkspederInput) =>
  applyEkspedering(ctx, tx, subject.id, input),
);

/** Dispatches a finished own record (U, N, X) to its recipients: «Ekspeder». */
export function ekspederJournalpost(ctx: Ctx, id: string, input: EkspederInput = {}) {
  return runActivity(ctx, 'journalpost', id, 'ekspeder', ekspederHandler, input);
}

/**
 * Dispatch (seed 001 «Rutine for ekspedering», «intern korrespondanse»; seed
 * 002 10.2.2 step 7, 10.6.1 step 8; issue 14 item 6), inside the caller's
 * transaction (the activity engine's handler):
 *
 * 1. the record moves F → E by the transition table (authors only, every
 *    document finalised) and the change rule (its case worker, case owner,
 *    leaders) — `applyJournalstatus`, nothing of its own;
 * 2. each recipient (EM, EK, GM, IM, IK) gets a dispatch row with its
 *    channel, chosen or proposed; a channel that cannot reach the recipient
 *    is refused (400, nothing stored);
 * 3. internal recipients are delivered at once (row `sendt`): an N note to
 *    answer (person) or distribute (unit), an X note or internal copy for
 *    information (`deliverInternally`);
 * 4. external recipients' rows wait (`venter`) and a job per row is
 *    enqueued for the channel (`EKSPEDERING_JOBB`), committed with the
 *    dispatch; the job marks the row sent or failed (`reportKanalResultat`);
 * 5. what the record answers «og avskriv» is written off (BN for a note, BE
 *    when every external recipient gets e-mail, else BU).
 *
 * Status E is set here, at the case worker's dispatch, as the seeds say
 * («endrer journalstatus … når dokumentet ekspederes»): E freezes what is
 * sent (krav 3.2.24) before any channel reads it. E does not claim the
 * letter left: that is per recipient (`sendt_dato` on the row, only from
 * the channel's job), and the record's `sendtDato` is set only when every
 * recipient's row is sent — at once when all are internal.
 */
export async function applyEkspedering(ctx: Ctx, tx: Tx, id: string, input: EkspederInput) {
  const orgId = ctx.role.organisasjonId;
  const record = await applyJournalstatus(ctx, tx, id, 'E');
  const parties = await repo.recipients(tx, orgId, id);
  if (parties.length === 0) {
    throw new DomainError('CONFLICT', {
      nb: 'Journalposten har ingen mottakere å ekspedere til. Legg til en mottaker først.',
      en: 'The record has no recipients to dispatch to. Add a recipient first.',
    });
  }
  if (parties.length > MAX_MOTTAKERE) {
    throw new DomainError('CONFLICT', {
      nb: `Høyst ${MAX_MOTTAKERE} mottakere ekspederes enkeltvis; bruk en gruppemottaker.`,
      en: `At most ${MAX_MOTTAKERE} recipients are dispatched one by one; use a group recipient.`,
    });
  }
  const chosen = chosenChannels(input, new Set(parties.map((p) => p.id)));
  const rows = parties.map((p, i) => {
    const mottaker = mottakerOf(p);
    const kanal = chosen.get(p.id) ?? proposeKanal(mottaker);
    const problem = kanalProblem(mottaker, kanal);
    if (problem) throw fieldError(`mottakere.${i}.kanal`, `${p.navn} ${problem.nb}`, `${p.navn} ${problem.en}`);
    return { party: p, kanal };
  });
  const now = ctx.now();
  const inserted = await repo.insert(
    tx,
    rows.map(({ party, kanal }) => ({
      organisasjon_id: orgId,
      journalpost_id: id,
      korrespondansepart_id: party.id,
      kanal,
      ekspedert_av: ctx.actor.brukerId,
      ...(isEkstern(kanal) ? { status: 'venter' } : { status: 'sendt', sendt_dato: now }),
    })),
  );
  const internal = rows
    .filter((r) => r.kanal === 'intern')
    .map(({ party }) => ({
      korrespondanseparttype: party.korrespondanseparttype,
      saksbehandlerId: party.saksbehandler_id,
      administrativEnhetId: party.administrativ_enhet_id,
    }));
  await deliverInternally(ctx, tx, record, internal);
  for (const row of inserted) {
    if (!isEkstern(row.kanal as Kanal)) continue;
    await jobRepository.enqueue(tx, {
      organisasjonId: orgId,
      type: EKSPEDERING_JOBB[row.kanal as EksternKanal],
      nokkel: row.id,
      data: { ekspederingId: row.id },
      maksForsok: EKSPEDERING_FORSOK,
    });
  }
  const allSent = inserted.every((r) => r.status === 'sendt');
  if (allSent) await records.update(tx, orgId, id, { sendt_dato: now });
  const avskrevet = await writeOffAnswered(
    ctx,
    tx,
    id,
    avskrivningsmaateFor(
      record.journalposttype,
      rows.map((r) => r.kanal),
    ),
  );
  return {
    id,
    journalstatus: record.journalstatus,
    mottakere: inserted.map((r) => ({ korrespondansepartId: r.korrespondansepart_id, kanal: r.kanal as Kanal, status: r.status })),
    avskrevet,
  };
}

function chosenChannels(input: EkspederInput, known: ReadonlySet<string>): Map<string, Kanal> {
  const chosen = new Map<string, Kanal>();
  for (const [i, m] of (input.mottakere ?? []).entries()) {
    if (!known.has(m.korrespondansepartId)) {
      throw fieldError(`mottakere.${i}.korrespondansepartId`, 'er ikke en mottaker på journalposten', 'is not a recipient of the record');
    }
    if (!KANALER.includes(m.kanal)) throw fieldError(`mottakere.${i}.kanal`, 'er ukjent', 'is unknown');
    chosen.set(m.korrespondansepartId, m.kanal);
  }
  return chosen;
}
