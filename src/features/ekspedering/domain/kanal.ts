import type { Avskrivningsmaate } from '../../oppgaver/domain/avskrivning.js';

/**
 * Dispatch channels (ekspederingskanal; seed 001 «Rutine for ekspedering»:
 * «velg ‹ekspeder› og bruk ‹Svar ut› – der hvor org.nr eller personnr. ikke
 * er aktuelt, velg ‹e-post›»; seed 002 10.6: a note is delivered to its
 * internal recipient inside Saksgang). `intern` is delivered in the
 * dispatching transaction; the others leave through a channel's job.
 */
export const KANALER = ['intern', 'epost', 'svarut', 'utskrift'] as const;
export type Kanal = (typeof KANALER)[number];

/** The channels that leave the organisation: each has a job that marks its rows sent or failed. */
export const EKSTERNE_KANALER = ['epost', 'svarut', 'utskrift'] as const satisfies readonly Kanal[];
export type EksternKanal = (typeof EKSTERNE_KANALER)[number];
export const isEkstern = (k: Kanal): k is EksternKanal => k !== 'intern';

/** Correspondence party types a record is dispatched to (Noark M087): recipients and copy recipients, external and internal. */
export const MOTTAKERTYPER = ['EM', 'EK', 'GM', 'IM', 'IK'] as const;
const INTERNE = new Set(['IM', 'IK']);

/** What the channel rule reads of a correspondence party. */
export interface Mottaker {
  korrespondanseparttype: string;
  organisasjonsnummer: string | null;
  foedselsnummer: string | null;
  epostadresse: string | null;
  postadresse: string | null;
  saksbehandlerId: string | null;
  administrativEnhetId: string | null;
}

/** A correspondence party row (snake_case columns) as the channel rule reads it. */
export function mottakerOf(p: {
  korrespondanseparttype: string;
  organisasjonsnummer: string | null;
  foedselsnummer: string | null;
  epostadresse: string | null;
  postadresse: string | null;
  saksbehandler_id: string | null;
  administrativ_enhet_id: string | null;
}): Mottaker {
  return {
    korrespondanseparttype: p.korrespondanseparttype,
    organisasjonsnummer: p.organisasjonsnummer,
    foedselsnummer: p.foedselsnummer,
    epostadresse: p.epostadresse,
    postadresse: p.postadresse,
    saksbehandlerId: p.saksbehandler_id,
    administrativEnhetId: p.administrativ_enhet_id,
  };
}

export const isMottaker = (p: Pick<Mottaker, 'korrespondanseparttype'>) =>
  (MOTTAKERTYPER as readonly string[]).includes(p.korrespondanseparttype);

/** An internal party that names a person or unit of the organisation: delivered inside Saksgang. */
export const isInternMottaker = (p: Mottaker) =>
  INTERNE.has(p.korrespondanseparttype) && (p.saksbehandlerId !== null || p.administrativEnhetId !== null);

/**
 * The channel proposed for a recipient (issue 14 item 6): an internal person
 * or unit → intern; an organisation number or national identity number →
 * SvarUt (KS Fiks: to the organisation's or person's digital mailbox, else
 * printed by Fiks); an e-mail address → e-mail; otherwise print.
 */
export function proposeKanal(p: Mottaker): Kanal {
  if (isInternMottaker(p)) return 'intern';
  if (p.organisasjonsnummer || p.foedselsnummer) return 'svarut';
  if (p.epostadresse) return 'epost';
  return 'utskrift';
}

/** Why a chosen channel cannot reach a recipient, or null when it can. */
export function kanalProblem(p: Mottaker, kanal: Kanal): { nb: string; en: string } | null {
  if (kanal === 'intern') {
    return isInternMottaker(p) ? null : { nb: 'er ikke en intern person eller enhet', en: 'is not an internal person or unit' };
  }
  if (isInternMottaker(p)) return { nb: 'er intern og får notatet i Saksgang', en: 'is internal and gets the note in Saksgang' };
  if (kanal === 'svarut' && !p.organisasjonsnummer && !p.foedselsnummer) {
    return {
      nb: 'mangler organisasjonsnummer eller fødselsnummer for SvarUt',
      en: 'has no organisation or national identity number for SvarUt',
    };
  }
  if (kanal === 'epost' && !p.epostadresse) return { nb: 'mangler e-postadresse', en: 'has no e-mail address' };
  return null;
}

/**
 * How a dispatched answer writes off what it answers (Noark M619; issue 14
 * item 1): a note (N or X) with BN, a letter with BE when every external
 * recipient got it by e-mail, else with BU.
 */
export function avskrivningsmaateFor(svartype: string, kanaler: readonly Kanal[]): Avskrivningsmaate {
  if (svartype === 'N' || svartype === 'X') return 'BN';
  const eksterne = kanaler.filter(isEkstern);
  return eksterne.length > 0 && eksterne.every((k) => k === 'epost') ? 'BE' : 'BU';
}
