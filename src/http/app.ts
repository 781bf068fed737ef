import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/open-database.js';
import type { DemoStatus } from '../features/health/demo-status.js';
import { DomainError } from '../shared/errors.js';
import { configurePasswordHashing } from '../features/auth/password.js';
import { registerAuthHook } from './auth-hook.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerUnstorableTextGuard } from './unstorable-text.js';
import { fastifyTrustProxy } from './trust-proxy.js';
import { preferredLanguage, problemFrom, sendProblem, toDomainError } from './problem.js';
import { featureRoutes } from './routes.js';
import { noark5Routes } from '../features/noark5-api/noark5-routes.js';
import { NOARK5_BASE, sendNoResource } from '../features/noark5-api/protocol/protocol.js';

export interface AppDeps {
  db: DatabaseHandle['db'];
  engine: DatabaseHandle['engine'];
  config: Config;
  /** Set by the server while the demo archive loads in the background; absent means no demo loading. */
  demoStatus?: DemoStatus;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export const JSON_BODY_LIMIT = 1024 * 1024;
const webDist = path.resolve(import.meta.dirname, '../../web/dist');

export async function buildApp(deps: AppDeps, logger: Logger | false): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger || undefined,
    // One line per request (below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: JSON_BODY_LIMIT,
    // Off unless TRUST_PROXY names the proxies: otherwise X-Forwarded-For is the client's choice.
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    // Errors raised before routing (a malformed URL) get the same problem document.
    frameworkErrors: (error, request, reply) => {
      sendProblem(reply, request, toDomainError(error) ?? badRequest(error.message));
    },
    // A request Node cannot even parse (e.g. raw non-ASCII in the URL).
    clientErrorHandler: (_error, socket) => {
      const body = JSON.stringify(problemFrom('VALIDATION_FAILED', 400, BAD_REQUEST_TEXT, [], 'nb'));
      const head = `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
      if (socket.writable) socket.end(head + body);
    },
  }) as unknown as FastifyInstance;
  app.decorate('deps', deps);
  configurePasswordHashing(deps.config.passwordHashing);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  logRequests(app);
  registerUnstorableTextGuard(app);

  await registerSecurityHeaders(app, deps.config.publicUrl);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Saksgang API', version: '0.1.0', description: 'App API for Saksgang (Noark 5 sak/arkiv).' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'saksgang_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerAuthHook(app);

  await app.register(featureRoutes, { prefix: '/api' });
  await app.register(noark5Routes, { prefix: NOARK5_BASE });
  await registerWebUi(app);
  return app;
}

/** One line per answered API request; the UI's static files only at `debug`, so loading a page does not flood the log. */
function logRequests(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const api = request.url.startsWith('/api/');
    const level = reply.statusCode >= 500 ? 'error' : api ? 'info' : 'debug';
    request.log[level]({ status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, `${request.method} ${request.url.split('?')[0]!}`);
  });
}

const BAD_REQUEST_TEXT = {
  nb: 'Forespørselen kunne ikke leses (ugyldig adresse eller format). Tegn som æ, ø og å må URL-kodes.',
  en: 'The request could not be read (invalid address or format). Characters such as æ, ø and å must be URL-encoded.',
};

function badRequest(detail: string): DomainError {
  return new DomainError('VALIDATION_FAILED', { nb: `${BAD_REQUEST_TEXT.nb} (${detail})`, en: `${BAD_REQUEST_TEXT.en} (${detail})` });
}

function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const domain = toDomainError(error);
    if (domain) return sendProblem(reply, request, domain);
    request.log.error({ err: error }, 'unexpected error');
    const body = problemFrom(
      'INTERNAL',
      500,
      {
        nb: 'Noe gikk galt hos oss. Feilen er logget; prøv igjen senere.',
        en: 'Something went wrong on our side. The error is logged; try again later.',
      },
      [],
      preferredLanguage(request),
    );
    return reply.code(500).type('application/problem+json').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith(NOARK5_BASE)) return sendNoResource(request, reply);
    if (request.url.startsWith('/api/') || !fs.existsSync(path.join(webDist, 'index.html'))) {
      return sendProblem(
        reply,
        request,
        new DomainError('NOT_FOUND', {
          nb: `Fant ingen side eller tjeneste på ${request.method} ${request.url.split('?')[0]}.`,
          en: `No page or endpoint at ${request.method} ${request.url.split('?')[0]}.`,
        }),
      );
    }
    // The single-page app routes in the browser.
    return reply.type('text/html').sendFile('index.html');
  });
}

async function registerWebUi(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(webDist)) return;
  // wildcard: files are looked up per request, so a rebuilt UI is served without a restart.
  await app.register(fastifyStatic, { root: webDist, wildcard: true, index: 'index.html' });
}
