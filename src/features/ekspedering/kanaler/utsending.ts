import { buffer } from 'node:stream/consumers';
import { inTenant } from '../../../db/tenant.js';
import type { Ctx } from '../../../shared/context.js';
import { storeFor, type DocumentStores } from '../../sikker-sone/document-stores.js';
import { utsendingRepository as repo } from './utsending-repository.js';

/** One recipient's letter as a channel sends it: the dispatch row, the recipient, the record and its documents. */
export type Utsending = NonNullable<Awaited<ReturnType<typeof repo.find>>> & {
  dokumenter: Awaited<ReturnType<typeof repo.documents>>;
};

/** A document's bytes, named as it is sent. */
export interface Vedlegg {
  filnavn: string;
  mimeType: string;
  personsensitiv: boolean;
  innhold: Uint8Array<ArrayBuffer>;
}

/** A failure no later try can mend (the letter cannot go this way): the job fails at once and the case worker is told why. */
export class KanalAvvist extends Error {}

/** The dispatch row with what the channel needs, read in one tenant transaction; undefined when it is gone. */
export async function loadUtsending(ctx: Ctx, ekspederingId: string): Promise<Utsending | undefined> {
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const row = await repo.find(tx, org, ekspederingId);
    if (!row) return undefined;
    return { ...row, dokumenter: await repo.documents(tx, org, row.journalpost_id) };
  });
}

/** The documents' bytes, each from its zone's store (the secure zone's decrypted only here, for the channel that sends it). */
export function readVedlegg(stores: DocumentStores, org: string, u: Utsending): Promise<Vedlegg[]> {
  return Promise.all(
    u.dokumenter.map(async (d) => ({
      filnavn: d.filnavn,
      mimeType: d.mime_type,
      personsensitiv: d.personsensitiv,
      innhold: new Uint8Array(await buffer(await storeFor(stores, d).open(org, d.sjekksum, Number(d.filstoerrelse)))),
    })),
  );
}

/** «2026/12-3»: the record's number as the letter names it. */
export const referanseOf = (u: Pick<Utsending, 'saksaar' | 'sakssekvensnummer' | 'journalpostnummer'>) =>
  `${u.saksaar}/${u.sakssekvensnummer}-${u.journalpostnummer}`;
