import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addKorrespondansepart } from '../../journalpost/add-to-journalpost.js';
import { getJournalpost } from '../../journalpost/get-journalpost.js';
import { getKorrespondansepart } from '../../journalpost/get-korrespondansepart.js';
import type { KorrespondansepartInput } from '../../journalpost/korrespondansepart.js';
import { presentJournalpost } from '../../journalpost/journalpost-presenter.js';
import { codesOf, KORRESPONDANSEPARTTYPE } from '../../noark/domain/index.js';
import { newObjectRoutes } from '../protocol/create.js';
import { listBody } from '../protocol/list-body.js';
import { linksOf, rel } from '../protocol/links.js';
import { getList, getObject, href, pageOfPages, type Noark5Request } from '../protocol/protocol.js';
import { bodyOf } from '../protocol/request-body.js';
import { kodeOf } from './codes.js';
import { EnkelAdresseIn, flatAdresse, KontaktinformasjonIn, PARTY_KINDS, personOrEnhet } from './contact.js';
import { journalpostCurrent } from './journalpost.js';
import { metadataLink } from './metadata.js';

/*
 * Korrespondansepart (tg-07) of a record: person, enhet or intern. The app
 * keeps one kind of party, so the kind is read off it: an internal type
 * (IA, IM, IK) is intern, a party with an organisation number or a contact
 * person (only units have one) is enhet, any other person. Reading is the
 * record's use case and presenter (a screened party's name and details
 * hidden as on the record's page); adding is addKorrespondansepart, with the
 * change rule (not once the record is journalført or dispatched).
 */

const A = 'arkivstruktur';
type Party = ReturnType<typeof presentJournalpost>['korrespondanseparter'][number];
type Kind = (typeof PARTY_KINDS)[number];
const INTERNAL = ['IA', 'IM', 'IK'];

const kindOf = (p: Party): Kind =>
  INTERNAL.includes(p.korrespondanseparttype.code) ? 'intern' : p.organisasjonsnummer || p.kontaktperson ? 'enhet' : 'person';

export function korrespondansepartBody(r: Noark5Request, p: Party, journalpostId: string) {
  const kind = kindOf(p);
  const self = href(r, A, `korrespondansepart${kind}`, p.id);
  const fields =
    kind === 'intern'
      ? {
          administrativEnhet: p.saksbehandlerId ? null : p.navn,
          referanseAdministrativEnhet: p.administrativEnhetId,
          saksbehandler: p.saksbehandlerId ? p.navn : null,
          referanseSaksbehandler: p.saksbehandlerId,
        }
      : personOrEnhet(kind, { ...p, id: kind === 'enhet' ? p.organisasjonsnummer : p.foedselsnummer });
  return {
    systemID: p.id,
    korrespondanseparttype: kodeOf(KORRESPONDANSEPARTTYPE, p.korrespondanseparttype.code),
    ...fields,
    skjermet: p.skjermet,
    _links: linksOf([
      ['self', self],
      [rel(`${A}/korrespondansepart${kind}`), self],
      [rel(`${A}/registrering`), href(r, A, 'registrering', journalpostId)],
      metadataLink(r, 'korrespondanseparttype'),
    ]),
  };
}

async function korrespondansepartObject(r: Noark5Request, id: string) {
  const view = await getKorrespondansepart(r.ctx, id);
  return korrespondansepartBody(r, presentJournalpost(view).korrespondanseparter[0]!, view.record.id);
}

const type = z.object({ kode: z.enum(codesOf(KORRESPONDANSEPARTTYPE)) });
const navn = z.string().trim().min(1).max(500);
const optional = (max: number) => z.string().trim().max(max).nullish();
const common = { korrespondanseparttype: type, skjermet: z.boolean().optional() };

const In = {
  person: z.object({
    ...common,
    navn,
    personidentifikator: z
      .array(z.object({ foedselsnummer: optional(20) }))
      .max(1)
      .optional(),
    postadresse: EnkelAdresseIn,
    kontaktinformasjon: KontaktinformasjonIn,
  }),
  enhet: z.object({
    ...common,
    navn,
    enhetsidentifikator: z.object({ organisasjonsnummer: optional(20) }).nullish(),
    postadresse: EnkelAdresseIn,
    kontaktinformasjon: KontaktinformasjonIn,
    kontaktperson: optional(300),
  }),
  intern: z
    .object({
      ...common,
      administrativEnhet: optional(500),
      referanseAdministrativEnhet: z.uuid().nullish(),
      saksbehandler: optional(500),
      referanseSaksbehandler: z.uuid().nullish(),
    })
    .refine((b) => Boolean(b.saksbehandler || b.administrativEnhet), {
      message: 'saksbehandler eller administrativEnhet må fylles ut',
      path: ['saksbehandler'],
    }),
};

/** The app's party from the specification's object of a kind. */
function inputOf(kind: Kind, request: Parameters<typeof bodyOf>[0]): KorrespondansepartInput {
  if (kind === 'intern') {
    const b = bodyOf(request, In.intern);
    return {
      korrespondanseparttype: b.korrespondanseparttype.kode,
      navn: (b.saksbehandler || b.administrativEnhet)!,
      administrativEnhetId: b.referanseAdministrativEnhet,
      saksbehandlerId: b.referanseSaksbehandler,
      skjermet: b.skjermet,
    };
  }
  const b = kind === 'person' ? bodyOf(request, In.person) : bodyOf(request, In.enhet);
  return {
    korrespondanseparttype: b.korrespondanseparttype.kode,
    navn: b.navn,
    ...flatAdresse(b.postadresse, b.kontaktinformasjon),
    ...('personidentifikator' in b ? { foedselsnummer: b.personidentifikator?.[0]?.foedselsnummer } : {}),
    ...('enhetsidentifikator' in b ? { organisasjonsnummer: b.enhetsidentifikator?.organisasjonsnummer } : {}),
    ...('kontaktperson' in b ? { kontaktperson: b.kontaktperson } : {}),
    skjermet: b.skjermet,
  };
}

/** The type a new party of a record most likely has: the sender of an incoming letter, else a recipient. */
function defaultType(kind: Kind, journalposttype: string) {
  if (kind === 'intern') return journalposttype === 'N' ? 'IA' : 'IM';
  return journalposttype === 'I' ? 'EA' : 'EM';
}

export async function korrespondansepartRoutes(app: FastifyInstance): Promise<void> {
  getList(app, `/${A}/registrering/:id/korrespondansepart/`, async (r) => {
    const page = pageOfPages(r.query);
    const view = presentJournalpost(
      await getJournalpost(r.ctx, r.id(), { perSide: page.top, side: { korrespondanseparter: page.side, merknader: 1 } }),
    );
    const results = page.cut(view.korrespondanseparter).map((p) => korrespondansepartBody(r, p, view.id));
    return listBody(results, view.sider.korrespondanseparter.total, r.url, page);
  });
  for (const kind of PARTY_KINDS) {
    getObject(app, `/${A}/korrespondansepart${kind}/:id/`, (r) => korrespondansepartObject(r, r.id()));
    newObjectRoutes(app, `/${A}/registrering/:id/ny-korrespondansepart${kind}/`, {
      async template(r) {
        const record = (await journalpostCurrent(r, r.id())).body;
        return { korrespondanseparttype: kodeOf(KORRESPONDANSEPARTTYPE, defaultType(kind, record.journalposttype.kode)) };
      },
      async create(r, request) {
        const party = await addKorrespondansepart(r.ctx, r.id(), inputOf(kind, request));
        return korrespondansepartObject(r, party.id);
      },
    });
  }
}
