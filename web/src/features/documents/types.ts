import type { Skjerming } from '../screening/api';

export interface Dokumentobjekt {
  id: string;
  versjonsnummer: number;
  variantformat: string;
  format: string;
  filnavn: string;
  mimeType: string;
  filstoerrelse: number;
  opprettetDato: string;
}

export interface Dokumentbeskrivelse extends Skjerming {
  id: string;
  dokumentnummer: number;
  tittel: string;
  /** The public title (computed by the server's rule). */
  offentligTittel: string;
  dokumenttype: string;
  dokumentstatus: string;
  tilknyttetRegistreringSom: string;
  /** In the secure zone: opening needs the password again. */
  personsensitiv: boolean;
  /** Its full text is published in the public journal. */
  publiserFulltekst: boolean;
  dokumentobjekter: Dokumentobjekt[];
}

export const fileUrl = (dokumentobjektId: string) => `/api/dokumentobjekter/${encodeURIComponent(dokumentobjektId)}/fil`;
