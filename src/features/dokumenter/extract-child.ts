/*
 * The child process that extracts files' text: parsers of untrusted PDF and
 * DOCX files run here, under a memory cap and a deadline set by the parent,
 * so a hostile file costs this process only, never the server. It serves one
 * request at a time until the parent retires it.
 */
import { extractText, NotExtractableError } from './extract-text.js';

export interface ExtractRequest {
  id: number;
  bytes: Uint8Array;
  mimeType: string;
}

export type ExtractReply = { id: number } & ({ ok: true; text: string | undefined } | { ok: false; message: string; permanent: boolean });

process.on('message', (request: ExtractRequest) => {
  extractText(request.bytes, request.mimeType).then(
    (text) => process.send!({ id: request.id, ok: true, text } satisfies ExtractReply),
    (error: unknown) =>
      process.send!({
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        permanent: error instanceof NotExtractableError,
      } satisfies ExtractReply),
  );
});
// The parent going away ends the child too.
process.on('disconnect', () => process.exit(0));
