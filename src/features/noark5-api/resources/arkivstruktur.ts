import type { FastifyInstance } from 'fastify';
import { presentArkiv, presentArkivdel, presentKlasse, presentKlassifikasjonssystem } from '../../arkivstruktur/arkivstruktur-presenter.js';
import { getKlasse } from '../../arkivstruktur/get-klasse.js';
import { listArkivdeler } from '../../arkivstruktur/list-arkivdeler.js';
import { listArkiver } from '../../arkivstruktur/list-arkiver.js';
import { listKlasser } from '../../arkivstruktur/list-klasser.js';
import { listKlassifikasjonssystemer } from '../../arkivstruktur/list-klassifikasjonssystemer.js';
import { notFound } from '../../../shared/errors.js';
import { allowedNextStatuses } from '../../noark/domain/index.js';
import type { QueryField } from '../odata/bind-filter.js';
import { LIST_TEMPLATE, linksOf, rel } from '../protocol/links.js';
import { getList, getObject, href, wholeList, type Noark5Request } from '../protocol/protocol.js';
import { fromCodeBody } from './codes.js';
import { metadataLink } from './metadata.js';

/*
 * Arkiv, arkivdel, klassifikasjonssystem and klasse (tg-07 «Arkivstruktur»):
 * thin mappings of the app's structure use cases and presenters onto the
 * specification's names. The structure is readable by every role and small
 * (capped where it is read), so its lists are filtered on the bodies.
 */

const A = 'arkivstruktur';
const list = (r: Noark5Request, ...parts: string[]) => `${href(r, ...parts)}${LIST_TEMPLATE}`;

const STRUCTURE_FIELDS: readonly QueryField[] = [
  { path: 'systemID', type: 'string', key: 'systemID' },
  { path: 'tittel', type: 'string', key: 'tittel' },
  { path: 'beskrivelse', type: 'string', key: 'beskrivelse' },
  { path: 'opprettetDato', type: 'datetime', key: 'opprettetDato' },
];

type Arkiv = ReturnType<typeof presentArkiv>;
type Arkivdel = ReturnType<typeof presentArkivdel>;
type Klassifikasjonssystem = ReturnType<typeof presentKlassifikasjonssystem>;
type Klasse = ReturnType<typeof presentKlasse>;

export function arkivBody(r: Noark5Request, a: Arkiv) {
  const self = href(r, A, 'arkiv', a.id);
  return {
    systemID: a.id,
    tittel: a.tittel,
    beskrivelse: a.beskrivelse,
    arkivstatus: { kode: a.arkivstatus, kodenavn: a.arkivstatus },
    opprettetDato: a.opprettetDato,
    _links: linksOf([
      ['self', self],
      [rel(`${A}/arkiv`), self],
      [rel(`${A}/arkivdel`), list(r, A, 'arkiv', a.id, 'arkivdel'), true],
      metadataLink(r, 'dokumentmedium'),
    ]),
  };
}

export function arkivdelBody(r: Noark5Request, d: Arkivdel) {
  const self = href(r, A, 'arkivdel', d.id);
  return {
    systemID: d.id,
    tittel: d.tittel,
    beskrivelse: d.beskrivelse,
    arkivdelstatus: fromCodeBody(d.arkivdelstatus),
    arkivperiodeStartDato: d.arkivperiodeStartDato,
    arkivperiodeSluttDato: d.arkivperiodeSluttDato,
    _links: linksOf([
      ['self', self],
      [rel(`${A}/arkivdel`), self],
      [rel(`${A}/arkiv`), href(r, A, 'arkiv', d.arkivId)],
      [rel(`${A}/klassifikasjonssystem`), list(r, A, 'arkivdel', d.id, 'klassifikasjonssystem'), true],
      [rel(`${A}/mappe`), list(r, A, 'arkivdel', d.id, 'mappe'), true],
      // Offered to roles that may create a case at all; the use case decides the rest.
      allowedNextStatuses('saksmappe', null, null, r.ctx.role.rolle).length > 0 && [
        rel('sakarkiv/ny-saksmappe'),
        href(r, A, 'arkivdel', d.id, 'ny-saksmappe'),
      ],
      metadataLink(r, 'arkivdelstatus'),
      metadataLink(r, 'dokumentmedium'),
    ]),
  };
}

export function klassifikasjonssystemBody(r: Noark5Request, k: Klassifikasjonssystem) {
  const self = href(r, A, 'klassifikasjonssystem', k.id);
  return {
    systemID: k.id,
    klassifikasjonstype: { kode: k.klassifikasjonstype, kodenavn: k.klassifikasjonstype },
    tittel: k.tittel,
    beskrivelse: k.beskrivelse,
    _links: linksOf([
      ['self', self],
      [rel(`${A}/klassifikasjonssystem`), self],
      [rel(`${A}/klasse`), list(r, A, 'klassifikasjonssystem', k.id, 'klasse'), true],
    ]),
  };
}

