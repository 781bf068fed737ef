import type { EinnsynKonto } from './einnsyn-settings.js';

/** The kinds of object Saksgang publishes, by their path in the API. */
export type EinnsynKind = 'arkiv' | 'arkivdel' | 'saksmappe' | 'journalpost';

/** eInnsyn did not take the request. `retryable`: a later try may succeed (5xx, 429, network); else our request was wrong. */
export class EinnsynError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface EinnsynClient {
  /** The object by its eInnsyn id or our systemId; undefined when eInnsyn has none. */
  get(kind: EinnsynKind, id: string): Promise<{ id: string } | undefined>;
  /** Creates under a parent (`/saksmappe/{id}/journalpost`) or at the top (`/arkiv`); the new object's eInnsyn id. */
  create(kind: EinnsynKind, body: object, parent?: { kind: EinnsynKind; id: string }): Promise<string>;
  update(kind: EinnsynKind, id: string, body: object): Promise<void>;
  /** False when there was nothing to delete. */
  remove(kind: EinnsynKind, id: string): Promise<boolean>;
}

const TIMEOUT_MS = 30_000;

/** A client of eInnsyn's REST API for one account: JSON in and out, the key in the `API-KEY` header. */
export function einnsynClient(konto: EinnsynKonto): EinnsynClient {
  const call = async (method: string, path: string, body?: object): Promise<Response | undefined> => {
    let res: Response;
    try {
      res = await fetch(`${konto.baseUrl}${path}`, {
        method,
        headers: { 'API-KEY': konto.apiKey, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new EinnsynError(`eInnsyn answered not (${(error as Error).message})`, undefined, true);
    }
    if (res.status === 404) return undefined;
    if (!res.ok) {
      const text = (await res.text().catch(() => '')).slice(0, 500);
      throw new EinnsynError(`eInnsyn ${method} ${path}: ${res.status} ${text}`, res.status, res.status >= 500 || res.status === 429);
    }
    return res;
  };
  const at = (kind: EinnsynKind, id: string) => `/${kind}/${encodeURIComponent(id)}`;
  return {
    async get(kind, id) {
      const res = await call('GET', at(kind, id));
      return res ? ((await res.json()) as { id: string }) : undefined;
    },
    async create(kind, body, parent) {
      const path = parent ? `${at(parent.kind, parent.id)}/${kind}` : `/${kind}`;
      const res = await call('POST', path, body);
      if (!res) throw new EinnsynError(`eInnsyn POST ${path}: the parent is not there`, 404, false);
      return ((await res.json()) as { id: string }).id;
    },
    async update(kind, id, body) {
      if (!(await call('PATCH', at(kind, id), body))) throw new EinnsynError(`eInnsyn PATCH ${kind} ${id}: not there`, 404, true);
    },
    async remove(kind, id) {
      return (await call('DELETE', at(kind, id))) !== undefined;
    },
  };
}
