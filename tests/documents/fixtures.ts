import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import type { Client } from '../support/test-app.js';
import { orgId } from '../support/world.js';

let sequence = 0;

/**
 * A journalpost inserted directly (arkiv → arkivdel → saksmappe → journalpost),
 * until the records-core use cases exist to register one.
 */
export async function createJournalpost(
  handle: DatabaseHandle,
  kortnavn: string,
  options: { journalstatus?: string; journalposttype?: string } = {},
): Promise<string> {
  const db = handle.db;
  const org = await orgId(handle, kortnavn);
  const user = await db.selectFrom('bruker').select('id').where('brukernavn', '=', `${kortnavn}.saksbehandler`).executeTakeFirstOrThrow();
  const unit = await db.selectFrom('administrativ_enhet').select('id').where('organisasjon_id', '=', org).executeTakeFirstOrThrow();
  const n = ++sequence;
  const arkiv = await db
    .insertInto('arkiv')
    .values({ organisasjon_id: org, tittel: 'Arkiv', opprettet_av: user.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  const arkivdel = await db
    .insertInto('arkivdel')
    .values({ organisasjon_id: org, arkiv_id: arkiv.id, kortnavn: `T${n}`, tittel: 'Sakarkiv', opprettet_av: user.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  const saksmappe = await db
    .insertInto('saksmappe')
    .values({
      organisasjon_id: org,
      arkivdel_id: arkivdel.id,
      saksaar: 2026,
      sakssekvensnummer: n,
      tittel: `Testsak ${n}`,
      saksdato: '2026-03-01',
      administrativ_enhet_id: unit.id,
      saksansvarlig_id: user.id,
      saksstatus: 'B',
      opprettet_av: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const journalpost = await db
    .insertInto('journalpost')
    .values({
      organisasjon_id: org,
      saksmappe_id: saksmappe.id,
      registreringstype: 'journalpost',
      journalaar: 2026,
      journalsekvensnummer: n,
      journalpostnummer: 1,
      journalposttype: options.journalposttype ?? 'I',
      journalstatus: options.journalstatus ?? 'S',
      journaldato: '2026-03-01',
      tittel: `Brev ${n}`,
      opprettet_av: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return journalpost.id;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-docs-'));
}

/** Every file under `dir` (recursively), as paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

export interface FormPart {
  name: string;
  value?: string;
  file?: { filename: string; contentType?: string; body: Buffer | Readable };
}

/** A multipart/form-data body as a stream, so large test files are generated rather than held in memory. */
export function multipartBody(parts: FormPart[], options: { truncate?: boolean } = {}) {
  const boundary = `----saksgang${Math.random().toString(16).slice(2)}`;
  async function* generate() {
    for (const part of parts) {
      if (part.file) {
        yield Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.file.filename}"\r\n` +
            `Content-Type: ${part.file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
        );
        if (Buffer.isBuffer(part.file.body)) yield part.file.body;
        else for await (const chunk of part.file.body) yield chunk as Buffer;
        yield Buffer.from('\r\n');
      } else {
        yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value ?? ''}\r\n`);
      }
    }
    if (!options.truncate) yield Buffer.from(`--${boundary}--\r\n`);
  }
  // Byte mode: an object-mode stream would read ahead 16 chunks, which the memory test would count against the server.
  return { stream: Readable.from(generate(), { objectMode: false }), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** `size` random bytes generated in 64 KiB chunks; `sha256()` is their digest once the stream has ended. */
export function generatedStream(size: number): { stream: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  async function* generate() {
    for (let sent = 0; sent < size;) {
      const chunk = randomBytes(Math.min(64 * 1024, size - sent));
      hash.update(chunk);
      sent += chunk.length;
      yield chunk;
    }
  }
  return { stream: Readable.from(generate(), { objectMode: false }), sha256: () => hash.copy().digest('hex') };
}

/** Posts a multipart form as a logged-in client (session cookie and CSRF token). */
export function postForm(
  app: FastifyInstance,
  client: Client,
  url: string,
  parts: FormPart[],
  options: { headers?: Record<string, string>; truncate?: boolean } = {},
): Promise<LightMyRequestResponse> {
  const body = multipartBody(parts, { truncate: options.truncate ?? false });
  return app.inject({
    method: 'POST',
    url,
    cookies: { [SESSION_COOKIE]: client.cookie },
    headers: { 'content-type': body.contentType, 'x-csrf-token': client.csrf, ...options.headers },
    payload: body.stream,
  });
}

/** The form of a new document: its fields first, then the file. */
export function documentForm(
  filename: string,
  body: Buffer | Readable,
  fields: Record<string, string> = {},
  contentType?: string,
): FormPart[] {
  const all = { tittel: 'Søknad om tillatelse', dokumenttype: 'SO', ...fields };
  return [
    ...Object.entries(all).map(([name, value]) => ({ name, value })),
    { name: 'fil', file: { filename, body, ...(contentType ? { contentType } : {}) } },
  ];
}
