import { z } from 'zod';
import type { DokumentbeskrivelseRow, DokumentobjektRow } from './dokument-repository.js';
import { publicTitle } from '../tilgang/domain/public-title.js';
import { screenedText, SKJERMET } from '../tilgang/domain/screened-fields.js';
import { presentSkjerming, SkjermingBody } from '../tilgang/skjerming-presenter.js';
import type { DokumentView } from './list-dokumenter.js';

/** Noark konvertering: how an archival variant was made from the production file (krav 6.4.42). */
export const KonverteringBody = z.object({
  konvertertDato: z.date(),
  konvertertAv: z.uuid(),
  konvertertFraFormat: z.string(),
  konvertertTilFormat: z.string(),
  konverteringsverktoey: z.string().nullable(),
});

export const DokumentobjektBody = z.object({
  id: z.uuid(),
  dokumentbeskrivelseId: z.uuid(),
  versjonsnummer: z.int(),
  variantformat: z.enum(['P', 'A', 'O']),
  format: z.string(),
  formatDetaljer: z.string().nullable(),
  filnavn: z.string(),
  mimeType: z.string(),
  sjekksum: z.string(),
  sjekksumAlgoritme: z.string(),
  filstoerrelse: z.number(),
  opprettetDato: z.date(),
  opprettetAv: z.uuid(),
  /** Where the UI downloads or previews the content. */
  filUrl: z.string(),
  /** Set on an archival variant made by conversion; null otherwise. */
  konvertering: KonverteringBody.nullable(),
});

export const DokumentbeskrivelseBody = SkjermingBody.extend({
  id: z.uuid(),
  journalpostId: z.uuid(),
  dokumentnummer: z.int(),
  tittel: z.string(),
  offentligTittel: z.string(),
  beskrivelse: z.string().nullable(),
  forfatter: z.string().nullable(),
  tilgangskode: z.string().nullable(),
  skjermingshjemmel: z.string().nullable(),
  dokumenttype: z.string(),
  dokumentstatus: z.string(),
  tilknyttetRegistreringSom: z.enum(['H', 'V']),
  tilknyttetDato: z.date(),
  tilknyttetAv: z.uuid(),
  opprettetDato: z.date(),
  opprettetAv: z.uuid(),
  /** In the secure zone: files encrypted apart, opened only after a fresh second login step. */
  personsensitiv: z.boolean(),
  /** Its full text is published in the public journal (PUT …/fulltekst-publisering). */
  publiserFulltekst: z.boolean(),
  dokumentobjekter: z.array(DokumentobjektBody),
});

/** A file object; a reader without access to its document does not learn the file name. */
export function presentDokumentobjekt(o: DokumentobjektRow, full = true): z.infer<typeof DokumentobjektBody> {
  return {
    id: o.id,
    dokumentbeskrivelseId: o.dokumentbeskrivelse_id,
    versjonsnummer: o.versjonsnummer,
    variantformat: o.variantformat as 'P' | 'A' | 'O',
    format: o.format,
    formatDetaljer: o.format_detaljer,
    filnavn: full ? o.filnavn : SKJERMET,
    mimeType: o.mime_type,
    sjekksum: o.sjekksum,
    sjekksumAlgoritme: o.sjekksum_algoritme,
    filstoerrelse: o.filstoerrelse,
    opprettetDato: o.opprettet_dato,
    opprettetAv: o.opprettet_av,
    filUrl: `/api/dokumentobjekter/${o.id}/fil`,
    konvertering: presentKonvertering(o),
  };
}

function presentKonvertering(o: DokumentobjektRow): z.infer<typeof KonverteringBody> | null {
  if (!o.konvertert_fra_format) return null;
  return {
    konvertertDato: o.opprettet_dato,
    konvertertAv: o.opprettet_av,
    konvertertFraFormat: o.konvertert_fra_format,
    konvertertTilFormat: o.format,
    konverteringsverktoey: o.konverteringsverktoey,
  };
}

/** A document as the read rule lets its reader see it (the file itself is refused by openDokumentobjekt). */
export function presentDokument({ dokument: d, objekter, access }: DokumentView): z.infer<typeof DokumentbeskrivelseBody> {
  const full = access.full;
  return {
    ...describe(d, full),
    dokumentobjekter: objekter.map((o) => presentDokumentobjekt(o, full)),
  };
}

function describe(d: DokumentbeskrivelseRow, full: boolean) {
  const offentligTittel = publicTitle(
    { tittel: d.tittel, offentligTittel: null, tilgangskode: d.tilgangskode, skjermedeTittelord: d.skjermede_tittelord },
    'dokumentbeskrivelse',
  );
  return {
    ...presentSkjerming(d, full),
    id: d.id,
    journalpostId: d.journalpost_id,
    dokumentnummer: d.dokumentnummer,
    tittel: full ? d.tittel : offentligTittel,
    offentligTittel,
    beskrivelse: screenedText(d.beskrivelse, full),
    forfatter: screenedText(d.forfatter, full),
    tilgangskode: d.tilgangskode,
    skjermingshjemmel: d.skjermingshjemmel,
    dokumenttype: d.dokumenttype,
    dokumentstatus: d.dokumentstatus,
    tilknyttetRegistreringSom: d.tilknyttet_registrering_som as 'H' | 'V',
    tilknyttetDato: d.tilknyttet_dato,
    tilknyttetAv: d.tilknyttet_av,
    opprettetDato: d.opprettet_dato,
    opprettetAv: d.opprettet_av,
    personsensitiv: d.personsensitiv,
    publiserFulltekst: d.publiser_fulltekst,
  };
}
