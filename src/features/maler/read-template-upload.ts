import { createHash } from 'node:crypto';
import { fileTooLarge } from '../../files/file-errors.js';
import type { Upload } from '../dokumenter/upload.js';
import { cleanFilnavn } from '../dokumenter/domain/file-name.js';
import { checkTemplate, type TemplateCheck } from './domain/docx-template.js';
import type { Maltype } from './domain/brevmal-kinds.js';
import { MAX_TEMPLATE_BYTES } from './domain/brevmal-rules.js';

export interface TemplateFile extends TemplateCheck {
  filnavn: string;
  innhold: Buffer;
  filstoerrelse: number;
  sjekksum: string;
}

/** Reads an uploaded template into memory (it is small and capped) and checks it is a usable template of its kind. */
export async function readTemplateUpload(upload: Upload, maltype: Maltype): Promise<TemplateFile> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of upload.stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_TEMPLATE_BYTES) {
      upload.stream.destroy();
      throw fileTooLarge(MAX_TEMPLATE_BYTES);
    }
    chunks.push(chunk);
  }
  const innhold = Buffer.concat(chunks);
  const { flettefelt } = checkTemplate(innhold, maltype);
  return {
    filnavn: cleanFilnavn(upload.filnavn),
    innhold,
    filstoerrelse: size,
    sjekksum: createHash('sha256').update(innhold).digest('hex'),
    flettefelt,
  };
}
