import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
// ajv comes with Fastify; the published OpenAPI's schemas are JSON Schema (OpenAPI 3.0 dialect).
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The published SvarUt REST v2 OpenAPI documents (ks-no/fiks-svarut-klient), as saved beside NOTES.md. */
export const SVARUT_SPEC_DIR = '/work/shared/ecosystem/fiks/svarut-openapi';

interface Operation {
  file: string;
  operationId: string;
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}

/** What the server received and took: a forsendelse with its files. */
export interface ReceivedForsendelse {
  id: string;
  kontoId: string;
  forsendelse: Record<string, unknown> & {
    tittel: string;
    eksternReferanse?: string;
    dokumenter?: { filnavn: string; mimeType: string }[];
  };
  filer: { felt: string; filnavn: string; mimeType: string; innhold: Buffer }[];
  headers: Record<string, string | string[] | undefined>;
}

export interface TestSvarUt {
  /** Base URL as configured (`…/api`), and the account's URL for SVARUT_<KORTNAVN>. */
  baseUrl: string;
  kontoUrl: string;
  kontoId: string;
  integrasjonId: string;
  integrasjonPassord: string;
  received: ReceivedForsendelse[];
  /** Every request the spec refused (the client's bugs): must stay empty. */
  invalid: { method: string; url: string; errors: string[] }[];
  /** The next N requests answer this status (5xx: SvarUt is down). */
  failNext(n: number, status?: number): void;
  /** The next send is taken (stored) but the answer is lost: the connection is cut before it. */
  loseNextAnswer(): void;
  close(): Promise<void>;
}

/**
 * A local SvarUt that implements the published OpenAPI: it loads the JSON
 * documents, routes only the operations they declare, validates every
 * request's path and query parameters, JSON body and (for sending, whose
 * multipart «is not described in the spec» — RESTV2.md) the `forsendelse`
 * part against the `Forsendelse` schema and the files against its
 * `dokumenter`, checks the integration's credentials, and answers with
 * bodies that are themselves checked against the response schemas.
 */
