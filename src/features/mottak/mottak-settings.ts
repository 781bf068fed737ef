const MIB = 1024 * 1024;

/** A mailbox the poller empties into one organisation's queue. */
export interface Postmottak {
  /** The organisation's kortnavn (from the variable's name). */
  organisasjon: string;
  /** `imap://`, `imaps://`, `pop3://` or `pop3s://` with user, password, host, port and (IMAP) folder. */
  url: URL;
}

export interface MottakSettings {
  /** `POSTMOTTAK_MAX_VEDLEGG_MB` (25): an e-mail attachment above this is not split out; the message keeps it. */
  maxVedleggBytes: number;
  /** `POSTMOTTAK_INTERVALL_MINUTTER` (5): how often the mailboxes are emptied. */
  pollEveryMs: number;
  /** `POSTMOTTAK_<KORTNAVN>`: one mailbox per organisation. */
  postmottak: Postmottak[];
}

const PROTOCOLS = new Set(['imap:', 'imaps:', 'pop3:', 'pop3s:']);

/** Read from the environment beside Config (see docs/configuration.md, «Postmottak»). */
export function mottakSettings(env: NodeJS.ProcessEnv = process.env): MottakSettings {
  const postmottak: Postmottak[] = [];
  for (const [name, value] of Object.entries(env)) {
    const m = /^POSTMOTTAK_([A-Z0-9_]+)$/.exec(name);
    if (!m || !value || ['MAX_VEDLEGG_MB', 'INTERVALL_MINUTTER'].includes(m[1]!)) continue;
    postmottak.push({ organisasjon: m[1]!.toLowerCase(), url: parsePostmottakUrl(name, value) });
  }
  return {
    maxVedleggBytes: positive(env.POSTMOTTAK_MAX_VEDLEGG_MB, 25) * MIB,
    pollEveryMs: positive(env.POSTMOTTAK_INTERVALL_MINUTTER, 5) * 60_000,
    postmottak,
  };
}

/** A mailbox address; a wrong one stops the server at start with the variable named, not at the first poll. */
export function parsePostmottakUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}: not a URL (imap://user:password@host:143/INBOX or pop3s://user:password@host:995)`);
  }
  if (!PROTOCOLS.has(url.protocol)) throw new Error(`${name}: the protocol must be imap, imaps, pop3 or pop3s, not ${url.protocol}`);
  if (!url.username) throw new Error(`${name}: the user name is missing`);
  return url;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
}
