import { ApiError, type ProblemBody } from '../../api/errors';

export interface UploadProgress {
  loaded: number;
  total: number;
}

interface Options {
  url: string;
  form: FormData;
  csrfToken: string;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/**
 * fetch() cannot report upload progress; XMLHttpRequest can. Same contract as
 * the api() wrapper: the CSRF header, same-origin cookies, problem+json errors.
 */
export function uploadWithProgress<T>({ url, form, csrfToken, onProgress, signal }: Options): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiError(xhr.status, typeof body === 'object' && body !== null ? (body as Partial<ProblemBody>) : {}));
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'NETWORK_ERROR' }));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
