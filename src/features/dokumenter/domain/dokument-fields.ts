import { fieldError, validationFailed, type FieldIssue } from '../../../shared/errors.js';
import {
  isDokumentstatus,
  isDokumenttype,
  isTilknyttetRegistreringSom,
  isVariantformat,
  type Dokumentstatus,
  type Dokumenttype,
  type TilknyttetRegistreringSom,
} from '../../noark/domain/index.js';

export interface DokumentFields {
  tittel?: string | undefined;
  dokumenttype?: string | undefined;
  dokumentstatus?: string | undefined;
  tilknyttetRegistreringSom?: string | undefined;
}

export interface CheckedDokumentFields {
  tittel?: string;
  dokumenttype?: Dokumenttype;
  dokumentstatus?: Dokumentstatus;
  tilknyttetRegistreringSom?: TilknyttetRegistreringSom;
}

const issue = (field: string, nb: string, en: string): FieldIssue => ({ field, message: { nb, en } });

/**
 * Checks the describing fields of a document against the Noark code lists,
 * for every adapter alike (the HTTP schema checks them too, but the CLI and
 * the demo loader call the use cases directly). Absent fields stay absent.
 */
export function checkDokumentFields(input: DokumentFields, required: boolean): CheckedDokumentFields {
  const issues: FieldIssue[] = [];
  const out: CheckedDokumentFields = {};
  const tittel = input.tittel?.trim();
  if (tittel !== undefined && tittel !== '' && tittel.length <= 1000) out.tittel = tittel;
  else if (tittel !== undefined || required)
    issues.push(issue('tittel', 'må fylles ut (høyst 1000 tegn)', 'is required (at most 1000 characters)'));
  if (isDokumenttype(input.dokumenttype)) out.dokumenttype = input.dokumenttype;
  else if (input.dokumenttype !== undefined || required)
    issues.push(issue('dokumenttype', 'er ikke en kjent dokumenttype', 'is not a known document type'));
  if (isDokumentstatus(input.dokumentstatus)) out.dokumentstatus = input.dokumentstatus;
  else if (input.dokumentstatus !== undefined) issues.push(issue('dokumentstatus', 'må være B eller F', 'must be B or F'));
  if (isTilknyttetRegistreringSom(input.tilknyttetRegistreringSom)) out.tilknyttetRegistreringSom = input.tilknyttetRegistreringSom;
  else if (input.tilknyttetRegistreringSom !== undefined)
    issues.push(issue('tilknyttetRegistreringSom', 'må være H eller V', 'must be H or V'));
  if (issues.length) throw validationFailed(issues);
  return out;
}

/** Variants beside the production format: A (archive format) or O (public, screened). P comes only as a new version. */
export function checkVariantformat(value: string): 'A' | 'O' {
  if (isVariantformat(value) && value !== 'P') return value;
  throw fieldError(
    'variantformat',
    'må være A (arkivformat) eller O (offentlig variant)',
    'must be A (archive format) or O (public variant)',
  );
}
