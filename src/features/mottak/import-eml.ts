import { Readable } from 'node:stream';
import { simpleParser, type AddressObject, type Attachment, type ParsedMail } from 'mailparser';
import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, type Message } from '../../shared/errors.js';
import { storeUpload, type StoredUpload } from '../dokumenter/upload.js';
import { htmlToText } from './domain/html-text.js';
import { stripPrefixes } from './domain/subject.js';
import { receiveMottak, removeUnreferenced, withoutExtension, type IncomingFile, type Received } from './receive-mottak.js';

export interface EmlInput {
  raw: Buffer;
  filnavn?: string | undefined;
  /** Which mailbox or upload it came from. */
  kilde: string;
  maxVedleggBytes: number;
}

const EML_FORMAT = 'fmt/950';

/**
 * One e-mail message (MIME, RFC 5322) into the reception queue: the message
 * itself kept as delivered, its text body as the main document and its
 * attachments after it; the sender as the proposed sender party (EA), the
 * subject as the proposed title (flagged when it says nothing). What cannot
 * be split out (a message that cannot be parsed, an attachment over the
 * limit, an empty attachment) is said in the item's remarks, and the
 * message keeps it: nothing is lost.
 */
export async function importEml(ctx: Ctx, store: FileStore, input: EmlInput): Promise<Received> {
  const org = ctx.role.organisasjonId;
  const original = await storeUpload(store, org, {
    stream: Readable.from([input.raw]),
    filnavn: input.filnavn?.trim() || 'e-post.eml',
    mimeType: 'message/rfc822',
  });
  const parsed = isEml(original) ? await simpleParser(input.raw).catch(() => undefined) : undefined;
  if (!parsed) return receiveMottak(ctx, store, unreadable(original, input.kilde));
  const merknader: Message[] = [];
  const files: IncomingFile[] = [];
  try {
    const body = bodyText(parsed);
    if (body) files.push({ tittel: 'E-post', stored: await storeText(store, org, body) });
    for (const [i, a] of parsed.attachments.entries()) {
      const file = await attachment(store, org, a, i, input.maxVedleggBytes, merknader);
      if (file) files.push(file);
    }
  } catch (error) {
    await removeUnreferenced(ctx, store, [original, ...files.map((f) => f.stored)]);
    throw error;
  }
  const from = firstAddress(parsed.from);
  if (!from?.address) merknader.push(NO_SENDER);
  return receiveMottak(ctx, store, {
    kanal: 'epost',
    tittel: parsed.subject ?? '',
    avsenderNavn: from?.name || null,
    avsenderEpost: from?.address || null,
    adressat: addresses(parsed.to),
    sendtDato: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
    messageId: parsed.messageId ?? null,
    sjekksum: original.sha256,
    original,
    kilde: input.kilde,
    merknader,
    files,
  });
}

/** Whether a file is an e-mail message by its content (the upload refuses anything else). */
export const isEml = (file: Pick<StoredUpload, 'format'>) => file.format === EML_FORMAT;

function unreadable(original: StoredUpload, kilde: string) {
  return {
    kanal: 'epost' as const,
    tittel: original.filnavn,
    tittelUklar: true,
    sjekksum: original.sha256,
    original,
    kilde,
    uleselig: true,
    merknader: [
      {
        nb: 'Meldingen kunne ikke leses som e-post. Originalen er tatt vare på og kan lastes ned.',
        en: 'The message could not be read as e-mail. The original is kept and can be downloaded.',
      },
    ],
    files: [],
  };
}

function bodyText(parsed: ParsedMail): string {
  const text = parsed.text?.trim() || (typeof parsed.html === 'string' ? htmlToText(parsed.html) : '');
  if (!text) return '';
  const head = [`Emne: ${stripPrefixes(parsed.subject) || '(uten emne)'}`, `Fra: ${parsed.from?.text ?? '(ingen avsender)'}`];
  if (parsed.to) head.push(`Til: ${addresses(parsed.to)}`);
  if (parsed.date) head.push(`Dato: ${parsed.date.toISOString()}`);
  return `${head.join('\n')}\n\n${text}\n`;
}

function storeText(store: FileStore, org: string, text: string) {
  return storeUpload(store, org, { stream: Readable.from([Buffer.from(text, 'utf8')]), filnavn: 'e-post.txt', mimeType: 'text/plain' });
}

async function attachment(store: FileStore, org: string, a: Attachment, i: number, max: number, merknader: Message[]) {
  const filnavn = a.filename?.trim() || `vedlegg-${i + 1}`;
  // Images shown inside the HTML body (logos, signatures) are part of the body, not letters.
  if (a.related) return undefined;
  if (a.size === 0 || a.content.length === 0) {
    merknader.push({
      nb: `Vedlegget «${filnavn}» er tomt (0 byte) og ble ikke tatt med.`,
      en: `The attachment «${filnavn}» is empty (0 bytes) and was left out.`,
    });
    return undefined;
  }
  if (a.content.length > max) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    merknader.push({
      nb: `Vedlegget «${filnavn}» (${mb(a.content.length)} MB) er større enn grensen på ${mb(max)} MB og ble ikke skilt ut som eget dokument. Det ligger i den opprinnelige e-posten, som er tatt vare på.`,
      en: `The attachment «${filnavn}» (${mb(a.content.length)} MB) is larger than the limit of ${mb(max)} MB and was not split out as a document of its own. It is in the original e-mail, which is kept.`,
    });
    return undefined;
  }
  const stored = await storeUpload(store, org, { stream: Readable.from([a.content]), filnavn, mimeType: a.contentType });
  return { tittel: withoutExtension(filnavn), stored };
}

const firstAddress = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).map((x) => x.text).join(', ') || null;

const NO_SENDER: Message = {
  nb: 'E-posten har ingen avsender. Fyll inn avsender før registrering.',
  en: 'The e-mail has no sender. Fill in the sender before registering.',
};

/** The upload of a file that is not an e-mail message: refused by its content, whatever its name. */
export const notEml = (filnavn: string, found: string) =>
  new DomainError(
    'VALIDATION_FAILED',
    {
      nb: `«${filnavn}» er ikke en e-post (innholdet er ${found}). Last opp e-post som .eml (MIME).`,
      en: `«${filnavn}» is not an e-mail message (its content is ${found}). Upload e-mail as .eml (MIME).`,
    },
    [{ field: 'fil', message: { nb: 'er ikke en e-post', en: 'is not an e-mail message' } }],
  );
