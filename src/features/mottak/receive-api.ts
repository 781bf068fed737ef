import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { UNKNOWN_FORMAT } from '../dokumenter/domain/file-format.js';
import type { StoredUpload } from '../dokumenter/upload.js';
import { deliveryChecksum, receiveMottak, removeUnreferenced, withoutExtension, type Received } from './receive-mottak.js';

export interface ApiDelivery {
  tittel: string;
  avsenderNavn?: string | undefined;
  avsenderEpost?: string | undefined;
  /** The sending system's own id for the delivery (a form's submission id): the same id again is the same post. */
  eksternId?: string | undefined;
  /** The first file is the letter (the filled-in form), the rest its attachments. */
  files: StoredUpload[];
}

/**
 * Post from another system (an e-form, a professional system) into the
 * reception queue. Any role may deliver, as anyone may post a letter: the
 * archive decides what becomes of it. Files must be of a format recognised
 * by their content (PDF, images, office files, text, XML …).
 */
export async function receiveApi(ctx: Ctx, store: FileStore, input: ApiDelivery): Promise<Received> {
  try {
    if (!input.tittel.trim()) throw fieldError('tittel', 'må fylles ut', 'is required');
    for (const f of input.files) if (f.format === UNKNOWN_FORMAT) throw unknownFormat(f);
    const eksternId = input.eksternId?.trim() || null;
    return await receiveMottak(ctx, store, {
      kanal: 'api',
      tittel: input.tittel,
      avsenderNavn: input.avsenderNavn,
      avsenderEpost: input.avsenderEpost,
      messageId: eksternId ? `api:${ctx.actor.brukerId}:${eksternId}` : null,
      sjekksum: deliveryChecksum(['api', input.tittel.trim(), ...input.files.map((f) => f.sha256)]),
      kilde: ctx.actor.navn,
      files: input.files.map((stored, i) => ({ tittel: i === 0 ? input.tittel : withoutExtension(stored.filnavn), stored })),
    });
  } catch (error) {
    await removeUnreferenced(ctx, store, input.files);
    throw error;
  }
}

function unknownFormat(f: StoredUpload): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    {
      nb: `«${f.filnavn}» har et ukjent eller ikke tillatt format (gjenkjent på innholdet, ikke navnet). Send PDF, bilder, kontordokumenter, tekst eller XML. Ingenting ble lagret.`,
      en: `«${f.filnavn}» has an unknown or unaccepted format (recognised by its content, not its name). Send PDF, images, office documents, text or XML. Nothing was stored.`,
    },
    [{ field: 'filer', message: { nb: `«${f.filnavn}»: ukjent format`, en: `«${f.filnavn}»: unknown format` } }],
  );
}
