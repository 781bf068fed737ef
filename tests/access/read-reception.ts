import type { FastifyInstance } from 'fastify';
import { postForm } from '../documents/fixtures.js';
import type { Client } from '../support/test-app.js';
import type { Probe, ReadProbe } from './read-probes.js';
import { READ_PEOPLE, type ReadRelation } from './read-world.js';

/*
 * The reception queue in the read matrix (issue 13): post that is not yet a
 * record is read by the archive only, and post kept out of the archive
 * (arkivbegrensning) also by the one it was forwarded to. A reader refused
 * an item must not find its words in the answer either.
 */

/** Whom the forwarded item goes to. */
export const ADDRESSEE: ReadRelation = 'responsible';

export interface ReceptionWorld {
  open: { id: string; fileId: string };
  forwarded: { id: string; fileId: string };
}

export const reception = {} as ReceptionWorld;
const words: string[] = [];

/** One open item and one forwarded to ADDRESSEE, received through the API channel by the archivist. */
export async function buildReception(app: FastifyInstance, clients: Record<ReadRelation, Client>): Promise<void> {
  const ark = clients.archivist;
  const deliver = async (word: string) => {
    const res = await postForm(app, ark, '/api/mottak/api', [
      { name: 'tittel', value: `Postmottak ${word}` },
      { name: 'filer', file: { filename: 'brev.txt', contentType: 'text/plain', body: Buffer.from(`Innhold ${word}fil`) } },
    ]);
    const id = res.json().items[0].mottak.id as string;
    words.push(word);
    const item = (await ark.request('GET', `/api/mottak/${id}`)).json();
    return { id, fileId: item.filer[0].id as string };
  };
  reception.open = await deliver('qzmottakaapen');
  reception.forwarded = await deliver('qzmottakvideresendt');
  const grunn = (await ark.request('GET', '/api/arkivbegrensning-grunner')).json().items[0].id;
  await ark.request('POST', `/api/mottak/${reception.forwarded.id}/arkivbegrensning`, {
    grunnId: grunn,
    adressatBrukerId: clients[ADDRESSEE].session.bruker.id,
  });
}

const isArchive = (r: ReadRelation) => READ_PEOPLE[r].rolle === 'ARK';

/** The answer names no word of the queue's post unless the reader may read it. */
function leaks(p: Probe, body: string, mayRead: (word: string) => boolean) {
  const leaked = words.filter((w) => !mayRead(w) && body.toLowerCase().includes(w));
  p.check(`words of the reception queue`, leaked, []);
}
const status = (ok: boolean) => (ok ? 200 : 403);

export const RECEPTION_PROBES: ReadProbe[] = [
  ...(['/api/mottak', '/api/mottak/alle-organisasjoner'] as const).map((url): ReadProbe => ({
    route: `GET ${url}`,
    each: 'reader',
    async run(p) {
      const res = await p.get(url);
      p.check(`GET ${url} status`, res.statusCode, status(isArchive(p.relation)));
      leaks(p, res.body, () => isArchive(p.relation));
      if (res.statusCode === 200)
        p.check(
          `GET ${url} lists the open item`,
          res.json().items.some((i: { id: string }) => i.id === reception.open.id),
          true,
        );
    },
  })),
  {
    route: 'GET /api/mottak/videresendt',
    each: 'reader',
    async run(p) {
      const res = await p.get('/api/mottak/videresendt');
      leaks(p, res.body, (w) => w.includes('videresendt') && p.relation === ADDRESSEE);
      const ids = (res.json().items as { id: string }[]).map((i) => i.id);
      p.check('forwarded to me', ids, p.relation === ADDRESSEE ? [reception.forwarded.id] : []);
    },
  },
  {
    route: 'GET /api/mottak/:id',
    each: 'reader',
    async run(p) {
      const open = await p.get(`/api/mottak/${reception.open.id}`);
      p.check('open item', open.statusCode, status(isArchive(p.relation)));
      leaks(p, open.body, () => isArchive(p.relation));
      const forwarded = await p.get(`/api/mottak/${reception.forwarded.id}`);
      p.check('forwarded item', forwarded.statusCode, status(isArchive(p.relation) || p.relation === ADDRESSEE));
      leaks(p, forwarded.body, () => isArchive(p.relation) || p.relation === ADDRESSEE);
    },
  },
  {
    route: 'GET /api/mottak-filer/:id/fil',
    each: 'reader',
    async run(p) {
      const open = await p.get(`/api/mottak-filer/${reception.open.fileId}/fil`);
      p.check('open file', open.statusCode, status(isArchive(p.relation)));
      leaks(p, open.body, () => isArchive(p.relation));
      const forwarded = await p.get(`/api/mottak-filer/${reception.forwarded.fileId}/fil`);
      p.check('forwarded file', forwarded.statusCode, status(isArchive(p.relation) || p.relation === ADDRESSEE));
      leaks(p, forwarded.body, () => isArchive(p.relation) || p.relation === ADDRESSEE);
    },
  },
  {
    route: 'GET /api/mottak/:id/original',
    each: 'reader',
    async run(p) {
      // API deliveries have no original (404 for the archive); the rule is asked first.
      const res = await p.get(`/api/mottak/${reception.open.id}/original`);
      p.check('original', res.statusCode, isArchive(p.relation) ? 404 : 403);
    },
  },
];
