import { DomainError, type Message } from '../../../shared/errors.js';
import { readZip, writeZip, ZipError } from '../../../office/zip.js';
import { MALTYPE, type Maltype } from './brevmal-kinds.js';
import { MERGE_FIELD_NAMES } from './merge-fields.js';
import { mergeXml, paragraphTexts, placeholdersIn } from './merge-xml.js';

/** The parts whose text is merged: the body, headers and footers (where letterheads live). */
const MERGED_PART = /^word\/(document|header\d*|footer\d*)\.xml$/;
/** A template unpacks to little; anything larger is refused before it is read. */
const MAX_UNPACKED = 32 * 1024 * 1024;

const invalid = (text: Message, field = 'fil') => new DomainError('TEMPLATE_INVALID', text, [{ field, message: text }]);

function openPackage(bytes: Buffer) {
  try {
    const parts = readZip(bytes, { maxUnpackedBytes: MAX_UNPACKED });
    if (!parts.has('word/document.xml') || !parts.has('[Content_Types].xml')) throw new ZipError('no word/document.xml');
    return parts;
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    throw invalid({
      nb: `Filen er ikke et Word-dokument (DOCX) som kan leses: ${error.message}.`,
      en: `The file is not a readable Word document (DOCX): ${error.message}.`,
    });
  }
}

const mergedParts = (parts: Map<string, Buffer>) => [...parts].filter(([name]) => MERGED_PART.test(name));

export interface TemplateCheck {
  /** The merge fields the template uses, in order of appearance. */
  flettefelt: string[];
}

/**
 * Checks an uploaded template before it is stored: a DOCX, every
 * placeholder a known merge field (a misspelt one would stay in every
 * letter), and the kind's sections present (a case paper's «Forslag til
 * vedtak» and «Vedtak»).
 */
export function checkTemplate(bytes: Buffer, maltype: Maltype): TemplateCheck {
  const parts = mergedParts(openPackage(bytes)).map(([, xml]) => xml.toString('utf8'));
  const flettefelt = [...new Set(parts.flatMap(placeholdersIn))];
  const unknown = flettefelt.filter((f) => !MERGE_FIELD_NAMES.has(f));
  if (unknown.length > 0) {
    throw invalid({
      nb: `Malen bruker flettefelt som ikke finnes: ${unknown.join(', ')}. Se listen over flettefelt.`,
      en: `The template uses merge fields that do not exist: ${unknown.join(', ')}. See the list of merge fields.`,
    });
  }
  const paragraphs = new Set(parts.flatMap(paragraphTexts).map((p) => p.toLowerCase()));
  const missing = MALTYPE[maltype].seksjoner.filter((s) => !paragraphs.has(s.toLowerCase()));
  if (missing.length > 0) {
    throw invalid({
      nb: `Et ${MALTYPE[maltype].nb.toLowerCase()} må ha avsnittene ${missing.map((s) => `«${s}»`).join(' og ')} (som egne avsnitt).`,
      en: `A ${MALTYPE[maltype].en.toLowerCase()} must have the sections ${missing.map((s) => `«${s}»`).join(' and ')} (as paragraphs of their own).`,
    });
  }
  return { flettefelt };
}

/** The template with every merge field filled; all other parts are written back as they were. */
export function mergeDocx(bytes: Buffer, values: ReadonlyMap<string, string>): Buffer {
  const parts = openPackage(bytes);
  return writeZip(
    [...parts].map(([name, content]): [string, Buffer] =>
      MERGED_PART.test(name) ? [name, Buffer.from(mergeXml(content.toString('utf8'), values), 'utf8')] : [name, content],
    ),
  );
}
