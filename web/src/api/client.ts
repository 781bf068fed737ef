import { ApiError, type ProblemBody } from './errors';

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {};

/** Every session body carries the token that non-GET requests must echo. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request meets 401: the session has ended or expired. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Let the caller handle 401 itself (the session probe and the login form). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, { code: 'NETWORK_ERROR' });
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const problem = await readProblem(response);
  if (response.status === 401 && !options.allowUnauthorized) onUnauthorized();
  throw new ApiError(response.status, problem);
}

async function readProblem(response: Response): Promise<Partial<ProblemBody>> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as Partial<ProblemBody>) : {};
  } catch {
    return {};
  }
}
