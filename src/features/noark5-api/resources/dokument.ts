import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { updateDokumentbeskrivelse } from '../../dokumenter/update-dokumentbeskrivelse.js';
import { createDocumentStores } from '../../sikker-sone/document-stores.js';
import { presentDokument, presentDokumentobjekt } from '../../dokumenter/dokument-presenter.js';
import { getDokumentobjekt } from '../../dokumenter/get-dokumentobjekt.js';
import { getDokument, listDokumenter } from '../../dokumenter/list-dokumenter.js';
import { openDokumentobjekt } from '../../dokumenter/open-dokumentobjekt.js';
import { sendFile } from '../../dokumenter/send-file.js';
import { DOKUMENTSTATUS, DOKUMENTTYPE, TILKNYTTET_REGISTRERING_SOM, VARIANTFORMAT } from '../../noark/domain/index.js';
import { notFound } from '../../../shared/errors.js';
import { listBody } from '../protocol/list-body.js';
import { linksOf, PAGE_TEMPLATE, rel } from '../protocol/links.js';
import { changed } from '../protocol/concurrency.js';
import { ProtocolError } from '../protocol/errors.js';
import { getList, getObject, href, noark5Request, pageOfPages, pageWindow, putObject, type Noark5Request } from '../protocol/protocol.js';
import { bodyOf } from '../protocol/request-body.js';
import { kodeOf } from './codes.js';
import { metadataLink } from './metadata.js';
import { skjermingOf } from './skjerming.js';

/*
 * Dokumentbeskrivelse, dokumentobjekt and its file (tg-07): the app's document
 * use cases and presenter, so a reader without access to a document sees its
 * public title and «Skjermet», and gets no `fil` link (the file itself is
 * refused by openDokumentobjekt all the same).
 */

const A = 'arkivstruktur';
type Dokument = ReturnType<typeof presentDokument>;
type Objekt = Dokument['dokumentobjekter'][number];

export function dokumentbeskrivelseBody(r: Noark5Request, d: Dokument) {
  const self = href(r, A, 'dokumentbeskrivelse', d.id);
  return {
    systemID: d.id,
    dokumenttype: kodeOf(DOKUMENTTYPE, d.dokumenttype),
    dokumentstatus: kodeOf(DOKUMENTSTATUS, d.dokumentstatus),
    tittel: d.tittel,
    beskrivelse: d.beskrivelse,
    forfatter: d.forfatter === null ? [] : [d.forfatter],
    tilknyttetRegistreringSom: kodeOf(TILKNYTTET_REGISTRERING_SOM, d.tilknyttetRegistreringSom),
    dokumentnummer: d.dokumentnummer,
    tilknyttetDato: d.tilknyttetDato,
    referanseTilknyttetAv: d.tilknyttetAv,
    opprettetDato: d.opprettetDato,
    referanseOpprettetAv: d.opprettetAv,
    ...(skjermingOf(d) ? { skjerming: skjermingOf(d) } : {}),
    _links: linksOf([
      ['self', self],
      [rel(`${A}/dokumentbeskrivelse`), self],
      [rel(`${A}/registrering`), href(r, A, 'registrering', d.journalpostId)],
      [rel(`${A}/dokumentobjekt`), `${href(r, A, 'dokumentbeskrivelse', d.id, 'dokumentobjekt')}${PAGE_TEMPLATE}`, true],
      metadataLink(r, 'dokumentstatus'),
      metadataLink(r, 'dokumenttype'),
      metadataLink(r, 'tilknyttetregistreringsom'),
    ]),
  };
}

export function dokumentobjektBody(r: Noark5Request, o: Objekt, full: boolean) {
  const self = href(r, A, 'dokumentobjekt', o.id);
  return {
    systemID: o.id,
    versjonsnummer: o.versjonsnummer,
    variantformat: kodeOf(VARIANTFORMAT, o.variantformat),
    format: { kode: o.format },
    formatDetaljer: o.formatDetaljer,
    filnavn: o.filnavn,
    mimeType: o.mimeType,
    sjekksum: o.sjekksum,
    sjekksumAlgoritme: o.sjekksumAlgoritme,
    filstoerrelse: o.filstoerrelse,
    opprettetDato: o.opprettetDato,
    referanseOpprettetAv: o.opprettetAv,
    _links: linksOf([
      ['self', self],
      [rel(`${A}/dokumentobjekt`), self],
      [rel(`${A}/dokumentbeskrivelse`), href(r, A, 'dokumentbeskrivelse', o.dokumentbeskrivelseId)],
      full && [rel(`${A}/fil`), href(r, A, 'dokumentobjekt', o.id, 'referanseFil')],
      metadataLink(r, 'variantformat'),
    ]),
  };
}

