import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { insertDokument } from '../dokumenter/add-dokument.js';
import { mottakRepository as mottak } from '../mottak/mottak-repository.js';
import { requireArchive } from '../mottak/receive-scans.js';
import { chosenFiles, openUnhandled } from '../mottak/register-from-mottak.js';
import { parseJournalpostId, type JournalpostId } from '../noark/domain/index.js';
import { checkBestilling, registerInnsynskrav } from './receive-innsynskrav.js';

export interface InnsynskravFraMottak {
  /** The records asked for, as their numbers ("2026/12-3"). */
  nummer: readonly string[];
  /** Default: the sender the post came with. */
  navn?: string | null | undefined;
  epost?: string | null | undefined;
}

/**
 * An access request that came by e-mail (or letter) to the reception queue
 * (issue 15 item 3; seed 001 «Rutine for behandling av innsynsbegjæringer»):
 * the archive names the records asked for and registers it, in one
 * transaction, exactly as a request from the public page — its own case,
 * the post as its incoming record with the post's files as documents,
 * parts routed to each case owner, the legal deadline — and the queue item
 * is marked registered with that record. The requester is the post's sender
 * unless the archive says otherwise; the answer goes to that address.
 */
export async function receiveInnsynskravFromMottak(ctx: Ctx, mottakId: string, input: InnsynskravFraMottak) {
  requireArchive(ctx, { nb: 'registrere innsynskrav fra postmottaket', en: 'register access requests from the reception queue' });
  const nummer = input.nummer.map(parseNumber);
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const item = await openUnhandled(tx, org, mottakId);
    const epost = input.epost?.trim() || item.avsender_epost;
    if (!epost)
      throw fieldError(
        'epost',
        'posten har ingen avsenderadresse: oppgi den svaret skal til',
        'the post has no sender address: give the one the answer goes to',
      );
    const bestiller = checkBestilling({
      kanal: 'epost',
      navn: input.navn ?? item.avsender_navn,
      epost,
      nummer,
      eksternId: item.message_id,
    });
    const files = await chosenFiles(tx, item, undefined);
    const krav = await registerInnsynskrav(ctx, tx, bestiller, { nummer }, async (journalpostId) => {
      for (const f of files) await insertDokument(ctx, tx, journalpostId, { tittel: f.tittel, dokumenttype: f.dokumenttype }, f.stored);
    });
    const registered = await mottak.markRegistered(tx, org, item.id, krav.journalpostId, ctx.actor.brukerId);
    await mottak.log(tx, org, item.id, 'registrert', krav.journalpostId);
    return { mottak: registered, krav };
  });
}

function parseNumber(text: string, i: number): JournalpostId {
  const id = parseJournalpostId(text);
  if (!id)
    throw fieldError(
      `nummer.${i}`,
      `«${text}» er ikke et journalpostnummer (som 2026/12-3)`,
      `«${text}» is not a record number (like 2026/12-3)`,
    );
  return id;
}
