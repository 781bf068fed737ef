import type { FastifyRequest } from 'fastify';
import { etagOf, tagMatches } from './etag.js';
import { ProtocolError } from './errors.js';

/*
 * Optimistic concurrency, once for every changing route (tg-06
 * «Oppdatere objekter», «Slette objekter»): the client sends the ETag it
 * read the object with in `If-Match`; none is 428, a stale one 412. The tag
 * is the one sendObject gave the same reader for the same body, so the check
 * compares like with like.
 */
export function checkIfMatch(request: FastifyRequest, current: unknown): void {
  const ifMatch = request.headers['if-match'];
  const verb = request.method;
  if (!ifMatch) {
    throw new ProtocolError(428, {
      nb: `${verb} krever If-Match med objektets ETag.`,
      en: `${verb} requires If-Match with the object’s ETag.`,
    });
  }
  if (!tagMatches(ifMatch, etagOf(current))) {
    throw new ProtocolError(412, {
      nb: 'Objektet er endret siden du hentet det (ETag stemmer ikke). Hent det på nytt.',
      en: 'The object has changed since you fetched it (ETag does not match). Fetch it again.',
    });
  }
}

/**
 * A reader shown the public form of an object would write that form back
 * over what it hides: refused before the use case is asked.
 */
export function checkSeenInFull(full: boolean): void {
  if (full) return;
  throw new ProtocolError(
    403,
    {
      nb: 'Du ser ikke objektet i sin helhet og kan ikke endre det her.',
      en: 'You do not see the object in full and cannot change it here.',
    },
    'ACCESS_DENIED',
  );
}

/** Of a PUT's whole object, only what differs from the stored one is passed on (so only that is changed and logged). */
export const changed = <T>(next: T, now: unknown): T | undefined => (next === undefined || next === now ? undefined : next);
