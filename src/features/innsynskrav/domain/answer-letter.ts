import { hjemmelOf, klageTekst } from './innsynskrav-rules.js';

/** What the answer letter says of one requested record. */
export interface SvarDel {
  nummer: string;
  offentligTittel: string;
  avgjoerelse: string;
  hjemmel: string | null;
  begrunnelse: string | null;
}

export interface SvarBrev {
  organisasjon: string;
  bestiller: string;
  mottattDato: string;
  referanse: string;
  dato: string;
  deler: readonly SvarDel[];
}

/**
 * The answer to an access request (seed 001: «Saksbehandler ekspederer svar
 * om hvilket alternativ som er valgt … og legger ved eventuelle
 * dokumenter»): per record the decision, for a refusal or partial access
 * its legal basis, that «meroffentlighet» was considered, and how to appeal.
 */
export function answerLetter(b: SvarBrev): string {
  const lines = [
    b.organisasjon,
    '',
    `Til: ${b.bestiller}`,
    `Dato: ${b.dato}`,
    `Vår referanse: ${b.referanse}`,
    '',
    'Svar på innsynskrav',
    '',
    `Vi viser til innsynskravet ditt mottatt ${b.mottattDato}. Avgjørelsen for hver journalpost:`,
    '',
  ];
  for (const d of b.deler) {
    lines.push(`${d.nummer} ${d.offentligTittel}`);
    const hjemmel = hjemmelOf(d.hjemmel)?.nb ?? d.hjemmel ?? '';
    if (d.avgjoerelse === 'innsyn') lines.push('Innsyn gitt. Dokumentene er vedlagt.');
    if (d.avgjoerelse === 'delvis')
      lines.push(`Delvis innsyn. Deler av dokumentene er unntatt etter ${hjemmel}. Dokumentene er vedlagt med disse delene sladdet.`);
    if (d.avgjoerelse === 'avslag') lines.push(`Innsyn avslått etter ${hjemmel}.`);
    if (d.avgjoerelse !== 'innsyn') lines.push('Meroffentlighet er vurdert (offentleglova § 11).');
    if (d.begrunnelse) lines.push(`Begrunnelse: ${d.begrunnelse}`);
    lines.push('');
  }
  if (b.deler.some((d) => d.avgjoerelse !== 'innsyn')) lines.push('Klageadgang', klageTekst(b.organisasjon), '');
  lines.push('Med vennlig hilsen', b.organisasjon);
  return lines.join('\n');
}