export async function startTestSvarUt(): Promise<TestSvarUt> {
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormatsModule as unknown as { default: (a: Ajv) => void }).default(ajv);
  const ops: Operation[] = [];
  for (const file of fs.readdirSync(SVARUT_SPEC_DIR).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(fs.readFileSync(path.join(SVARUT_SPEC_DIR, file), 'utf8')) as {
      paths: Record<string, Record<string, Omit<Operation, 'file' | 'method' | 'path'>>>;
    };
    ajv.addSchema(doc, file);
    for (const [p, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) ops.push({ ...op, file, method: method.toUpperCase(), path: p });
    }
  }
  const compiled = new Map<string, ValidateFunction>();
  /** A schema of a document by JSON pointer, refs resolved within that document. */
  const validator = (file: string, schema: object): ValidateFunction => {
    const key = `${file}:${JSON.stringify(schema)}`;
    let v = compiled.get(key);
    if (!v) {
      const ref = (schema as { $ref?: string }).$ref;
      v = ref ? ajv.getSchema(`${file}${ref}`)! : ajv.compile({ ...schema, $id: `inline-${compiled.size}` });
      compiled.set(key, v);
    }
    return v;
  };
  const errorsOf = (v: ValidateFunction, where: string) => (v.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? ''}`);

  const kontoId = randomUUID();
  const state = {
    integrasjonId: randomUUID(),
    integrasjonPassord: 'hemmelig-passord',
    received: [] as ReceivedForsendelse[],
    invalid: [] as TestSvarUt['invalid'],
    failing: 0,
    failStatus: 503,
    loseAnswer: false,
  };
  const sendSchema = validator('forsendelse-send-api-v2.json', { $ref: '#/components/schemas/Forsendelse' });

  const app = Fastify({ logger: false, bodyLimit: 50 * 1024 * 1024 });
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 100 } });
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  const problem = (reply: FastifyReply, request: FastifyRequest, status: number, message: string) =>
    reply.code(status).send({
      timestamp: Date.now(),
      status,
      error: status >= 500 ? 'Server Error' : 'Bad Request',
      errorId: randomUUID(),
      path: request.url,
      message,
    });

  /** Sends a body after checking it against the operation's response schema (the server's own honesty). */
  const answer = (reply: FastifyReply, op: Operation, body: unknown) => {
    const schema = op.responses['200']?.content?.['application/json']?.schema;
    if (schema) {
      const v = validator(op.file, schema);
      if (!v(body)) throw new Error(`test SvarUt answers against its spec: ${errorsOf(v, 'response').join('; ')}`);
    }
    return reply.code(200).send(body);
  };

  // The published servers live under /api (https://svarut.ks.no/api).
  await app.register(
    async (api) => {
      for (const op of ops) {
        const url = op.path.replace(/\{(\w+)\}/g, ':$1');
        api.route({
          method: op.method as 'GET' | 'POST' | 'DELETE',
          url,
          handler: async (request, reply) => {
            const errors: string[] = [];
            const params = request.params as Record<string, string>;
            const query = request.query as Record<string, string>;
            for (const p of op.parameters ?? []) {
              const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? query[p.name] : undefined;
              if (value === undefined) {
                if (p.required) errors.push(`${p.in} parameter ${p.name} is required`);
                continue;
              }
              const v = validator(op.file, p.schema);
              if (!v(value)) errors.push(...errorsOf(v, `${p.in} parameter ${p.name}`));
            }
            if (request.headers.integrasjonid !== state.integrasjonId || request.headers.integrasjonpassord !== state.integrasjonPassord) {
              return problem(reply, request, 401, 'Ugyldig IntegrasjonId eller IntegrasjonPassord');
            }
            let forsendelse: ReceivedForsendelse['forsendelse'] | undefined;
            const filer: ReceivedForsendelse['filer'] = [];
            if (op.requestBody) {
              const [, media] = Object.entries(op.requestBody.content)[0]!;
              let body: unknown = request.body;
              if (typeof body === 'string') {
                try {
                  body = JSON.parse(body);
                } catch {
                  errors.push('the body is not JSON');
                  body = undefined;
                }
              }
              const v = validator(op.file, media.schema);
              if (body !== undefined && !v(body)) errors.push(...errorsOf(v, 'body'));
            } else if (op.method === 'POST' && op.file === 'forsendelse-send-api-v2.json') {
              // The multipart the spec leaves out (RESTV2.md): `forsendelse` first, then the files in the metadata's order.
              if (!request.isMultipart()) errors.push('sending needs multipart/form-data');
              else {
                for await (const part of request.parts()) {
                  if (part.type === 'field') {
                    if (part.fieldname !== 'forsendelse' || forsendelse || filer.length) errors.push(`unexpected field ${part.fieldname}`);
                    else forsendelse = parseJson(String(part.value), errors);
                  } else if (part.fieldname === 'forsendelse' && !forsendelse && !filer.length) {
                    forsendelse = parseJson((await part.toBuffer()).toString('utf8'), errors);
                  } else {
                    if (!forsendelse) errors.push('the forsendelse part must come first');
                    filer.push({ felt: part.fieldname, filnavn: part.filename, mimeType: part.mimetype, innhold: await part.toBuffer() });
                  }
                }
                if (!forsendelse) errors.push('the forsendelse part is missing');
                else if (!sendSchema(forsendelse)) errors.push(...errorsOf(sendSchema, 'forsendelse'));
                else errors.push(...documentRules(forsendelse, filer));
              }
            }
            if (errors.length) {
              state.invalid.push({ method: op.method, url: request.url, errors });
              return problem(reply, request, 400, errors.join('; '));
            }
            if (state.failing > 0) {
              state.failing--;
              return problem(reply, request, state.failStatus, 'Tjenesten er midlertidig utilgjengelig');
            }
            switch (op.operationId) {
              case 'send': {
                const id = randomUUID();
                state.received.push({ id, kontoId: params.kontoId!, forsendelse: forsendelse!, filer, headers: request.headers });
                if (state.loseAnswer) {
                  state.loseAnswer = false;
                  request.raw.socket.destroy();
                  return reply;
                }
                return answer(reply, op, { id });
              }
              case 'finnForsendelserKnyttetTilEksternRef':
                return answer(reply, op, {
                  forsendelseIds: state.received
                    .filter((r) => r.kontoId === params.kontoId && r.forsendelse.eksternReferanse === query.eksternRef)
                    .map((r) => r.id),
                });
              case 'hentStatuser': {
                const sok = (typeof request.body === 'string' ? JSON.parse(request.body) : request.body) as { forsendelseIds: string[] };
                const ids = sok.forsendelseIds;
                const known = state.received.filter((r) => ids.includes(r.id));
                return answer(reply, op, {
                  statuser: known.map((r) => ({ id: r.id, status: 'MOTTATT', sisteStatusEndring: new Date().toISOString() })),
                });
              }
              default:
                return problem(reply, request, 501, `${op.operationId} is not implemented by the test server`);
            }
          },
        });
      }
    },
    { prefix: '/api' },
  );

  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api`;
  return {
    baseUrl,
    kontoUrl: `http://${encodeURIComponent(state.integrasjonId)}:${encodeURIComponent(state.integrasjonPassord)}@127.0.0.1:${port}/api/v2/kontoer/${kontoId}`,
    kontoId,
    integrasjonId: state.integrasjonId,
    integrasjonPassord: state.integrasjonPassord,
    received: state.received,
    invalid: state.invalid,
    failNext(n, status = 503) {
      state.failing = n;
      state.failStatus = status;
    },
    loseNextAnswer() {
      state.loseAnswer = true;
    },
    close: () => app.close(),
  };
}

