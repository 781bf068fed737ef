import type { Mailer } from '../../../mail/outgoing/mailer.js';
import { KanalAvvist, referanseOf, type Utsending, type Vedlegg } from './utsending.js';

/**
 * The e-mail channel: the letter's documents as attachments to the
 * recipient's address, over the installation's SMTP server. The Message-ID
 * is the dispatch row's own, so the reference recorded is the one the
 * recipient's mail server saw. Documents of the secure zone are never
 * e-mailed (mail leaves every access rule behind): such a letter goes by
 * SvarUt or print.
 */
export async function sendEpost(mailer: Mailer | undefined, u: Utsending, vedlegg: () => Promise<Vedlegg[]>): Promise<string> {
  if (!mailer) throw new KanalAvvist('e-post er ikke satt opp (SMTP_URL) / e-mail is not configured (SMTP_URL)');
  if (!u.epostadresse) throw new KanalAvvist(`${u.navn} har ingen e-postadresse / has no e-mail address`);
  if (u.dokumenter.some((d) => d.personsensitiv)) {
    throw new KanalAvvist(
      'dokumenter i sikker sone sendes ikke med e-post: velg SvarUt eller utskrift / secure-zone documents are not e-mailed',
    );
  }
  const filer = await vedlegg();
  const messageId = `<ekspedering.${u.id}@saksgang>`;
  await mailer.send({
    to: u.epostadresse,
    subject: `${u.tittel} (vår ref. ${referanseOf(u)})`,
    text: [
      `Vedlagt følger brev fra ${u.avsender}.`,
      '',
      `Tittel: ${u.tittel}`,
      `Vår referanse: ${referanseOf(u)}`,
      ...(u.saksbehandler ? [`Saksbehandler: ${u.saksbehandler}`] : []),
      '',
      'Oppgi vår referanse når du svarer.',
    ].join('\n'),
    attachments: filer.map((f) => ({ filename: f.filnavn, contentType: f.mimeType, content: Buffer.from(f.innhold) })),
    messageId,
  });
  return messageId;
}