/** A document as the reader is shown it, and whether in full (a PUT from a reader shown the public form is refused). */
async function dokumentbeskrivelseCurrent(r: Noark5Request, id: string) {
  const view = await getDokument(r.ctx, id);
  return { body: dokumentbeskrivelseBody(r, presentDokument(view)), full: view.access.full };
}

const kode = z.object({ kode: z.string().trim().min(1).max(10) });
const DokumentbeskrivelsePut = z.object({
  tittel: z.string().trim().min(1).max(1000),
  beskrivelse: z.string().nullish(),
  dokumenttype: kode.optional(),
  dokumentstatus: kode.optional(),
});

export async function dokumentRoutes(app: FastifyInstance): Promise<void> {
  const files = createDocumentStores(app.deps.config, app.log);

  getList(app, `/${A}/registrering/:id/dokumentbeskrivelse/`, async (r) => {
    const window = pageOfPages(r.query);
    const page = await listDokumenter(r.ctx, r.id(), { side: window.side, perSide: window.top });
    return listBody(
      window.cut(page.items).map((v) => dokumentbeskrivelseBody(r, presentDokument(v))),
      page.total,
      r.url,
      window,
    );
  });
  getObject(app, `/${A}/dokumentbeskrivelse/:id/`, async (r) => (await dokumentbeskrivelseCurrent(r, r.id())).body);
  // PUT of the whole description: title, type and status (B → F) through the app's use case and its change rule.
  putObject(
    app,
    `/${A}/dokumentbeskrivelse/:id/`,
    (r) => dokumentbeskrivelseCurrent(r, r.id()),
    async (r, request, current) => {
      const b = bodyOf(request, DokumentbeskrivelsePut);
      if (b.beskrivelse !== undefined && b.beskrivelse !== current.beskrivelse) {
        throw new ProtocolError(400, {
          nb: 'beskrivelse kan ikke endres her; bare tittel, dokumenttype og dokumentstatus.',
          en: 'beskrivelse cannot be changed here; only tittel, dokumenttype and dokumentstatus.',
        });
      }
      await updateDokumentbeskrivelse(r.ctx, r.id(), {
        tittel: changed(b.tittel, current.tittel),
        dokumenttype: changed(b.dokumenttype?.kode, current.dokumenttype.kode),
        dokumentstatus: changed(b.dokumentstatus?.kode, current.dokumentstatus.kode),
      });
    },
  );
  getList(app, `/${A}/dokumentbeskrivelse/:id/dokumentobjekt/`, async (r) => {
    const { top, skip } = pageWindow(r.query);
    const view = await getDokument(r.ctx, r.id());
    const objekter = presentDokument(view).dokumentobjekter.map((o) => dokumentobjektBody(r, o, view.access.full));
    return listBody(objekter.slice(skip, skip + top), objekter.length, r.url, { top, skip });
  });
  getObject(app, `/${A}/dokumentobjekt/:id/`, async (r) => {
    const { view, objektId } = await getDokumentobjekt(r.ctx, r.id());
    const objekt = view.objekter.find((o) => o.id === objektId);
    if (!objekt) throw notFound({ nb: 'dokumentobjektet', en: 'the document object' }, objektId);
    return dokumentobjektBody(r, presentDokumentobjekt(objekt, view.access.full), view.access.full);
  });
  // The file itself (rel …/fil/): the app's file use case, with its read rule, secure zone and reading log.
  app.get(`/${A}/dokumentobjekt/:id/referanseFil/`, { schema: { hide: true }, config: { anyAccept: true } }, async (request, reply) => {
    const r = noark5Request(request);
    const opener = { sessionTokenHash: request.auth?.sessionTokenHash };
    const { objekt, stream } = await openDokumentobjekt(r.ctx, files, r.id(), opener);
    const file = { filnavn: objekt.filnavn, mimeType: objekt.mime_type, sjekksum: objekt.sjekksum, filstoerrelse: objekt.filstoerrelse };
    return sendFile(reply, { ...file, stream }, true);
  });
}
