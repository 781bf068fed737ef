import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ctxOf } from '../../../http/request-context.js';
import type { Ctx } from '../../../shared/context.js';
import { bindFilter, bindOrderBy, type BoundFilter, type BoundOrder, type QueryField } from '../odata/bind-filter.js';
import { matchesFilter, orderBodies } from '../odata/evaluate-filter.js';
import { parseQueryOptions } from '../odata/query-options.js';
import { checkIfMatch, checkSeenInFull } from './concurrency.js';
import { etagOf, tagMatches } from './etag.js';
import { ProtocolError, sendFeil } from './errors.js';
import { listBody, type ListBody } from './list-body.js';
import type { LinkEntry, Links } from './links.js';
import { acceptsNoark5, NOARK5_JSON } from './media-type.js';

/** Where the API lives; hrefs are absolute from the configured public URL. */
export const NOARK5_BASE = '/noark5/v5';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match',
  'access-control-expose-headers': 'ETag, Location, WWW-Authenticate, Retry-After, Saksgang-Feilkode',
  'access-control-max-age': '600',
};

/** A request's context plus what every resource needs: where hrefs start, the request's own URL. */
export interface Noark5Request {
  ctx: Ctx;
  /** `https://host/noark5/v5/`: hrefs are built on it. */
  base: string;
  /** The URL as asked, for `self` and `next`. */
  url: URL;
  query: Record<string, string | undefined>;
  /** The path's id, checked to be a systemID (a UUID): anything else is simply not found. */
  id(): string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The href of a resource under the base: `href(r, 'arkivstruktur/arkiv', id, 'arkivdel')` → …/arkivstruktur/arkiv/<id>/arkivdel/. */
export function href(r: Pick<Noark5Request, 'base'>, ...parts: (string | null | undefined)[]): string {
  return `${r.base}${parts.filter(Boolean).join('/')}/`;
}

export function baseOf(request: FastifyRequest): string {
  return `${request.server.deps.config.publicUrl.replace(/\/$/, '')}${NOARK5_BASE}/`;
}

export function noark5Request(request: FastifyRequest): Noark5Request {
  const base = baseOf(request);
  return {
    ctx: ctxOf(request),
    base,
    url: new URL(request.url, base),
    query: request.query as Record<string, string | undefined>,
    id() {
      const id = (request.params as { id?: string }).id ?? '';
      if (!UUID.test(id))
        throw new ProtocolError(404, { nb: `Fant ikke ${id}: ikke en systemID.`, en: `${id} not found: not a systemID.` });
      return id.toLowerCase();
    },
  };
}

/** An object answered with its ETag; a client that already holds that version gets 304. */
export function sendObject<T extends { _links: Links }>(request: FastifyRequest, reply: FastifyReply, body: T) {
  const etag = etagOf(body);
  reply.header('etag', etag).header('cache-control', 'private, no-cache');
  if (tagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type(NOARK5_JSON).send(body);
}

export function sendList(reply: FastifyReply, body: ListBody<unknown>) {
  return reply.header('cache-control', 'private, no-store').type(NOARK5_JSON).send(body);
}

/** A list's OData query checked against its fields (400 for anything that does not fit). */
export function listQuery(query: Record<string, string | undefined>, fields: readonly QueryField[]) {
  const options = parseQueryOptions(query);
  const where: BoundFilter | undefined = options.filter ? bindFilter(options.filter, fields) : undefined;
  const orderBy: BoundOrder[] = bindOrderBy(options.orderBy, fields);
  return { where, orderBy, top: options.top, skip: options.skip };
}

/**
 * A small list read whole (the archive structure, a code list) as a Noark 5
 * list: filtered and ordered on the bodies as the reader is shown them, then
 * windowed. Only for lists that are capped where they are read.
 */
export function wholeList<T>(r: Noark5Request, bodies: readonly T[], fields: readonly QueryField[], links: readonly LinkEntry[] = []) {
  const q = listQuery(r.query, fields);
  const matching = orderBodies(q.where ? bodies.filter((b) => matchesFilter(q.where!, b)) : bodies, q.orderBy);
  return listBody(matching.slice(q.skip, q.skip + q.top), matching.length, r.url, q, links);
}

/** A sub-list read a page at a time, not filterable: $filter and $orderby are refused with 400, not ignored. */
export function pageWindow(query: Record<string, string | undefined>) {
  if (query.$filter !== undefined || query.$orderby !== undefined) {
    throw new ProtocolError(400, {
      nb: 'Denne listen støtter bare $top og $skip (se lenkens mal).',
      en: 'This list supports $top and $skip only (see the link template).',
    });
  }
  const { top, skip } = parseQueryOptions(query);
  return { top, skip };
}

/**
 * A sub-list whose use case reads whole pages (a case's records, a record's
 * parties, …): the page holding `$skip` at `$top` a page, and how to cut the
 * asked window out of it.
 */
export function pageOfPages(query: Record<string, string | undefined>) {
  const { top, skip } = pageWindow(query);
  const side = Math.floor(skip / top) + 1;
  return { top, skip, side, cut: <T>(items: readonly T[]) => items.slice(skip - (side - 1) * top) };
}

/**
 * The protocol around every Noark 5 route, once (tg-06): CORS with a
 * preflight answer on every path, the media type in and out (406 for an
 * Accept that excludes it), the specification's error body, and 404 in the
 * same form. Routes opt out of the Accept check with `config.anyAccept`
 * (a file download answers in the file's own type).
 */
export function registerProtocol(app: FastifyInstance): void {
  app.addContentTypeParser(NOARK5_JSON, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch {
      done(new ProtocolError(400, { nb: 'Innholdet er ikke gyldig JSON.', en: 'The body is not valid JSON.' }), undefined);
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(CORS);
    const config = request.routeOptions.config as { anyAccept?: boolean } | undefined;
    if (request.method !== 'OPTIONS' && !config?.anyAccept && !acceptsNoark5(request.headers.accept)) {
      throw new ProtocolError(406, {
        nb: `Svarene er ${NOARK5_JSON}; Accept må tillate det.`,
        en: `Answers are ${NOARK5_JSON}; Accept must allow it.`,
      });
    }
  });
  app.options('/*', { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());
  // An error may come before this plugin's hooks ran (a refused login in the auth hook): CORS headers here too.
  app.setErrorHandler((error, request, reply) => sendFeil(reply.headers(CORS), request, error));
  app.setNotFoundHandler(sendNoResource);
}

/**
 * The specification's 404 for a path under the base that names no resource.
 * Also called by the app's own not-found handler: the web UI's static files
 * claim every GET the routes do not, and its fallback must not answer a
 * Noark 5 client with the single-page app's HTML.
 */
export function sendNoResource(request: FastifyRequest, reply: FastifyReply) {
  return sendFeil(
    reply.headers(CORS),
    request,
    new ProtocolError(404, {
      nb: `Ingen ressurs på ${request.method} ${request.url.split('?')[0]}.`,
      en: `No resource at ${request.method} ${request.url.split('?')[0]}.`,
    }),
  );
}

/** A GET route answering one object (with its ETag). Hidden from the app API's OpenAPI document. */
export function getObject(app: FastifyInstance, path: string, load: (r: Noark5Request) => Promise<{ _links: Links }>) {
  app.get(path, { schema: { hide: true } }, async (request, reply) => sendObject(request, reply, await load(noark5Request(request))));
}

/** A GET route answering a list. */
export function getList(app: FastifyInstance, path: string, load: (r: Noark5Request) => Promise<ListBody<unknown>>) {
  app.get(path, { schema: { hide: true } }, async (request, reply) => sendList(reply, await load(noark5Request(request))));
}

/** An object as the reader is shown it, and whether in full: what a changing route starts from. */
export interface Current<T extends { _links: Links }> {
  body: T;
  full: boolean;
}

/**
 * A PUT route (tg-06 «Oppdatere objekter»): the whole object back with the
 * ETag it was read with. The current object is read as the caller sees it,
 * If-Match checked against it (428/412), a caller shown only the public form
 * refused, then `write` gets the current object as the client saw it (JSON)
 * and calls the use case; the answer is the object as it now is.
 */
export function putObject<T extends { _links: Links }>(
  app: FastifyInstance,
  path: string,
  read: (r: Noark5Request) => Promise<Current<T>>,
  write: (r: Noark5Request, request: FastifyRequest, seen: T) => Promise<void>,
) {
  app.put(path, { schema: { hide: true } }, async (request, reply) => {
    const r = noark5Request(request);
    const current = await read(r);
    checkIfMatch(request, current.body);
    checkSeenInFull(current.full);
    await write(r, request, JSON.parse(JSON.stringify(current.body)) as T);
    return sendObject(request, reply, (await read(r)).body);
  });
}
