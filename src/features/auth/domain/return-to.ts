/**
 * Where to send the browser after login: only a path on our own origin.
 * The value is parsed the way a browser will parse it (WHATWG URL against
 * our origin), not pattern-matched: `/\evil.example` is `//evil.example` to a
 * browser, and a path that still begins with `//` would be read as another
 * host when put in a Location header. Anything else becomes `/`.
 */
export function sameOriginPath(value: string | undefined, origin: string): string {
  if (!value) return '/';
  const base = new URL(origin);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  if (url.origin !== base.origin) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
