import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addPart } from '../../saksmappe/add-to-saksmappe.js';
import { getPart } from '../../saksmappe/get-part.js';
import { presentSaksmappe } from '../../saksmappe/saksmappe-presenter.js';
import { newObjectRoutes } from '../protocol/create.js';
import { listBody } from '../protocol/list-body.js';
import { linksOf, rel } from '../protocol/links.js';
import { getList, getObject, href, pageOfPages, type Noark5Request } from '../protocol/protocol.js';
import { bodyOf } from '../protocol/request-body.js';
import { EnkelAdresseIn, flatAdresse, KontaktinformasjonIn, personOrEnhet } from './contact.js';
import { caseWithPage, saksmappeBody } from './saksmappe.js';

/*
 * Part (tg-07) of a case: person or enhet. The app keeps one kind of part
 * with one identifier, so the kind is read off it: a nine-digit identifier
 * (an organisation number) or a contact person makes an enhet. Read through
 * the case's use case and presenter (a screened case's parts keep only their
 * role), added through addPart and the case's change rule. The app keeps
 * partRolle as text, so its code is its own name. Parts of a record are not
 * in the app.
 */

const A = 'arkivstruktur';
type Part = ReturnType<typeof presentSaksmappe>['parter'][number];
const PART_KINDS = ['person', 'enhet'] as const;
type Kind = (typeof PART_KINDS)[number];

const kindOf = (p: Part): Kind => (/^\d{9}$/.test(p.partId ?? '') || p.kontaktperson ? 'enhet' : 'person');

export function partBody(r: Noark5Request, p: Part, saksmappeId: string) {
  const kind = kindOf(p);
  const self = href(r, A, `part${kind}`, p.id);
  return {
    systemID: p.id,
    partRolle: { kode: p.partRolle, kodenavn: p.partRolle },
    ...personOrEnhet(kind, { ...p, navn: p.partNavn, id: p.partId }),
    _links: linksOf([
      ['self', self],
      [rel(`${A}/part${kind}`), self],
      [rel(`${A}/mappe`), href(r, A, 'mappe', saksmappeId)],
    ]),
  };
}

async function partObject(r: Noark5Request, id: string) {
  const s = presentSaksmappe(await getPart(r.ctx, id));
  return partBody(r, s.parter[0]!, s.id);
}

const navn = z.string().trim().min(1).max(500);
const optional = (max: number) => z.string().trim().max(max).nullish();
const common = {
  partRolle: z.object({ kode: z.string().trim().min(1).max(100) }),
  navn,
  postadresse: EnkelAdresseIn,
  kontaktinformasjon: KontaktinformasjonIn,
};
const In = {
  person: z.object({
    ...common,
    personidentifikator: z
      .array(z.object({ foedselsnummer: optional(100) }))
      .max(1)
      .optional(),
  }),
  enhet: z.object({
    ...common,
    enhetsidentifikator: z.object({ organisasjonsnummer: optional(100) }).nullish(),
    kontaktperson: optional(300),
  }),
};

function inputOf(kind: Kind, request: Parameters<typeof bodyOf>[0]) {
  const person = kind === 'person' ? bodyOf(request, In.person) : null;
  const b = person ?? bodyOf(request, In.enhet);
  const enhet = person ? null : (b as z.infer<typeof In.enhet>);
  return {
    partNavn: b.navn,
    partRolle: b.partRolle.kode,
    partId: person ? person.personidentifikator?.[0]?.foedselsnummer : enhet!.enhetsidentifikator?.organisasjonsnummer,
    ...flatAdresse(b.postadresse, b.kontaktinformasjon),
    kontaktperson: enhet?.kontaktperson,
  };
}

export async function partRoutes(app: FastifyInstance): Promise<void> {
  getList(app, `/${A}/mappe/:id/part/`, async (r) => {
    const page = pageOfPages(r.query);
    const view = await caseWithPage(r, 'parter', page);
    return listBody(
      page.cut(view.parter).map((p) => partBody(r, p, view.id)),
      view.sider.parter.total,
      r.url,
      page,
    );
  });
  for (const kind of PART_KINDS) {
    getObject(app, `/${A}/part${kind}/:id/`, (r) => partObject(r, r.id()));
    newObjectRoutes(app, `/${A}/mappe/:id/ny-part${kind}/`, {
      template: async (r) => (await saksmappeBody(r, r.id()), {}),
      create: async (r, request) => partObject(r, (await addPart(r.ctx, r.id(), inputOf(kind, request))).id),
    });
  }
}
