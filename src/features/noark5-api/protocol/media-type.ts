/** The tjenestegrensesnitt's media type; plain JSON is accepted from clients as well. */
export const NOARK5_JSON = 'application/vnd.noark5+json';

const ACCEPTABLE = [NOARK5_JSON, 'application/json', 'application/*', '*/*'];

/** Does an Accept header allow a Noark 5 JSON answer? No header means anything goes. */
export function acceptsNoark5(accept: string | undefined): boolean {
  if (!accept || accept.trim() === '') return true;
  return accept
    .split(',')
    .map((part) => part.split(';')[0]!.trim().toLowerCase())
    .some((type) => ACCEPTABLE.includes(type));
}
