import type { FastifyInstance } from 'fastify';
import { getSaksmappe } from '../../saksmappe/get-saksmappe.js';
import { casePaging, type SubList } from '../../saksmappe/case-pages.js';
import { listSaksmapper } from '../../saksmappe/list-saksmapper.js';
import { presentSaksmappe, presentSaksmappeListItem } from '../../saksmappe/saksmappe-presenter.js';
import { SAKSMAPPE_QUERY_FIELDS } from '../../saksmappe/saksmappe-query-fields.js';
import { listBody } from '../protocol/list-body.js';
import { LIST_TEMPLATE, linksOf, PAGE_TEMPLATE, rel, type LinkEntry } from '../protocol/links.js';
import { getList, getObject, href, listQuery, pageOfPages, type Noark5Request } from '../protocol/protocol.js';
import { fromCodeBody } from './codes.js';
import { journalpostBody } from './journalpost.js';
import { metadataLink } from './metadata.js';
import { skjermingOf } from './skjerming.js';

/*
 * Mappe and saksmappe (tg-07): every folder of ours is a case file, so
 * `arkivstruktur/mappe/…` and `sakarkiv/saksmappe/…` serve the same objects,
 * through the app's case use cases and presenters (the read rule screens as
 * there). The list filters in SQL (SAKSMAPPE_QUERY_FIELDS).
 */

type ListItem = ReturnType<typeof presentSaksmappeListItem>;

function links(r: Noark5Request, id: string, extra: LinkEntry[] = []) {
  const self = href(r, 'sakarkiv', 'saksmappe', id);
  return linksOf([
    ['self', self],
    [rel('sakarkiv/saksmappe'), self],
    [rel('arkivstruktur/registrering'), `${href(r, 'arkivstruktur', 'mappe', id, 'registrering')}${PAGE_TEMPLATE}`, true],
    metadataLink(r, 'saksstatus'),
    ...extra,
  ]);
}

function fields(s: ListItem & { skjermingshjemmel?: string | null }) {
  return {
    systemID: s.id,
    mappeID: s.saksnummer,
    tittel: s.tittel,
    offentligTittel: s.offentligTittel,
    saksaar: s.saksaar,
    sakssekvensnummer: s.sakssekvensnummer,
    saksdato: s.saksdato,
    saksstatus: fromCodeBody(s.saksstatus),
    administrativEnhet: s.administrativEnhet.navn,
    referanseAdministrativEnhet: s.administrativEnhet.id,
    saksansvarlig: s.saksansvarlig.navn,
    referanseSaksansvarlig: s.saksansvarlig.id,
    ...(s.klassifikasjon ? { klasse: { klasseID: s.klassifikasjon } } : {}),
    ...(skjermingOf(s) ? { skjerming: skjermingOf(s) } : {}),
  };
}

export function saksmappeListBody(r: Noark5Request, s: ListItem) {
  return { ...fields(s), _links: links(r, s.id) };
}

/** A case as the reader is shown it, and whether in full (a PUT from a reader shown the public form is refused). */
export async function saksmappeObject(r: Noark5Request, id: string) {
  const s = presentSaksmappe(await getSaksmappe(r.ctx, id, casePaging.first(1)));
  const body = {
    ...fields(s),
    beskrivelse: s.beskrivelse,
    journalenhet: s.journalenhet,
    referanseArkivdel: s.arkivdelId,
    opprettetDato: s.opprettetDato,
    avsluttetDato: s.avsluttetDato,
    avsluttetAv: s.avsluttetAv?.navn ?? null,
    referanseAvsluttetAv: s.avsluttetAv?.id ?? null,
    _links: links(r, s.id, [
      [rel('arkivstruktur/arkivdel'), href(r, 'arkivstruktur', 'arkivdel', s.arkivdelId)],
      s.primaerKlasse?.klasseId && [rel('arkivstruktur/klasse'), href(r, 'arkivstruktur', 'klasse', s.primaerKlasse.klasseId)],
      // Offered only to a caller the change rule lets register in the case now (tg-06: links show what one may do).
      s.kanEndre.registrer && [rel('sakarkiv/ny-journalpost'), href(r, 'sakarkiv', 'saksmappe', s.id, 'ny-journalpost')],
      [rel('arkivstruktur/part'), `${href(r, 'arkivstruktur', 'mappe', s.id, 'part')}${PAGE_TEMPLATE}`, true],
      [rel('arkivstruktur/merknad'), `${href(r, 'arkivstruktur', 'mappe', s.id, 'merknad')}${PAGE_TEMPLATE}`, true],
      s.kanEndre.saksmappe && [rel('arkivstruktur/ny-partperson'), href(r, 'arkivstruktur', 'mappe', s.id, 'ny-partperson')],
      s.kanEndre.saksmappe && [rel('arkivstruktur/ny-partenhet'), href(r, 'arkivstruktur', 'mappe', s.id, 'ny-partenhet')],
      s.kanEndre.merknad && [rel('arkivstruktur/ny-merknad'), href(r, 'arkivstruktur', 'mappe', s.id, 'ny-merknad')],
    ]),
  };
  return { body, full: s.fullTilgang };
}

export const saksmappeBody = async (r: Noark5Request, id: string) => (await saksmappeObject(r, id)).body;

/** A page of cases by the OData query (and an archive part, for arkivdel/…/mappe/). */
async function saksmappeList(r: Noark5Request, arkivdelId?: string) {
  const q = listQuery(r.query, SAKSMAPPE_QUERY_FIELDS);
  const page = await listSaksmapper(r.ctx, { arkivdelId, query: { where: q.where, orderBy: q.orderBy }, limit: q.top, offset: q.skip });
  return listBody(
    page.items.map((s) => saksmappeListBody(r, presentSaksmappeListItem(s))),
    page.total,
    r.url,
    q,
  );
}

export async function saksmappeRoutes(app: FastifyInstance): Promise<void> {
  for (const path of ['/sakarkiv/saksmappe/', '/arkivstruktur/mappe/']) {
    getList(app, path, (r) => saksmappeList(r));
    getObject(app, `${path}:id/`, (r) => saksmappeBody(r, r.id()));
  }
  getList(app, '/arkivstruktur/arkivdel/:id/mappe/', (r) => saksmappeList(r, r.id()));
  // A case's records, a page at a time, through the case page's own paging (each record by its own screening).
  getList(app, '/arkivstruktur/mappe/:id/registrering/', async (r) => {
    const page = pageOfPages(r.query);
    const view = await caseWithPage(r, 'journalposter', page);
    return listBody(
      page.cut(view.journalposter).map((j) => journalpostBody(r, j)),
      view.sider.journalposter.total,
      r.url,
      page,
    );
  });
}

/** A case as the reader is shown it, with the page of one of its lists a sub-list route asks for. */
export async function caseWithPage(r: Noark5Request, list: SubList, page: { top: number; side: number }) {
  const pages = { perSide: page.top, side: { ...casePaging.first(1).side, [list]: page.side } };
  return presentSaksmappe(await getSaksmappe(r.ctx, r.id(), pages));
}

export const SAKSMAPPE_LIST_TEMPLATE = LIST_TEMPLATE;
