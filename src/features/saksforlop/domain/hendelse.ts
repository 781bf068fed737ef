import type { Message } from '../../../shared/errors.js';
import { findCode, type CodeEntry } from '../../noark/domain/code-list.js';
import { AVSKRIVNINGSMAATE, JOURNALSTATUS, SAKSSTATUS } from '../../noark/domain/code-lists.js';

/**
 * What happened in a case (saksforløp), one kind per source the timeline
 * reads: the case's and its records' status changes (change log), a record
 * moved into the case (its registreringsID changed), a document finished,
 * a write-off, a dispatch per recipient, and each step of an approval or
 * review round (Noark dokumentflyt).
 */
export const HENDELSER = [
  'sak-opprettet',
  'saksstatus',
  'journalpost-registrert',
  'journalstatus',
  'journalpost-flyttet',
  'dokument-ferdigstilt',
  'avskrevet',
  'ekspedert',
  'flyt-sendt',
  'flyt-svar',
] as const;
export type Hendelse = (typeof HENDELSER)[number];

/** The facts of one event as the reader may see them: screened values are already null. */
export interface HendelseFakta {
  hendelse: Hendelse;
  /** A status, write-off or flow status code, or a dispatch channel. */
  kode: string | null;
  /** The old status, the record's old number when moved, the dispatch row's status or the kind of flow round. */
  kode2: string | null;
  /** The record's number in the case (2026/12-3), for the events of a record. */
  nummer: string | null;
  /** The answering record's number (a write-off), or null. */
  svarNummer: string | null;
  dokumentnummer: number | null;
  /** A recipient's name (dispatch, a note's write-off per recipient); null when screened or none. */
  partNavn: string | null;
  /** The person an approval round went to or was forwarded to. */
  personNavn: string | null;
  /** A return comment or a write-off remark; null when screened or none. */
  merknad: string | null;
}

const KANAL: Record<string, Message> = {
  intern: { nb: 'internt', en: 'internally' },
  epost: { nb: 'på e-post', en: 'by e-mail' },
  svarut: { nb: 'med SvarUt', en: 'by SvarUt' },
  utskrift: { nb: 'til utskrift', en: 'for printing' },
};

const EKSPEDERINGSSTATUS: Record<string, Message> = {
  venter: { nb: 'venter på kanalen', en: 'waiting for the channel' },
  sendt: { nb: 'sendt', en: 'sent' },
  feilet: { nb: 'feilet', en: 'failed' },
};

const FLYTTYPE: Record<string, Message> = {
  godkjenning: { nb: 'godkjenning', en: 'approval' },
  gjennomgang: { nb: 'gjennomgang', en: 'review' },
};

/** A code's name in both languages; an unknown code (imported data) as itself. */
const named = (list: readonly CodeEntry[], code: string | null): Message => {
  const entry = code === null ? undefined : findCode(list, code);
  return entry ? { nb: entry.nb, en: entry.en } : { nb: code ?? '', en: code ?? '' };
};

const of = (map: Record<string, Message>, key: string | null): Message => (key !== null && map[key]) || { nb: key ?? '', en: key ?? '' };

/** Joins the parts of each language, leaving out empty ones. */
function words(...parts: (Message | string | null | false)[]): Message {
  const pick = (lang: keyof Message) =>
    parts
      .map((p) => (typeof p === 'string' ? p : p ? p[lang] : ''))
      .filter((s) => s !== '')
      .join(' ');
  return { nb: pick('nb'), en: pick('en') };
}

const suffix = (text: string | null, lead = '–'): string | null => (text ? `${lead} ${text}` : null);

