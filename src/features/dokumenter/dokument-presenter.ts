import { z } from 'zod';
import type { DokumentbeskrivelseRow, DokumentobjektRow } from './dokument-repository.js';
import type { DokumentView } from './list-dokumenter.js';

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
});

export const DokumentbeskrivelseBody = z.object({
  id: z.uuid(),
  journalpostId: z.uuid(),
  dokumentnummer: z.int(),
  tittel: z.string(),
  dokumenttype: z.string(),
  dokumentstatus: z.string(),
  tilknyttetRegistreringSom: z.enum(['H', 'V']),
  tilknyttetDato: z.date(),
  tilknyttetAv: z.uuid(),
  opprettetDato: z.date(),
  opprettetAv: z.uuid(),
  /** In the secure zone: files encrypted apart, opened only after a fresh second login step. */
  personsensitiv: z.boolean(),
  dokumentobjekter: z.array(DokumentobjektBody),
});

export function presentDokumentobjekt(o: DokumentobjektRow): z.infer<typeof DokumentobjektBody> {
  return {
    id: o.id,
    dokumentbeskrivelseId: o.dokumentbeskrivelse_id,
    versjonsnummer: o.versjonsnummer,
    variantformat: o.variantformat as 'P' | 'A' | 'O',
    format: o.format,
    formatDetaljer: o.format_detaljer,
    filnavn: o.filnavn,
    mimeType: o.mime_type,
    sjekksum: o.sjekksum,
    sjekksumAlgoritme: o.sjekksum_algoritme,
    filstoerrelse: o.filstoerrelse,
    opprettetDato: o.opprettet_dato,
    opprettetAv: o.opprettet_av,
    filUrl: `/api/dokumentobjekter/${o.id}/fil`,
  };
}

export function presentDokument({ dokument: d, objekter }: DokumentView): z.infer<typeof DokumentbeskrivelseBody> {
  return {
    ...describe(d),
    dokumentobjekter: objekter.map(presentDokumentobjekt),
  };
}

function describe(d: DokumentbeskrivelseRow) {
  return {
    id: d.id,
    journalpostId: d.journalpost_id,
    dokumentnummer: d.dokumentnummer,
    tittel: d.tittel,
    dokumenttype: d.dokumenttype,
    dokumentstatus: d.dokumentstatus,
    tilknyttetRegistreringSom: d.tilknyttet_registrering_som as 'H' | 'V',
    tilknyttetDato: d.tilknyttet_dato,
    tilknyttetAv: d.tilknyttet_av,
    opprettetDato: d.opprettet_dato,
    opprettetAv: d.opprettet_av,
    personsensitiv: d.personsensitiv,
  };
}
