import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
// ajv comes with Fastify; the published OpenAPI's schemas are JSON Schema (OpenAPI 3.0 dialect).
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

/** The published eInnsyn API (felleslosninger/einnsyn-api-spec), as saved beside NOTES.md. */
export const EINNSYN_SPEC = '/work/shared/ecosystem/einnsyn/einnsyn.openapi.yml';

type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Stored {
  id: string;
  systemId?: string;
  entity: string;
  parent?: string;
  body: Record<string, unknown>;
}

export interface TestEinnsyn {
  baseUrl: string;
  apiKey: string;
  /** The objects as stored now, by eInnsyn id (deleted ones are gone). */
  objects: Map<string, Stored>;
  /** Every request: method and path, in order. */
  requests: { method: string; url: string }[];
  /** Every request the spec refused (the client's bugs): must stay empty. */
  invalid: { method: string; url: string; errors: string[] }[];
  /** The journalpost stored under this systemId, if any. */
  journalpost(systemId: string): Stored | undefined;
  /** The next N requests answer this status (5xx: eInnsyn is down). */
  failNext(n: number, status?: number): void;
  close(): Promise<void>;
}

/**
 * OpenAPI's request rule: a property marked readOnly is not sent, so it is
 * not required in a request body (ajv knows no readOnly). Applied to a copy
 * of the whole document before its schemas are compiled.
 */
function forRequests(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forRequests);
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) out[k] = forRequests(v);
  const props = out.properties as Record<string, Schema> | undefined;
  if (Array.isArray(out.required) && props) {
    out.required = (out.required as string[]).filter((name) => props[name]?.readOnly !== true);
  }
  return out;
}

/** The object kind and id prefix of a create operation's path («/saksmappe/{id}/journalpost» → journalpost). */
const ENTITY_OF_PATH: Record<string, string> = {
  arkiv: 'Arkiv',
  arkivdel: 'Arkivdel',
  saksmappe: 'Saksmappe',
  journalpost: 'Journalpost',
};

/**
 * A local eInnsyn that implements the published OpenAPI for what an archive
 * publishes: it routes only the operations the document declares, checks
 * the API key, validates every JSON request body against the operation's
 * schema (readOnly fields not required, as OpenAPI says of requests), and
 * keeps the objects in memory. An object is found by its eInnsyn id or by
 * the publisher's `systemId` (the API takes either).
 */
export async function startTestEinnsyn(): Promise<TestEinnsyn> {
  const doc = forRequests(parseYaml(fs.readFileSync(EINNSYN_SPEC, 'utf8'))) as {
    paths: Record<string, Record<string, Operation>>;
    components: unknown;
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormatsModule as unknown as { default: (a: Ajv) => void }).default(ajv);
  // An eInnsyn id, or the publisher's own systemId in its place: any non-empty string.
  ajv.addFormat('id', /^\S+$/);
  ajv.addSchema({ components: doc.components }, 'einnsyn');
  const compiled = new Map<string, ValidateFunction>();
  const validator = (schema: Schema) => {
    const key = JSON.stringify(schema);
    let v = compiled.get(key);
    if (!v) {
      const ref = schema.$ref as string | undefined;
      v = ref ? ajv.getSchema(`einnsyn${ref}`)! : ajv.compile({ ...schema, $id: `inline-${compiled.size}` });
      compiled.set(key, v);
    }
    return v;
  };

  const apiKey = `secret_${randomUUID().replaceAll('-', '')}`;
  const objects = new Map<string, Stored>();
  const requests: TestEinnsyn['requests'] = [];
  const invalid: TestEinnsyn['invalid'] = [];
  const state = { failing: 0, failStatus: 503 };
  const find = (idOrSystemId: string) => objects.get(idOrSystemId) ?? [...objects.values()].find((o) => o.systemId === idOrSystemId);
  const present = (o: Stored) => ({ ...o.body, id: o.id, entity: o.entity, ...(o.systemId ? { systemId: o.systemId } : {}) });
  const problem = (reply: FastifyReply, status: number, message: string) => reply.code(status).send({ type: 'error', message });

  const app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });
  for (const [p, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      app.route({
        method: method.toUpperCase() as 'GET',
        url: p.replace(/\{(\w+)\}/g, ':$1'),
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          requests.push({ method: request.method, url: request.url });
          if (request.headers['api-key'] !== apiKey) return problem(reply, 401, 'Invalid API key');
          const errors: string[] = [];
          const schema = op.requestBody?.content['application/json']?.schema;
          if (op.requestBody && !schema) errors.push('the test server takes JSON bodies only');
          if (schema) {
            const v = validator(schema);
            if (!v(request.body)) errors.push(...(v.errors ?? []).map((e) => `body${e.instancePath} ${e.message ?? ''}`));
          }
          if (errors.length) {
            invalid.push({ method: request.method, url: request.url, errors });
            return problem(reply, 400, errors.join('; '));
          }
          if (state.failing > 0) {
            state.failing--;
            return problem(reply, state.failStatus, 'Service unavailable');
          }
          return handle(p, method, request, reply);
        },
      });
    }
  }

  function handle(p: string, method: string, request: FastifyRequest, reply: FastifyReply) {
    const segments = p.split('/').filter(Boolean);
    const id = (request.params as { id?: string }).id;
    const body = (request.body ?? {}) as Record<string, unknown>;
    // POST /<kind>: a new top-level object; POST /<parent>/{id}/<kind>: a new child.
    if (method === 'post') {
      const kind = segments.at(-1)!;
      const entity = ENTITY_OF_PATH[kind];
      if (!entity) return problem(reply, 501, `${p} is not implemented by the test server`);
      const parent = id ? find(id) : undefined;
      if (id && !parent) return problem(reply, 404, `${id} not found`);
      const systemId = body.systemId as string | undefined;
      if (systemId && find(systemId)) return problem(reply, 409, `systemId ${systemId} is taken`);
      const stored: Stored = { id: `${kind}_${randomUUID()}`, entity, body, ...(systemId ? { systemId } : {}) };
      if (parent) stored.parent = parent.id;
      objects.set(stored.id, stored);
      return reply.code(201).send(present(stored));
    }
    if (segments.length !== 2 || !id) return problem(reply, 501, `${method.toUpperCase()} ${p} is not implemented by the test server`);
    const found = find(id);
    if (!found || found.entity !== ENTITY_OF_PATH[segments[0]!]) return problem(reply, 404, `${id} not found`);
    if (method === 'get') return reply.send(present(found));
    if (method === 'patch') {
      found.body = { ...found.body, ...body };
      return reply.send(present(found));
    }
    if (method === 'delete') {
      objects.delete(found.id);
      return reply.send({ ...present(found), deleted: true });
    }
    return problem(reply, 501, `${method.toUpperCase()} ${p} is not implemented by the test server`);
  }

  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey,
    objects,
    requests,
    invalid,
    journalpost: (systemId) => [...objects.values()].find((o) => o.entity === 'Journalpost' && o.systemId === systemId),
    failNext(n, status = 503) {
      state.failing = n;
      state.failStatus = status;
    },
    close: () => app.close(),
  };
}
