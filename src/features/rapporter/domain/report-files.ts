/**
 * The backlog reports as files (issue 14 item 9): CSV for a spreadsheet and
 * the text of a PDF for the archive and the unit leaders. Pure: rows in,
 * text out.
 */

export interface ReportLine {
  journalpostId: string;
  journalposttype: string;
  journaldato: string;
  forfallsdato: string | null;
  dagerOverFrist: number;
  tittel: string;
  enhet: string;
  saksbehandler: string;
}

export const CSV_HEADER = ['Journalpost', 'Type', 'Journaldato', 'Forfallsdato', 'Dager over frist', 'Tittel', 'Enhet', 'Saksbehandler'];

/** A field quoted when it holds the separator, a quote or a line break; a leading =, +, - or @ is defused for spreadsheets. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Semicolon-separated, as Norwegian spreadsheets read it, with a byte-order
 * mark so æ, ø and å open right, and CRLF line ends (RFC 4180).
 */
export function toCsv(lines: readonly ReportLine[], truncatedAt?: number): string {
  const rows = lines.map((l) => [
    l.journalpostId,
    l.journalposttype,
    l.journaldato,
    l.forfallsdato ?? '',
    String(l.dagerOverFrist),
    l.tittel,
    l.enhet,
    l.saksbehandler,
  ]);
  const body = [CSV_HEADER, ...rows].map((r) => r.map(csvField).join(';'));
  if (truncatedAt !== undefined) body.push(csvField(`Listen er avkortet etter ${truncatedAt} rader.`));
  return `\ufeff${body.join('\r\n')}\r\n`;
}

export interface ReportHeading {
  tittel: string;
  dato: string;
  grunnlag: string;
}

/** The PDF's text: a heading, then the rows grouped by unit and case worker, each group with its count. */
export function toPdfText(heading: ReportHeading, lines: readonly ReportLine[], truncatedAt?: number): string {
  const out = [heading.tittel, `Tatt ut ${heading.dato}. ${heading.grunnlag}`, `Antall: ${lines.length}`, ''];
  let group = '';
  for (const l of lines) {
    const g = `${l.enhet || 'Uten enhet'} – ${l.saksbehandler || 'Ikke fordelt'}`;
    if (g !== group) {
      group = g;
      out.push('', `${g} (${lines.filter((x) => `${x.enhet || 'Uten enhet'} – ${x.saksbehandler || 'Ikke fordelt'}` === g).length})`);
    }
    const frist = l.forfallsdato ? ` frist ${l.forfallsdato}${l.dagerOverFrist > 0 ? ` (${l.dagerOverFrist} dager over)` : ''}` : '';
    out.push(`${l.journalpostId} ${l.journalposttype} ${l.journaldato}${frist}: ${l.tittel}`);
  }
  if (lines.length === 0) out.push('Ingen restanser.');
  if (truncatedAt !== undefined) out.push('', `Listen er avkortet etter ${truncatedAt} rader.`);
  return out.join('\n');
}
