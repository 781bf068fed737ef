import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addJournalpostMerknad } from '../../journalpost/add-to-journalpost.js';
import { getJournalpost } from '../../journalpost/get-journalpost.js';
import { presentJournalpost, presentMerknad } from '../../journalpost/journalpost-presenter.js';
import { addSaksmappeMerknad } from '../../saksmappe/add-to-saksmappe.js';
import { getMerknad } from '../../saksmappe/get-merknad.js';
import { presentSaksmappe } from '../../saksmappe/saksmappe-presenter.js';
import { newObjectRoutes } from '../protocol/create.js';
import { listBody } from '../protocol/list-body.js';
import { linksOf, rel } from '../protocol/links.js';
import { getList, getObject, href, pageOfPages, type Noark5Request } from '../protocol/protocol.js';
import { bodyOf } from '../protocol/request-body.js';
import { caseWithPage, saksmappeBody } from './saksmappe.js';
import { journalpostCurrent } from './journalpost.js';

/*
 * Merknad (tg-07) on a case (mappe) or a record (registrering): read through
 * the owner's use case and presenter (a remark on an object the reader sees
 * only in public form reads «Skjermet»), added through addSaksmappeMerknad /
 * addJournalpostMerknad and their change rule. merknadsdato and
 * merknadRegistrertAv are set by the app (M611, M612: not to be changed).
 * The app keeps merknadstype as text, so its code is its own name.
 */

const A = 'arkivstruktur';
type Merknad = ReturnType<typeof presentMerknad>;
type Owner = 'mappe' | 'registrering';

export function merknadBody(r: Noark5Request, m: Merknad, owner: Owner, ownerId: string) {
  const self = href(r, A, 'merknad', m.id);
  return {
    systemID: m.id,
    merknadstekst: m.merknadstekst,
    ...(m.merknadstype ? { merknadstype: { kode: m.merknadstype, kodenavn: m.merknadstype } } : {}),
    merknadsdato: m.merknadsdato,
    merknadRegistrertAv: m.registrertAv.navn,
    referanseMerknadRegistrertAv: m.registrertAv.id,
    _links: linksOf([
      ['self', self],
      [rel(`${A}/merknad`), self],
      [rel(`${A}/${owner}`), href(r, A, owner, ownerId)],
    ]),
  };
}

async function merknadObject(r: Noark5Request, id: string) {
  const owner = await getMerknad(r.ctx, id);
  if (owner.type === 'journalpost') {
    const j = presentJournalpost(owner.view);
    return merknadBody(r, j.merknader[0]!, 'registrering', j.id);
  }
  const s = presentSaksmappe(owner.view);
  return merknadBody(r, s.merknader[0]!, 'mappe', s.id);
}

const MerknadIn = z.object({
  merknadstekst: z.string().trim().min(1).max(4000),
  merknadstype: z.object({ kode: z.string().trim().min(1).max(100) }).nullish(),
});

const inputOf = (request: Parameters<typeof bodyOf>[0]) => {
  const b = bodyOf(request, MerknadIn);
  return { merknadstekst: b.merknadstekst, merknadstype: b.merknadstype?.kode };
};

export async function merknadRoutes(app: FastifyInstance): Promise<void> {
  getObject(app, `/${A}/merknad/:id/`, (r) => merknadObject(r, r.id()));

  getList(app, `/${A}/registrering/:id/merknad/`, async (r) => {
    const page = pageOfPages(r.query);
    const view = presentJournalpost(
      await getJournalpost(r.ctx, r.id(), { perSide: page.top, side: { korrespondanseparter: 1, merknader: page.side } }),
    );
    const results = page.cut(view.merknader).map((m) => merknadBody(r, m, 'registrering', view.id));
    return listBody(results, view.sider.merknader.total, r.url, page);
  });
  newObjectRoutes(app, `/${A}/registrering/:id/ny-merknad/`, {
    template: async (r) => (await journalpostCurrent(r, r.id()), {}),
    async create(r, request) {
      return merknadObject(r, (await addJournalpostMerknad(r.ctx, r.id(), inputOf(request))).id);
    },
  });

  getList(app, `/${A}/mappe/:id/merknad/`, async (r) => {
    const page = pageOfPages(r.query);
    const view = await caseWithPage(r, 'merknader', page);
    const results = page.cut(view.merknader).map((m) => merknadBody(r, m, 'mappe', view.id));
    return listBody(results, view.sider.merknader.total, r.url, page);
  });
  newObjectRoutes(app, `/${A}/mappe/:id/ny-merknad/`, {
    template: async (r) => (await saksmappeBody(r, r.id()), {}),
    async create(r, request) {
      return merknadObject(r, (await addSaksmappeMerknad(r.ctx, r.id(), inputOf(request))).id);
    },
  });
}
