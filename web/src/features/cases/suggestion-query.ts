// The query of «Finnes saken allerede?» (GET /api/saksmapper/forslag), for
// the new-case form's suggestions and the reception queue's case finder.

/** Who the letter is from or about: a name, an organisasjonsnummer or a fødselsnummer. */
export interface SuggestionParty {
  navn?: string | undefined;
  organisasjonsnummer?: string | undefined;
  foedselsnummer?: string | undefined;
}

/** What the letter is about: a property (gnr/bnr) or a person as object (fødselsnummer). */
export interface SuggestionObject {
  gnrBnr?: string | undefined;
  foedselsnummer?: string | undefined;
}

const MIN_LENGTH = 3;
const ORGANISASJONSNUMMER = /^\d{9}$/;
const FOEDSELSNUMMER = /^\d{11}$/;
const GNR_BNR = /^\d{1,5}\/\d{1,5}(\/\d{1,4}\/\d{1,4})?$/;
const digits = (v: string | undefined) => v?.replace(/\s+/g, '') ?? '';
/** A number is asked for only once it is whole: half a fødselsnummer would be refused, not searched. */
const whole = (v: string | undefined, pattern: RegExp) => (pattern.test(digits(v)) ? digits(v) : '');

/** The query the server is asked, or null while nothing is worth asking (short title, no party, no object). */
export function queryOf(title: string, party: SuggestionParty = {}, object: SuggestionObject = {}): string | null {
  const entries = Object.entries({
    tittel: title.trim().length >= MIN_LENGTH ? title.trim() : '',
    partNavn: (party.navn ?? '').trim().length >= MIN_LENGTH ? party.navn!.trim() : '',
    organisasjonsnummer: whole(party.organisasjonsnummer, ORGANISASJONSNUMMER),
    foedselsnummer: whole(object.foedselsnummer ?? party.foedselsnummer, FOEDSELSNUMMER),
    gnrBnr: whole(object.gnrBnr, GNR_BNR),
  }).filter(([, v]) => v !== '');
  return entries.length > 0 ? new URLSearchParams(entries).toString() : null;
}

/**
 * One search field read as the object it names (gnr/bnr, a fødselsnummer,
 * an organisasjonsnummer) or else as a title, with the sender as the party:
 * the server ranks the same object, the same party and a similar title in
 * that order (seed 001: «finnes saken fra før?»).
 */
export function suggestionQuery(search: string, partyName: string): string | null {
  const gnrBnr = whole(search, GNR_BNR);
  const foedselsnummer = whole(search, FOEDSELSNUMMER);
  const organisasjonsnummer = whole(search, ORGANISASJONSNUMMER);
  const namesObject = gnrBnr !== '' || foedselsnummer !== '' || organisasjonsnummer !== '';
  return queryOf(namesObject ? '' : search, { navn: partyName, organisasjonsnummer }, { gnrBnr, foedselsnummer });
}
