import type { FastifyInstance } from 'fastify';
import { fileSettings } from '../../../files/file-settings.js';
import { requireAuth } from '../../../http/request-context.js';
import { notFound } from '../../../shared/errors.js';
import { LIST_TEMPLATE, linksOf, rel, type LinkEntry } from '../protocol/links.js';
import { baseOf, getList, getObject, href, noark5Request, sendObject, wholeList, type Noark5Request } from '../protocol/protocol.js';
import { discoveryUrl, LOGIN_OIDC } from './login.js';
import { KODE_FIELDS, METADATA_LISTS, presentKode } from './metadata.js';

/*
 * The entry point and the packages (tg-06 «Oppkobling og ressurslenker»):
 * the root names the packages the caller may use; each package names its
 * resources as templated links. An anonymous caller is told only how to log
 * in; every other route answers 401 with WWW-Authenticate.
 */

/**
 * The reference text of the specification in this repository does not name
 * login relations; these follow its pattern, one per way in: HTTP Basic
 * (RFC 7617) on any request, a bearer API token (RFC 6750) made in the app,
 * or a bearer token from the token endpoint that OpenID Connect discovery
 * names (login.ts).
 */
export const LOGIN_BASIC = rel('login/rfc7617');
export const LOGIN_TOKEN = rel('login/rfc6750');

const templated = (r: Noark5Request, ...parts: string[]): LinkEntry => [rel(parts.join('/')), `${href(r, ...parts)}${LIST_TEMPLATE}`, true];

export async function rootRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const base = baseOf(request);
    if (!request.auth) {
      const publicUrl = request.server.deps.config.publicUrl.replace(/\/$/, '');
      return sendObject(request, reply, {
        _links: linksOf([
          ['self', base],
          [LOGIN_BASIC, base],
          [LOGIN_TOKEN, `${publicUrl}/api/api-tokens`],
          [LOGIN_OIDC, discoveryUrl(request)],
        ]),
      });
    }
    const hasRole = requireAuth(request).role !== null;
    const r = { base };
    return sendObject(request, reply, {
      _links: linksOf([
        ['self', base],
        hasRole && [rel('arkivstruktur'), href(r, 'arkivstruktur')],
        hasRole && [rel('sakarkiv'), href(r, 'sakarkiv')],
        hasRole && [rel('metadata'), href(r, 'metadata')],
        [rel('admin/system'), href(r, 'admin', 'system')],
      ]),
    });
  });

  getObject(app, '/arkivstruktur/', async (r) => ({
    _links: linksOf([
      ['self', href(r, 'arkivstruktur')],
      templated(r, 'arkivstruktur', 'arkiv'),
      templated(r, 'arkivstruktur', 'arkivdel'),
      templated(r, 'arkivstruktur', 'klassifikasjonssystem'),
      templated(r, 'arkivstruktur', 'mappe'),
    ]),
  }));

  getObject(app, '/sakarkiv/', async (r) => ({
    _links: linksOf([['self', href(r, 'sakarkiv')], templated(r, 'sakarkiv', 'saksmappe')]),
  }));

  getObject(app, '/metadata/', async (r) => ({
    _links: linksOf([['self', href(r, 'metadata')], ...Object.keys(METADATA_LISTS).map((navn) => templated(r, 'metadata', navn))]),
  }));

  getList(app, '/metadata/:kodeliste/', async (r) => {
    const navn = (r.url.pathname.split('/').at(-2) ?? '').toString();
    const list = METADATA_LISTS[navn];
    if (!list) throw notFound({ nb: 'kodelisten', en: 'code list' }, navn);
    return wholeList(r, list.map(presentKode), KODE_FIELDS, [[rel(`metadata/${navn}`), href(r, 'metadata', navn)]]);
  });

  // System information (tg-06 «Systeminformasjon»): for logged-in callers only, as the specification advises.
  app.get('/admin/system/', { schema: { hide: true } }, async (request, reply) => {
    requireAuth(request);
    const r = noark5Request(request);
    const maxUpload = fileSettings(request.server.deps.config).maxUploadBytes;
    return sendObject(request, reply, {
      leverandoer: 'Saksgang',
      produkt: 'Saksgang',
      versjon: '0.1.0',
      versjonsdato: '2026-12-02',
      protokollversjon: '1.1',
      bulkgrense: maxUpload,
      _links: linksOf([
        ['self', href(r, 'admin', 'system')],
        [rel('admin/system'), href(r, 'admin', 'system')],
      ]),
    });
  });
}
