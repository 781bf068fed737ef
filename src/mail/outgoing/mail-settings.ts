/** Outgoing mail: where to send (an SMTP URL) and the sender address. Unset: no mail is sent. */
export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://…:465` (nodemailer's URL form). */
  url: string;
  /** The From address, e.g. `Saksgang <postmottak@kommune.no>`. */
  from: string;
}

/** Reads SMTP_URL and SMTP_FROM; both must be set for mail to go out (docs/configuration.md). */
export function smtpSettings(env: NodeJS.ProcessEnv): SmtpSettings | undefined {
  const url = env.SMTP_URL?.trim();
  if (!url) return undefined;
  const from = env.SMTP_FROM?.trim();
  if (!from) throw new Error('SMTP_URL is set but SMTP_FROM is not: set the sender address too');
  return { url, from };
}
