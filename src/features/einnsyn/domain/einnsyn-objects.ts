import type { PublicEntry } from '../../offentlig-journal/domain/public-entry.js';

/** Noark's record types as eInnsyn names them (Journalpost.journalposttype). */
const JOURNALPOSTTYPE: Record<string, string> = {
  I: 'inngaaende_dokument',
  U: 'utgaaende_dokument',
  N: 'organinternt_dokument_for_oppfoelging',
  X: 'organinternt_dokument_uten_oppfoelging',
  S: 'saksframlegg',
};

/**
 * Whether eInnsyn gets the record: it is in the public journal and the
 * public reads it in full. A screened record is not published, and one
 * screened after it was published is withdrawn (issue 15 item 4) — the
 * public journal page still lists it with its masked title.
 */
export function publishable(entry: PublicEntry | undefined): entry is PublicEntry {
  return entry !== undefined && !entry.skjermet;
}

export interface Publisher {
  id: string;
  navn: string;
}

/** Where the public opens a full text without login (the public journal's file route), by its file object's id. */
export type FullTextUrl = (dokumentobjektId: string) => string;

/** The organisation's archive at eInnsyn: one per organisation, known by our id. */
export const arkivOf = (org: Publisher) => ({ systemId: org.id, tittel: `Journal – ${org.navn}` });

/** Its one archive part, which every published case sits under. */
export const arkivdelOf = (org: Publisher) => ({ systemId: `${org.id}-journal`, tittel: `Offentlig journal – ${org.navn}` });

/**
 * The case as eInnsyn gets it. Both title fields carry the public title
 * (screened words masked): eInnsyn's «sensitive» variant is meant for
 * names the public may see for a year, and Saksgang sends nothing the public
 * journal page does not show.
 */
export function saksmappeOf(entry: PublicEntry) {
  const s = entry.saksmappe;
  return {
    systemId: s.id,
    saksaar: s.saksaar,
    sakssekvensnummer: s.sakssekvensnummer,
    offentligTittel: s.offentligTittel,
    offentligTittelSensitiv: s.offentligTittel,
  };
}

/**
 * The record as eInnsyn gets it: numbers, type, dates, public title, unit,
 * the parties the public sees, and the full texts the public journal
 * publishes (each document with its one public file, addressed at our
 * public journal; eInnsyn links to it, it never holds a screened part).
 */
export function journalpostOf(entry: PublicEntry, fullText: FullTextUrl) {
  return {
    systemId: entry.id,
    journalaar: entry.journalaar,
    journalsekvensnummer: entry.journalsekvensnummer,
    journalpostnummer: entry.journalpostnummer,
    journalposttype: JOURNALPOSTTYPE[entry.journalposttype] ?? 'ukjent',
    journaldato: entry.journaldato,
    ...(entry.dokumentetsDato ? { dokumentetsDato: entry.dokumentetsDato } : {}),
    offentligTittel: entry.offentligTittel,
    offentligTittelSensitiv: entry.offentligTittel,
    ...(entry.administrativEnhet ? { administrativEnhet: entry.administrativEnhet } : {}),
    korrespondansepart: entry.korrespondanseparter.map((p) => ({
      korrespondansepartNavn: p.navn,
      korrespondansepartNavnSensitiv: p.navn,
      korrespondanseparttype: p.korrespondanseparttype,
    })),
    dokumentbeskrivelse: entry.dokumenter.map((d, i) => ({
      systemId: d.dokumentbeskrivelseId,
      tittel: d.tittel,
      tittelSensitiv: d.tittel,
      dokumentnummer: i + 1,
      tilknyttetRegistreringSom: i === 0 ? 'hoveddokument' : 'vedlegg',
      dokumentobjekt: [{ systemId: d.dokumentobjektId, referanseDokumentfil: fullText(d.dokumentobjektId), format: d.mimeType }],
    })),
  };
}
