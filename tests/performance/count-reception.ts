import type { FastifyInstance } from 'fastify';
import { postForm, type FormPart } from '../documents/fixtures.js';
import type { Client } from '../support/test-app.js';
import { composeEml } from '../mottak/mail-fixtures.js';

/**
 * The reception queue of the query-count world: n items (the first an
 * e-mail with n attachments), n forwarded to the case worker as not
 * archive-worthy.
 */
export async function receptionQueue(app: FastifyInstance, ark: Client, sb: Client, n: number) {
  const range = Array.from({ length: n }, (_, i) => i + 1);
  const deliver = async (tittel: string) => {
    const parts: FormPart[] = [{ name: 'tittel', value: tittel }];
    parts.push({ name: 'filer', file: { filename: 'f.txt', contentType: 'text/plain', body: Buffer.from(`${tittel} fil`) } });
    const res = await postForm(app, ark, '/api/mottak/api', parts);
    if (res.statusCode >= 300) throw new Error(`mottak: ${res.statusCode} ${res.body}`);
    return res.json().items[0].mottak.id as string;
  };
  // The first is an e-mail (it has an original) with n attachments, delivered twice (its events).
  const eml = await composeEml({
    subject: 'Tellepost',
    text: 'Tellepost',
    attachments: range.map((k) => ({ filename: `v${k}.txt`, content: Buffer.from(`Vedlegg ${k}`), contentType: 'text/plain' })),
  });
  let first = '';
  for (const _ of [1, 2]) {
    const res = await postForm(app, ark, '/api/mottak/epost', [
      { name: 'filer', file: { filename: 'post.eml', contentType: 'message/rfc822', body: eml } },
    ]);
    if (res.statusCode >= 300) throw new Error(`mottak: ${res.statusCode} ${res.body}`);
    first = res.json().items[0].mottak.id as string;
  }
  for (const i of range.slice(1)) await deliver(`Tellepost ${i}`);
  const grunn = (await ark.request('GET', '/api/arkivbegrensning-grunner')).json().items[0].id as string;
  for (const i of range) {
    const id = await deliver(`Reklame ${i}`);
    const res = await ark.request('POST', `/api/mottak/${id}/arkivbegrensning`, { grunnId: grunn, adressatBrukerId: sb.session.bruker.id });
    if (res.statusCode !== 200) throw new Error(`arkivbegrensning: ${res.statusCode} ${res.body}`);
  }
  const item = (await ark.request('GET', `/api/mottak/${first}`)).json();
  return { mottakId: first, mottakFilId: item.filer[0].id as string };
}
