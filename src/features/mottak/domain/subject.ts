/**
 * E-mail subjects often say nothing of the letter: «SV: RE: Fw:», «(no
 * subject)», empty (seed 002, 10.5.1: «rotete tittel i form av Re: SV:SV:
 * (no subject)»). The archivist must then write a meaningful title; these
 * functions find such subjects and strip the reply and forward prefixes.
 */

/** Reply and forward prefixes in Norwegian, English, German and as Outlook writes them, with counters like «SV[2]:». */
const PREFIX = /^\s*(?:(?:re|sv|vs|fw|fwd|aw|wg|tr|ang|vb|videresend|svar)(?:\s*\[\d+\])?\s*:\s*)+/i;

/** Subjects that name nothing, once prefixes and punctuation are gone. */
const EMPTY_SUBJECTS = new Set([
  '',
  'no subject',
  'ingen emne',
  'uten emne',
  'ingen tittel',
  'untitled',
  'emne',
  'subject',
  'hei',
  'hallo',
  'hello',
  'hi',
]);

/** The subject without its reply and forward prefixes and surrounding space. */
export function stripPrefixes(subject: string | null | undefined): string {
  let s = (subject ?? '').replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(PREFIX, '').trim();
  }
  return s;
}

/** Whether the subject needs a meaningful title from the archivist: empty, only prefixes, a placeholder, or carrying prefixes. */
export function isMeaninglessSubject(subject: string | null | undefined): boolean {
  const raw = (subject ?? '').trim();
  const core = stripPrefixes(raw)
    .replace(/[()[\]{}.,:;!?\-–—_*"'«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (EMPTY_SUBJECTS.has(core)) return true;
  // A subject still carrying «SV: RE:» is kept as it came, but flagged so a clean title is written.
  return PREFIX.test(raw);
}
