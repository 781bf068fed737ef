import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { allowSameOriginFraming } from '../../http/security-headers.js';
import { contentDisposition, dispositionType } from './content-disposition.js';

export interface ServedFile {
  filnavn: string;
  mimeType: string;
  sjekksum: string;
  filstoerrelse: number;
  stream: Readable;
}

/** Sends stored content: inline where the browser may show it (PDF, images; framed by our own pages), else as a download. */
export function sendFile(reply: FastifyReply, file: ServedFile, download: boolean) {
  allowSameOriginFraming(reply);
  return reply
    .header('content-type', file.mimeType)
    .header('content-length', file.filstoerrelse)
    .header('etag', `"${file.sjekksum}"`)
    .header('content-disposition', contentDisposition(dispositionType(file.mimeType, download), file.filnavn))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-cache')
    .send(file.stream);
}

/** `?download=1` (or true) asks for the file as a download. */
export const wantsDownload = (download: string | undefined) => download === '1' || download === 'true';
