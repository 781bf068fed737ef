import type { FastifyInstance } from 'fastify';
import { getJournalpost } from '../../journalpost/get-journalpost.js';
import { presentJournalpost } from '../../journalpost/journalpost-presenter.js';
import { recordPaging } from '../../journalpost/record-pages.js';
import { linksOf, PAGE_TEMPLATE, rel, type LinkEntry } from '../protocol/links.js';
import { getObject, href, type Noark5Request } from '../protocol/protocol.js';
import { fromCodeBody } from './codes.js';
import { PARTY_KINDS } from './contact.js';
import { metadataLink } from './metadata.js';
import { skjermingOf } from './skjerming.js';

/*
 * Registrering and journalpost (tg-07): a record as the app's presenter shows
 * it to the reader (screened title, description, parties and remarks by the
 * read rule), under the specification's names. An arkivnotat is a
 * registrering too; its journalpost fields are those it has.
 */

type Journalpost = ReturnType<typeof presentJournalpost>;

export function journalpostBody(r: Noark5Request, j: Journalpost) {
  const self = href(r, 'sakarkiv', 'journalpost', j.id);
  return {
    systemID: j.id,
    registreringsID: j.journalpostId,
    tittel: j.tittel,
    offentligTittel: j.offentligTittel,
    beskrivelse: j.beskrivelse,
    journalaar: j.journalaar,
    journalsekvensnummer: j.journalsekvensnummer,
    journalpostnummer: j.journalpostnummer,
    journalposttype: fromCodeBody(j.journalposttype),
    journalstatus: fromCodeBody(j.journalstatus),
    journaldato: j.journaldato,
    dokumentetsDato: j.dokumentetsDato,
    mottattDato: j.mottattDato,
    sendtDato: j.sendtDato,
    forfallsdato: j.forfallsdato,
    offentlighetsvurdertDato: j.offentlighetsvurdertDato,
    antallVedlegg: j.antallVedlegg,
    journalenhet: j.journalenhet,
    administrativEnhet: j.administrativEnhet?.navn ?? null,
    referanseAdministrativEnhet: j.administrativEnhet?.id ?? null,
    saksbehandler: j.saksbehandler?.navn ?? null,
    referanseSaksbehandler: j.saksbehandler?.id ?? null,
    ...(j.dokumentmedium ? { dokumentmedium: { kode: j.dokumentmedium } } : {}),
    opprettetDato: j.opprettetDato,
    arkivertDato: j.arkivertDato,
    ...(skjermingOf(j) ? { skjerming: skjermingOf(j) } : {}),
    _links: linksOf([
      ['self', self],
      [rel('sakarkiv/journalpost'), self],
      [rel('arkivstruktur/mappe'), href(r, 'sakarkiv', 'saksmappe', j.saksmappeId)],
      [
        rel('arkivstruktur/dokumentbeskrivelse'),
        `${href(r, 'arkivstruktur', 'registrering', j.id, 'dokumentbeskrivelse')}${PAGE_TEMPLATE}`,
        true,
      ],
      [
        rel('arkivstruktur/korrespondansepart'),
        `${href(r, 'arkivstruktur', 'registrering', j.id, 'korrespondansepart')}${PAGE_TEMPLATE}`,
        true,
      ],
      [rel('arkivstruktur/merknad'), `${href(r, 'arkivstruktur', 'registrering', j.id, 'merknad')}${PAGE_TEMPLATE}`, true],
      // Offered only where the change rule lets the caller add them now (tg-06: links show what one may do).
      ...PARTY_KINDS.map(
        (kind): LinkEntry =>
          j.kanEndre.korrespondansepart && [
            rel(`arkivstruktur/ny-korrespondansepart${kind}`),
            href(r, 'arkivstruktur', 'registrering', j.id, `ny-korrespondansepart${kind}`),
          ],
      ),
      j.kanEndre.merknad && [rel('arkivstruktur/ny-merknad'), href(r, 'arkivstruktur', 'registrering', j.id, 'ny-merknad')],
      metadataLink(r, 'journalposttype'),
      metadataLink(r, 'journalstatus'),
    ]),
  };
}

/** A record as the reader is shown it, and whether in full (a PUT from a reader shown the public form is refused). */
export async function journalpostCurrent(r: Noark5Request, id: string) {
  const j = presentJournalpost(await getJournalpost(r.ctx, id, recordPaging.first(1)));
  return { body: journalpostBody(r, j), full: j.fullTilgang };
}

export const journalpostObject = async (r: Noark5Request, id: string) => (await journalpostCurrent(r, id)).body;

export async function journalpostRoutes(app: FastifyInstance): Promise<void> {
  for (const path of ['/sakarkiv/journalpost/:id/', '/arkivstruktur/registrering/:id/']) {
    getObject(app, path, (r) => journalpostObject(r, r.id()));
  }
}
