/* The shape of a planned case and its records, and helpers the case kinds write them with. */

export type Arkivdel = 'SAK' | 'PERS' | 'ELEV';

export interface RecordPlan {
  type: 'I' | 'U' | 'N' | 'X' | 'S';
  tittel: string;
  offentligTittel?: string;
  dokumenttype: string;
  /** The other side: sender of I, recipient of U; internal notes name a colleague. */
  part: { navn: string; skjermet: boolean };
  /** The letter's text, put in its PDF (so a word inside can be found). */
  tekst: string;
}

export interface CasePlan {
  kind: string;
  enhet: string;
  arkivdel: Arkivdel;
  tittel: string;
  offentligTittel?: string;
  /** An access code for the whole case (the closed period's screened cases). */
  tilgangskode?: string;
  klasse: { verdi: string };
  gnrbnr?: string;
  part?: string;
  records: RecordPlan[];
}

export const letter = (hilsen: string, ...avsnitt: string[]) => [...avsnitt, '', 'Med vennlig hilsen', hilsen].join('\n\n');
export const rec = (
  type: RecordPlan['type'],
  tittel: string,
  dokumenttype: string,
  navn: string,
  tekst: string,
  skjermet = false,
): RecordPlan => ({
  type,
  tittel,
  dokumenttype,
  part: { navn, skjermet },
  tekst,
});
