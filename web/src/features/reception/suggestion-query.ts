const MIN_LENGTH = 3;

/**
 * What the archivist typed, read as the object it names (gnr/bnr, a
 * fødselsnummer, an organisasjonsnummer) or else a title, with the sender
 * as the party: the server's suggestions rank the same object, the same
 * party and a similar title in that order (seed 001: «finnes saken fra før?»).
 */
export function suggestionQuery(search: string, partyName: string): string | null {
  const text = search.trim();
  const compact = text.replace(/\s+/g, '');
  const wanted: Record<string, string> = {};
  if (/^\d{1,5}\/\d{1,5}(\/\d{1,4}\/\d{1,4})?$/.test(compact)) wanted.gnrBnr = compact;
  else if (/^\d{11}$/.test(compact)) wanted.foedselsnummer = compact;
  else if (/^\d{9}$/.test(compact)) wanted.organisasjonsnummer = compact;
  else if (text.length >= MIN_LENGTH) wanted.tittel = text;
  if (partyName.trim().length >= MIN_LENGTH) wanted.partNavn = partyName.trim();
  return Object.keys(wanted).length > 0 ? new URLSearchParams(wanted).toString() : null;
}
