import type { MailJobData } from '../../../mail/outgoing/mail-job.js';

interface Forwarded {
  tittel: string;
  avsender_navn: string | null;
  avsender_epost: string | null;
  mottatt_dato: Date;
}

interface ForwardedFile {
  filnavn: string;
  mime_type: string;
  sjekksum: string;
  filstoerrelse: number | string;
}

/** The e-mail that forwards post kept out of the archive to its addressee, with the post's files. */
export function forwardingMail(
  item: Forwarded,
  grunn: string,
  til: string,
  kommentar: string | undefined,
  files: ForwardedFile[],
): MailJobData {
  const fra = [item.avsender_navn, item.avsender_epost ? `<${item.avsender_epost}>` : null].filter(Boolean).join(' ') || '(ukjent)';
  const lines = [
    'Arkivet har mottatt post til deg som ikke skal arkiveres (arkivbegrensning), og videresender den her.',
    '',
    `Emne: ${item.tittel || '(uten emne)'}`,
    `Fra: ${fra}`,
    `Mottatt: ${item.mottatt_dato.toISOString()}`,
    `Grunn: ${grunn}`,
    ...(kommentar ? [`Merknad fra arkivet: ${kommentar}`] : []),
    '',
    'Du finner den også i Saksgang under «Videresendt til meg».',
  ];
  return {
    til,
    emne: `Videresendt post: ${item.tittel || '(uten emne)'}`.slice(0, 250),
    tekst: `${lines.join('\n')}\n`,
    vedlegg: files.map((f) => ({
      filnavn: f.filnavn,
      innholdstype: f.mime_type,
      sjekksum: f.sjekksum,
      storrelse: Number(f.filstoerrelse),
    })),
  };
}