export function klasseBody(r: Noark5Request, k: Klasse) {
  const self = href(r, A, 'klasse', k.id);
  return {
    systemID: k.id,
    klasseID: k.klasseId,
    tittel: k.tittel,
    beskrivelse: k.beskrivelse,
    _links: linksOf([
      ['self', self],
      [rel(`${A}/klasse`), self],
      [rel(`${A}/klassifikasjonssystem`), href(r, A, 'klassifikasjonssystem', k.klassifikasjonssystemId)],
      k.overordnetKlasseId && [rel(`${A}/overklasse`), href(r, A, 'klasse', k.overordnetKlasseId)],
      [rel(`${A}/underklasse`), list(r, A, 'klasse', k.id, 'underklasse'), true],
    ]),
  };
}

const found = <T extends { id: string }>(items: T[], id: string, what: { nb: string; en: string }) => {
  const item = items.find((i) => i.id === id);
  if (!item) throw notFound(what, id);
  return item;
};

async function arkivdeler(r: Noark5Request) {
  return (await listArkivdeler(r.ctx)).map(presentArkivdel);
}

export async function arkivstrukturRoutes(app: FastifyInstance): Promise<void> {
  getList(app, `/${A}/arkiv/`, async (r) =>
    wholeList(
      r,
      (await listArkiver(r.ctx)).map((a) => arkivBody(r, presentArkiv(a))),
      STRUCTURE_FIELDS,
    ),
  );
  getObject(app, `/${A}/arkiv/:id/`, async (r) =>
    arkivBody(r, found((await listArkiver(r.ctx)).map(presentArkiv), r.id(), { nb: 'arkivet', en: 'archive' })),
  );
  getList(app, `/${A}/arkiv/:id/arkivdel/`, async (r) => {
    const id = r.id();
    found((await listArkiver(r.ctx)).map(presentArkiv), id, { nb: 'arkivet', en: 'archive' });
    return wholeList(
      r,
      (await arkivdeler(r)).filter((d) => d.arkivId === id).map((d) => arkivdelBody(r, d)),
      STRUCTURE_FIELDS,
    );
  });

  getList(app, `/${A}/arkivdel/`, async (r) =>
    wholeList(
      r,
      (await arkivdeler(r)).map((d) => arkivdelBody(r, d)),
      STRUCTURE_FIELDS,
    ),
  );
  getObject(app, `/${A}/arkivdel/:id/`, async (r) =>
    arkivdelBody(r, found(await arkivdeler(r), r.id(), { nb: 'arkivdelen', en: 'archive part' })),
  );
  getList(app, `/${A}/arkivdel/:id/klassifikasjonssystem/`, async (r) => {
    const del = found(await arkivdeler(r), r.id(), { nb: 'arkivdelen', en: 'archive part' });
    const ids = [del.primaerKlassifikasjonssystemId, ...del.sekundaereKlassifikasjonssystemIder];
    const systemer = (await listKlassifikasjonssystemer(r.ctx)).map(presentKlassifikasjonssystem).filter((k) => ids.includes(k.id));
    return wholeList(
      r,
      systemer.map((k) => klassifikasjonssystemBody(r, k)),
      STRUCTURE_FIELDS,
    );
  });

  getList(app, `/${A}/klassifikasjonssystem/`, async (r) =>
    wholeList(
      r,
      (await listKlassifikasjonssystemer(r.ctx)).map((k) => klassifikasjonssystemBody(r, presentKlassifikasjonssystem(k))),
      STRUCTURE_FIELDS,
    ),
  );
  getObject(app, `/${A}/klassifikasjonssystem/:id/`, async (r) =>
    klassifikasjonssystemBody(
      r,
      found((await listKlassifikasjonssystemer(r.ctx)).map(presentKlassifikasjonssystem), r.id(), {
        nb: 'klassifikasjonssystemet',
        en: 'classification system',
      }),
    ),
  );
  getList(app, `/${A}/klassifikasjonssystem/:id/klasse/`, async (r) =>
    wholeList(
      r,
      (await listKlasser(r.ctx, r.id())).map((k) => klasseBody(r, presentKlasse(k))),
      KLASSE_FIELDS,
    ),
  );

  getObject(app, `/${A}/klasse/:id/`, async (r) => klasseBody(r, presentKlasse(await getKlasse(r.ctx, r.id()))));
  getList(app, `/${A}/klasse/:id/underklasse/`, async (r) => {
    const klasse = await getKlasse(r.ctx, r.id());
    const under = (await listKlasser(r.ctx, klasse.klassifikasjonssystem_id)).filter((k) => k.overordnet_klasse_id === klasse.id);
    return wholeList(
      r,
      under.map((k) => klasseBody(r, presentKlasse(k))),
      KLASSE_FIELDS,
    );
  });
}

const KLASSE_FIELDS: readonly QueryField[] = [...STRUCTURE_FIELDS, { path: 'klasseID', type: 'string', key: 'klasseID' }];
