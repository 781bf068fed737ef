import type { FastifyInstance, FastifyRequest } from 'fastify';
import { linksOf, type Links } from './links.js';
import { noark5Request, sendObject, type Noark5Request } from './protocol.js';

/*
 * tg-06 «Opprette objekter», once for every `ny-<objekt>` link: GET answers
 * a template (the defaults the use case would apply, `self` the link
 * itself), POST creates through the use case and answers 201 with the
 * object, its Location and its ETag.
 */

/** The link's own URL, without a query, as the template's `self`. */
const selfOf = (r: Noark5Request) => `${r.url.origin}${r.url.pathname}`;

export function newObjectRoutes<T extends { _links: Links }>(
  app: FastifyInstance,
  path: string,
  handlers: {
    template: (r: Noark5Request) => Promise<Record<string, unknown>>;
    create: (r: Noark5Request, request: FastifyRequest) => Promise<T>;
  },
) {
  const hidden = { schema: { hide: true } };
  app.get(path, hidden, async (request, reply) => {
    const r = noark5Request(request);
    return sendObject(request, reply, { ...(await handlers.template(r)), _links: linksOf([['self', selfOf(r)]]) });
  });
  app.post(path, hidden, async (request, reply) => {
    const body = await handlers.create(noark5Request(request), request);
    reply.code(201).header('location', body._links.self!.href);
    return sendObject(request, reply, body);
  });
}
