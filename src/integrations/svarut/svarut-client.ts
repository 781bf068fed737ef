import type { SvarUtKonto } from './svarut-settings.js';

/** The part of SvarUt's «Forsendelse» (REST v2, `forsendelse-send-api-v2.json`) Saksgang fills in. */
export interface Forsendelse {
  tittel: string;
  mottaker: {
    navn: string;
    /** National id number or organisation number: needed for digital delivery. */
    digitalId?: string | undefined;
    adresselinje1?: string | undefined;
    postnummer?: string | undefined;
    poststed?: string | undefined;
    land?: string | undefined;
  };
  avgivendeSystem: string;
  avgivendeSystemAktor?: string | undefined;
  kunDigitalLevering: boolean;
  /** Ours, unique per recipient of a record: lets a resumed job find what an interrupted one sent. */
  eksternReferanse: string;
  metadataFraAvleverendeSystem?: {
    saksaar?: number;
    sakssekvensnummer?: number;
    journalaar?: number;
    journalsekvensnummer?: number;
    journalpostnummer?: number;
    journalposttype?: string;
    journalstatus?: string;
    journaldato?: string;
    tittel?: string;
    saksbehandler?: string;
  };
  dokumenter: { filnavn: string; mimeType: string; skalEkskluderesFraUtskrift?: boolean }[];
}

export interface SvarUtFil {
  filnavn: string;
  mimeType: string;
  innhold: Uint8Array<ArrayBuffer>;
}

/** SvarUt did not take the request. `retryable`: a later try may succeed (5xx, 429, network); else our request was wrong. */
export class SvarUtError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface SvarUtClient {
  /** Sends one forsendelse with its files (multipart: the `forsendelse` JSON first, then the files in the same order); its id. */
  send(forsendelse: Forsendelse, filer: readonly SvarUtFil[]): Promise<string>;
  /** The ids of what the account has sent under our reference (empty: nothing). */
  findByEksternRef(eksternRef: string): Promise<string[]>;
  /** The latest status of each forsendelse (MOTTATT, AKSEPTERT, … IKKE_LEVERT). */
  statuses(ids: readonly string[]): Promise<{ id: string; status: string; sisteStatusEndring: string }[]>;
}

export interface SvarUtClientOptions {
  konto: SvarUtKonto;
  /** The Maskinporten access token, fetched per request (undefined: no Authorization header). */
  token?: () => Promise<string | undefined>;
  timeoutMs?: number;
}

/** Characters SvarUt refuses in a file name («Kan ikke inneholde * : " \ / < > | ?»). */
const BAD_FILENAME = /[*:"\\/<>|?]/g;

/** A file name SvarUt takes, unique within one forsendelse (a second «brev.pdf» becomes «brev (2).pdf»). */
export function svarUtFilnavn(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const clean = (raw.replace(BAD_FILENAME, '_').trim() || 'dokument').slice(0, 200);
    let name = clean;
    for (let n = 2; seen.has(name.toLowerCase()); n++) {
      const dot = clean.lastIndexOf('.');
      name = dot > 0 ? `${clean.slice(0, dot)} (${n})${clean.slice(dot)}` : `${clean} (${n})`;
    }
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * The SvarUt REST v2 client (the version KS recommends: SOAP and REST v1 are
 * shut down during 2026, v3 is still being developed). Every request carries
 * the Fiks integration's `IntegrasjonId`/`IntegrasjonPassord` and, when
 * configured, the Maskinporten bearer token.
 */
export function createSvarUtClient(options: SvarUtClientOptions): SvarUtClient {
  const { konto } = options;
  const kontoUrl = `${konto.baseUrl}/v2/kontoer/${konto.kontoId}`;

  async function call(url: string, init: RequestInit): Promise<unknown> {
    const token = await options.token?.();
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          accept: 'application/json',
          IntegrasjonId: konto.integrasjonId,
          IntegrasjonPassord: konto.integrasjonPassord,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      throw new SvarUtError(`SvarUt did not answer: ${error instanceof Error ? error.message : String(error)}`, undefined, true);
    }
    const text = await response.text();
    if (!response.ok) {
      const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
      throw new SvarUtError(`SvarUt answered ${response.status}: ${errorMessage(text)}`, response.status, retryable);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new SvarUtError(`SvarUt answered ${response.status} with something that is not JSON`, response.status, true);
    }
  }

  return {
    async send(forsendelse, filer) {
      const form = new FormData();
      form.append('forsendelse', new Blob([JSON.stringify(forsendelse)], { type: 'application/json' }));
      filer.forEach((f, i) => form.append(`filer_${i}`, new Blob([f.innhold], { type: f.mimeType }), f.filnavn));
      const body = await call(`${kontoUrl}/forsendelser`, { method: 'POST', body: form });
      const id = (body as { id?: unknown }).id;
      if (typeof id !== 'string') throw new SvarUtError('SvarUt answered without a forsendelse id', 200, true);
      return id;
    },
    async findByEksternRef(eksternRef) {
      const body = await call(`${kontoUrl}/forsendelser?eksternRef=${encodeURIComponent(eksternRef)}`, { method: 'GET' });
      const ids = (body as { forsendelseIds?: unknown }).forsendelseIds;
      return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
    },
    async statuses(ids) {
      const body = await call(`${kontoUrl}/forsendelser/status-sok`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ forsendelseIds: ids }),
      });
      return (body as { statuser?: { id: string; status: string; sisteStatusEndring: string }[] }).statuser ?? [];
    },
  };
}

/** SvarUt's ErrorMessage's `message` (or the start of whatever came back). */
function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    if (typeof body.message === 'string') return body.message;
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: show its start
  }
  return text.slice(0, 200) || '(no body)';
}
