import { createHash } from 'node:crypto';
import { inTenant, type Tx } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import type { Message } from '../../shared/errors.js';
import { dokumentRepository } from '../dokumenter/dokument-repository.js';
import type { StoredUpload } from '../dokumenter/upload.js';
import { isMeaninglessSubject } from './domain/subject.js';
import { mottakRepository as repo, type MottakRow } from './mottak-repository.js';
import type { Mottakskanal } from './tables.js';

/** A file of an arriving item, already in the file store. */
export interface IncomingFile {
  tittel: string;
  stored: StoredUpload;
}

/** What a channel hands the queue: the post as it arrived, its content already stored. */
export interface Incoming {
  kanal: Mottakskanal;
  tittel: string;
  /** The channel knows the title says nothing (a scan's file name); else the subject is judged. */
  tittelUklar?: boolean | undefined;
  avsenderNavn?: string | null | undefined;
  avsenderEpost?: string | null | undefined;
  adressat?: string | null | undefined;
  sendtDato?: Date | null | undefined;
  messageId?: string | null | undefined;
  /** Identity of the delivery: the same value again is the same post (idempotence). */
  sjekksum: string;
  /** The original as delivered (the .eml, the whole scan), kept whatever becomes of it. */
  original?: StoredUpload | null | undefined;
  kilde?: string | null | undefined;
  merknader?: Message[] | undefined;
  /** Could not be read: lands as «uleselig» with its original. */
  uleselig?: boolean | undefined;
  files: IncomingFile[];
}

export interface Received {
  mottak: MottakRow;
  antallFiler: number;
  /** True when this post had arrived before: nothing new was made. */
  duplikat: boolean;
}

/**
 * Puts arriving post into the organisation's reception queue, in one
 * transaction: its content catalogued, the item and its files, and the
 * event «mottatt». The same delivery again (same content or Message-ID)
 * makes nothing new: the first item is returned as a duplicate and the
 * event «levert_igjen» is logged on it. Content stored for a delivery that
 * was refused or turned out a duplicate is removed again unless something
 * else refers to it.
 */
export async function receiveMottak(ctx: Ctx, store: FileStore, incoming: Incoming): Promise<Received> {
  const stored = [...(incoming.original ? [incoming.original] : []), ...incoming.files.map((f) => f.stored)];
  try {
    const received = await inTenant(ctx, (tx) => receiveIn(ctx, tx, incoming));
    if (received.duplikat) await removeUnreferenced(ctx, store, stored);
    return received;
  } catch (error) {
    await removeUnreferenced(ctx, store, stored);
    throw error;
  }
}

async function receiveIn(ctx: Ctx, tx: Tx, incoming: Incoming): Promise<Received> {
  const org = ctx.role.organisasjonId;
  const messageId = incoming.messageId?.trim() || null;
  const earlier = await repo.findDelivered(tx, org, incoming.sjekksum, messageId);
  if (earlier) return redelivered(tx, org, earlier);
  const originals = incoming.original ? [incoming.original] : [];
  for (const s of [...originals, ...incoming.files.map((f) => f.stored)]) {
    await dokumentRepository.catalogueFil(tx, {
      organisasjon_id: org,
      sjekksum: s.sha256,
      filstoerrelse: s.size,
      mime_type: s.mimeType,
      format: s.format,
    });
  }
  const tittel = incoming.tittel.replace(/\s+/g, ' ').trim().slice(0, 1000);
  const mottak = await repo.insert(tx, {
    organisasjon_id: org,
    kanal: incoming.kanal,
    status: incoming.uleselig ? 'uleselig' : 'ny',
    tittel,
    tittel_uklar: incoming.tittelUklar ?? isMeaninglessSubject(tittel),
    avsender_navn: clip(incoming.avsenderNavn, 500),
    avsender_epost: clip(incoming.avsenderEpost, 300),
    adressat: clip(incoming.adressat, 1000),
    sendt_dato: incoming.sendtDato ?? null,
    message_id: messageId,
    sjekksum: incoming.sjekksum,
    original_sjekksum: incoming.original?.sha256 ?? null,
    original_filnavn: incoming.original?.filnavn ?? null,
    kilde: clip(incoming.kilde, 300),
    merknader: incoming.merknader ?? [],
    opprettet_av: ctx.actor.brukerId,
  });
  // Another delivery of the same post committed between our look and our insert.
  if (!mottak) return redelivered(tx, org, (await repo.findDelivered(tx, org, incoming.sjekksum, messageId))!);
  await repo.insertFiles(
    tx,
    incoming.files.map((f, i) => ({
      organisasjon_id: org,
      mottak_id: mottak.id,
      nummer: i + 1,
      tittel: clip(f.tittel, 1000) || f.stored.filnavn,
      filnavn: f.stored.filnavn,
      sjekksum: f.stored.sha256,
      filstoerrelse: f.stored.size,
      mime_type: f.stored.mimeType,
      format: f.stored.format,
      format_detaljer: f.stored.formatDetaljer,
    })),
  );
  await repo.log(tx, org, mottak.id, 'mottatt', `${incoming.kanal}${incoming.kilde ? `: ${clip(incoming.kilde, 300)}` : ''}`);
  return { mottak, antallFiler: incoming.files.length, duplikat: false };
}

async function redelivered(tx: Tx, org: string, earlier: MottakRow): Promise<Received> {
  await repo.log(tx, org, earlier.id, 'levert_igjen');
  return { mottak: earlier, antallFiler: (await repo.files(tx, org, earlier.id)).length, duplikat: true };
}

/** Content this delivery stored first and nothing catalogued: removed, so a refused or repeated delivery leaves nothing. */
export async function removeUnreferenced(ctx: Ctx, store: FileStore, stored: StoredUpload[]) {
  const org = ctx.role.organisasjonId;
  for (const s of stored.filter((x) => x.created)) {
    const catalogued = await inTenant(ctx, (tx) => dokumentRepository.isCatalogued(tx, org, s.sha256)).catch(() => true);
    if (!catalogued) await store.remove(org, s.sha256).catch(() => undefined);
  }
}

/** The identity of a delivery made of several files: a hash over their checksums in order (and what distinguishes it). */
export function deliveryChecksum(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(`${p}\n`);
  return hash.digest('hex');
}

/** A file's name without its extension, as the title it proposes («brev.pdf» → «brev»). */
export const withoutExtension = (filnavn: string) => filnavn.replace(/\.[^.]{1,8}$/, '');

function clip(value: string | null | undefined, max: number): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, max) : null;
}