/** The event in words, bokmål and English, from facts the reader may see. */
export function describeHendelse(f: HendelseFakta): Message {
  const record = f.nummer ?? '';
  switch (f.hendelse) {
    case 'sak-opprettet':
      return { nb: 'Saken ble opprettet', en: 'The case was created' };
    case 'saksstatus':
      return saksstatusText(f.kode, f.kode2);
    case 'journalpost-registrert':
      return { nb: `Journalpost ${record} registrert`, en: `Record ${record} registered` };
    case 'journalstatus':
      return journalstatusText(record, f.kode);
    case 'journalpost-flyttet':
      return { nb: `Journalpost ${record} flyttet hit fra ${f.kode2 ?? ''}`, en: `Record ${record} moved here from ${f.kode2 ?? ''}` };
    case 'dokument-ferdigstilt':
      return {
        nb: `Dokument ${f.dokumentnummer ?? ''} i ${record} ferdigstilt`,
        en: `Document ${f.dokumentnummer ?? ''} of ${record} finished`,
      };
    case 'avskrevet': {
      const code = named(AVSKRIVNINGSMAATE, f.kode);
      return words(
        {
          nb: `Journalpost ${record} avskrevet ${f.kode ?? ''} (${code.nb.toLowerCase()})`,
          en: `Record ${record} written off ${f.kode ?? ''} (${code.en.toLowerCase()})`,
        },
        f.svarNummer && { nb: `av ${f.svarNummer}`, en: `by ${f.svarNummer}` },
        f.partNavn && { nb: `for ${f.partNavn}`, en: `for ${f.partNavn}` },
        suffix(f.merknad),
      );
    }
    case 'ekspedert':
      return words(
        { nb: `Journalpost ${record} ekspedert`, en: `Record ${record} dispatched` },
        f.partNavn && { nb: `til ${f.partNavn}`, en: `to ${f.partNavn}` },
        of(KANAL, f.kode),
        { nb: `(${of(EKSPEDERINGSSTATUS, f.kode2).nb})`, en: `(${of(EKSPEDERINGSSTATUS, f.kode2).en})` },
      );
    case 'flyt-sendt': {
      const kind = of(FLYTTYPE, f.kode);
      return words(
        { nb: `Journalpost ${record} sendt til ${kind.nb}`, en: `Record ${record} sent for ${kind.en}` },
        f.personNavn && { nb: `hos ${f.personNavn}`, en: `to ${f.personNavn}` },
      );
    }
    case 'flyt-svar':
      return flytSvarText(f, record);
  }
}

function saksstatusText(kode: string | null, before: string | null): Message {
  if (before === 'A') return { nb: 'Saken ble gjenåpnet', en: 'The case was reopened' };
  if (before === 'S' && kode === 'B')
    return { nb: 'Saken ble sendt tilbake til saksbehandler', en: 'The case was sent back to the case worker' };
  if (kode === 'S') return { nb: 'Saksbehandler ba om at saken avsluttes', en: 'The case worker asked for the case to be closed' };
  if (kode === 'A') return { nb: 'Saken ble avsluttet', en: 'The case was closed' };
  if (kode === 'B') return { nb: 'Saken er under behandling', en: 'The case is in progress' };
  const s = named(SAKSSTATUS, kode);
  return { nb: `Saksstatus: ${s.nb}`, en: `Case status: ${s.en}` };
}

function journalstatusText(record: string, kode: string | null): Message {
  const verb: Record<string, Message> = {
    F: { nb: 'ferdigstilt', en: 'finished' },
    E: { nb: 'ekspedert', en: 'dispatched' },
    J: { nb: 'journalført', en: 'registered in the journal' },
    A: { nb: 'arkivert', en: 'archived' },
    U: { nb: 'markert som utgått', en: 'marked as void' },
  };
  const v = (kode !== null && verb[kode]) || named(JOURNALSTATUS, kode);
  return {
    nb: `Journalpost ${record} ${v.nb.charAt(0).toLowerCase()}${v.nb.slice(1)}`,
    en: `Record ${record} ${v.en.charAt(0).toLowerCase()}${v.en.slice(1)}`,
  };
}

/** A step's decision (flytStatus) as the timeline says it; S is «gjennomgått» in a review round. */
const FLYTSVAR: Record<string, Message> = {
  G: { nb: 'godkjent', en: 'approved' },
  I: { nb: 'ikke godkjent, returnert til saksbehandler', en: 'not approved, returned to the case worker' },
  V: { nb: 'videresendt', en: 'forwarded' },
  S: { nb: 'gjennomgått', en: 'reviewed' },
};

function flytSvarText(f: HendelseFakta, record: string): Message {
  const status = of(FLYTSVAR, f.kode);
  return words(
    { nb: `Journalpost ${record} ${status.nb}`, en: `Record ${record} ${status.en}` },
    f.kode === 'V' && f.personNavn && { nb: `til ${f.personNavn}`, en: `to ${f.personNavn}` },
    suffix(f.merknad),
  );
}
