/** One organisation's publishing account at eInnsyn (the new REST API, header `API-KEY`). */
export interface EinnsynKonto {
  /** The organisation's kortnavn (from the variable's name). */
  organisasjon: string;
  /** The API's base, e.g. `https://api.einnsyn.no`. */
  baseUrl: string;
  apiKey: string;
}

/**
 * `EINNSYN_<KORTNAVN>`: one account per organisation that publishes, as one
 * URL with the API key as its password: `https://:secret_…@api.einnsyn.no`.
 * Read from the environment beside Config (docs/configuration.md, «eInnsyn»);
 * a wrong one stops the server at start with the variable named.
 */
export function einnsynSettings(env: NodeJS.ProcessEnv = process.env): EinnsynKonto[] {
  const kontoer: EinnsynKonto[] = [];
  for (const [name, value] of Object.entries(env)) {
    const m = /^EINNSYN_([A-Z0-9_]+)$/.exec(name);
    if (!m || !value) continue;
    kontoer.push(parseEinnsynKonto(name, m[1]!.toLowerCase(), value));
  }
  return kontoer;
}

export function parseEinnsynKonto(name: string, organisasjon: string, value: string): EinnsynKonto {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}: not a URL (https://:API-nøkkel@api.einnsyn.no)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name}: the protocol must be https, not ${url.protocol}`);
  const apiKey = decodeURIComponent(url.password || url.username);
  if (!apiKey) throw new Error(`${name}: the API key is missing (https://:API-nøkkel@api.einnsyn.no)`);
  return { organisasjon, baseUrl: `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`, apiKey };
}
