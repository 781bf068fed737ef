/** What a reader without access sees in place of a screened field (and a screened party's name). */
export const SKJERMET = 'Skjermet';

/**
 * The fields a reader without access does not see, per object type. The
 * title is replaced by the public title (public-title.ts); these by
 * «Skjermet» (text) or nothing (details). Numbers, dates, statuses, types,
 * unit, case owner, the access code and its legal basis stay visible: they
 * are what the public journal shows of a screened object too.
 */
export const SCREENED_FIELDS = {
  saksmappe: ['tittel', 'beskrivelse', 'parter', 'merknader', 'klasseverdi'],
  journalpost: ['tittel', 'beskrivelse', 'korrespondanseparter', 'merknader'],
  dokumentbeskrivelse: ['tittel', 'beskrivelse', 'forfatter', 'filnavn', 'innhold'],
} as const;

/** The text of a screened field for a reader who may or may not see it. */
export function screenedText<T extends string | null>(value: T, full: boolean): T | typeof SKJERMET {
  return full || value === null ? value : SKJERMET;
}

/** Change-log fields whose old and new values are screened like the field itself. */
const SCREENED_LOG_FIELDS = new Set([
  'tittel',
  'forfatter',
  'partNavn',
  'korrespondansepartNavn',
  'klassifikasjon',
  'referanseDokumentfil',
  // Who the internal contacts are can tell what a personnel case is about (list-interne-kontakter.ts).
  'internKontakt',
  // Distribution, copies and the case worker's messages carry their remark, screened like a record's remarks.
  'fordeling',
  'kopimottaker',
  'tilbakemelding',
]);

export function isScreenedLogField(felt: string): boolean {
  return SCREENED_LOG_FIELDS.has(felt);
}