function parseJson(text: string, errors: string[]): ReceivedForsendelse['forsendelse'] | undefined {
  try {
    return JSON.parse(text) as ReceivedForsendelse['forsendelse'];
  } catch {
    errors.push('the forsendelse part is not JSON');
    return undefined;
  }
}

/** The rules the schema's descriptions state in words (Dokument, Adresse, kunDigitalLevering). */
function documentRules(f: ReceivedForsendelse['forsendelse'], filer: ReceivedForsendelse['filer']): string[] {
  const errors: string[] = [];
  const docs = (f.dokumenter ?? []) as { filnavn: string; mimeType: string; skalEkskluderesFraUtskrift?: boolean }[];
  if (docs.length !== filer.length) errors.push(`${docs.length} dokumenter described, ${filer.length} files sent`);
  const names = new Set<string>();
  docs.forEach((d, i) => {
    if (/[*:"\\/<>|?]/.test(d.filnavn)) errors.push(`dokumenter[${i}].filnavn has a character SvarUt refuses`);
    if (names.has(d.filnavn)) errors.push(`dokumenter[${i}].filnavn is not unique`);
    names.add(d.filnavn);
    const file = filer[i];
    if (file && file.filnavn !== d.filnavn) errors.push(`file ${i} is named ${file.filnavn}, its metadata ${d.filnavn}`);
    if (file && file.mimeType !== d.mimeType) errors.push(`file ${i} is ${file.mimeType}, its metadata says ${d.mimeType}`);
    if (!f.kunDigitalLevering && d.mimeType !== 'application/pdf' && !d.skalEkskluderesFraUtskrift) {
      errors.push(`dokumenter[${i}] is not a PDF: mark it skalEkskluderesFraUtskrift or send kunDigitalLevering`);
    }
  });
  const mottaker = f.mottaker as { digitalId?: string; postnummer?: string; poststed?: string; land?: string };
  if (f.kunDigitalLevering && !mottaker.digitalId) errors.push('mottaker.digitalId is required for kunDigitalLevering');
  if (!f.kunDigitalLevering && !mottaker.poststed) errors.push('mottaker.poststed is required unless kunDigitalLevering');
  if (!f.kunDigitalLevering && !mottaker.land && !mottaker.postnummer)
    errors.push('mottaker.postnummer is required for a Norwegian address unless kunDigitalLevering');
  return errors;
}
