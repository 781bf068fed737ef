import fs from 'node:fs/promises';

/** One organisation's SvarUt account (a Fiks-integrasjon with a sending account, «konto»). */
export interface SvarUtKonto {
  /** The organisation's kortnavn (from the variable's name). */
  organisasjon: string;
  /** The API's base, e.g. `https://svarut.ks.no/api` or `https://test.svarut.ks.no/api`. */
  baseUrl: string;
  kontoId: string;
  integrasjonId: string;
  integrasjonPassord: string;
}

export interface SvarUtSettings {
  /** `SVARUT_<KORTNAVN>`: one account per organisation that sends through SvarUt. */
  kontoer: SvarUtKonto[];
  /**
   * `SVARUT_TOKEN_FILE`: a file holding the current Maskinporten access token
   * (scope `ks:fiks`), kept fresh by the installation's token agent; read at
   * each send. Unset: no `Authorization` header (a test server, or a proxy that adds it).
   */
  tokenFile: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Read from the environment beside Config (see docs/configuration.md, «SvarUt»). */
export function svarUtSettings(env: NodeJS.ProcessEnv = process.env): SvarUtSettings {
  const kontoer: SvarUtKonto[] = [];
  for (const [name, value] of Object.entries(env)) {
    const m = /^SVARUT_([A-Z0-9_]+)$/.exec(name);
    if (!m || !value || m[1] === 'TOKEN_FILE') continue;
    kontoer.push(parseSvarUtKonto(name, m[1]!.toLowerCase(), value));
  }
  return { kontoer, tokenFile: env.SVARUT_TOKEN_FILE?.trim() || undefined };
}

/**
 * One account as one URL, like the incoming mailboxes:
 * `https://<integrasjonId>:<passord>@svarut.ks.no/api/v2/kontoer/<kontoId>`.
 * A wrong one stops the server at start with the variable named, not at the first dispatch.
 */
export function parseSvarUtKonto(name: string, organisasjon: string, value: string): SvarUtKonto {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}: not a URL (https://integrasjonId:passord@svarut.ks.no/api/v2/kontoer/kontoId)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name}: the protocol must be https, not ${url.protocol}`);
  const m = /^(.*)\/v2\/kontoer\/([^/]+)\/?$/.exec(url.pathname);
  if (!m || !UUID.test(m[2]!)) throw new Error(`${name}: the path must end in /v2/kontoer/<kontoId> (a UUID)`);
  if (!url.username || !url.password)
    throw new Error(`${name}: the integration id and password are missing (https://integrasjonId:passord@…)`);
  return {
    organisasjon,
    baseUrl: `${url.protocol}//${url.host}${m[1]}`,
    kontoId: m[2]!.toLowerCase(),
    integrasjonId: decodeURIComponent(url.username),
    integrasjonPassord: decodeURIComponent(url.password),
  };
}

/** The Maskinporten token to send, read fresh each time (the agent renews the file before it expires). */
export async function readToken(settings: Pick<SvarUtSettings, 'tokenFile'>): Promise<string | undefined> {
  if (!settings.tokenFile) return undefined;
  return (await fs.readFile(settings.tokenFile, 'utf8')).trim() || undefined;
}
