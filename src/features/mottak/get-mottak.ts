import type { Readable } from 'node:stream';
import { inTenant, type Tx } from '../../db/tenant.js';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, notFound } from '../../shared/errors.js';
import { mottakRepository as repo, type MottakRow } from './mottak-repository.js';
import type { MottakView } from './mottak-presenter.js';

/** The archive reads every item; an addressee reads post forwarded to them as not archive-worthy. */
export function mayRead(ctx: Ctx, item: Pick<MottakRow, 'status' | 'adressat_bruker_id'>): boolean {
  return ctx.role.rolle === 'ARK' || (item.status === 'arkivbegrenset' && item.adressat_bruker_id === ctx.actor.brukerId);
}

const NOT_YOURS = {
  nb: 'Bare arkivet, og den posten er videresendt til, kan se posten i postmottaket.',
  en: 'Only the archive, and whoever the post was forwarded to, may read post in the reception queue.',
};

async function readable(ctx: Ctx, tx: Tx, id: string): Promise<MottakRow> {
  const item = await repo.find(tx, ctx.role.organisasjonId, id);
  if (!item) throw notFound({ nb: 'posten i postmottaket', en: 'the post in the reception queue' }, id);
  if (!mayRead(ctx, item)) throw accessDenied(NOT_YOURS);
  return item;
}

/** One item with its files and what happened to it. */
export async function getMottak(ctx: Ctx, id: string): Promise<MottakView> {
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const mottak = await readable(ctx, tx, id);
    return { mottak, filer: await repo.files(tx, org, id), hendelser: await repo.history(tx, org, id) };
  });
}

export interface OpenedFile {
  filnavn: string;
  mimeType: string;
  sjekksum: string;
  filstoerrelse: number;
  stream: Readable;
}

/** One of an item's files, verified while it streams. */
export async function openMottakFil(ctx: Ctx, store: FileStore, filId: string): Promise<OpenedFile> {
  const file = await inTenant(ctx, async (tx) => {
    const f = await repo.findFile(tx, ctx.role.organisasjonId, filId);
    if (!f) throw notFound({ nb: 'filen', en: 'the file' }, filId);
    if (!mayRead(ctx, f)) throw accessDenied(NOT_YOURS);
    return f;
  });
  const stream = await store.open(ctx.role.organisasjonId, file.sjekksum, Number(file.filstoerrelse));
  return { filnavn: file.filnavn, mimeType: file.mime_type, sjekksum: file.sjekksum, filstoerrelse: Number(file.filstoerrelse), stream };
}

/** The original as it arrived (the .eml, the whole scan). */
export async function openOriginal(ctx: Ctx, store: FileStore, id: string): Promise<OpenedFile> {
  const { item, size, mimeType } = await inTenant(ctx, async (tx) => {
    const item = await readable(ctx, tx, id);
    if (!item.original_sjekksum) throw notFound({ nb: 'originalen', en: 'the original' }, id);
    const fil = await repo.catalogued(tx, ctx.role.organisasjonId, item.original_sjekksum);
    return { item, size: Number(fil.filstoerrelse), mimeType: fil.mime_type };
  });
  const stream = await store.open(ctx.role.organisasjonId, item.original_sjekksum!, size);
  return { filnavn: item.original_filnavn ?? 'original', mimeType, sjekksum: item.original_sjekksum!, filstoerrelse: size, stream };
}
