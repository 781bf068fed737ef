import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import { as, createCase, seedRecordsWorld } from '../records/records-world.js';
import { loginAs, type Client } from '../support/test-app.js';
import { PASSWORD } from '../support/world.js';

export const BASE = '/noark5/v5/';
export const ORIGIN = 'http://localhost:3000';
export const SECRET = 'Hemmeligsen';

/** A Noark 5 caller: by session cookie (as a browser would), by HTTP Basic, or anonymous. */
export type Caller = (
  method: string,
  url: string,
  options?: { headers?: Record<string, string>; body?: unknown },
) => Promise<LightMyRequestResponse>;

/** Strips the public origin from an href, so the test app can be asked it. */
export const path = (href: string) => (href.startsWith(ORIGIN) ? href.slice(ORIGIN.length) : href);

export function sessionCaller(app: FastifyInstance, client: Client): Caller {
  return (method, url, options = {}) =>
    app.inject({
      method: method as 'GET',
      url: path(url),
      cookies: { [SESSION_COOKIE]: client.cookie },
      headers: { 'x-csrf-token': client.csrf, accept: 'application/vnd.noark5+json', ...options.headers },
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });
}

export function basicCaller(app: FastifyInstance, brukernavn: string | null, passord = PASSWORD): Caller {
  const auth = brukernavn ? { authorization: `Basic ${Buffer.from(`${brukernavn}:${passord}`).toString('base64')}` } : {};
  return (method, url, options = {}) =>
    app.inject({
      method: method as 'GET',
      url: path(url),
      headers: { accept: 'application/vnd.noark5+json', ...auth, ...options.headers },
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });
}

export interface Noark5World {
  openCaseId: string;
  screenedCaseId: string;
  journalpostId: string;
  screenedJournalpostId: string;
  dokumentId: string;
  dokumentobjektId: string;
  screenedDokumentobjektId: string;
}

/**
 * Våler's archive with two cases made through the use cases: an open one and
 * one screened (U) whose title holds SECRET, each with a record and a
 * document uploaded through the app API.
 */
export async function buildNoark5World(handle: DatabaseHandle, app: FastifyInstance): Promise<Noark5World> {
  await seedRecordsWorld(handle);
  const ark = await as(handle, 'valer', 'ARK');
  // Each case and record with a part or party and a remark, so the crawl reaches them (the screened ones hold SECRET).
  const open = await createCase(ark, {
    tittel: 'Byggesak Storgata 1',
    parter: [{ partNavn: 'Ola Søker', partRolle: 'Søker' }],
    merknader: [{ merknadstekst: 'Nabovarsel mangler' }],
  });
  const screened = await createCase(ark, {
    tittel: `Byggesak ${SECRET}`,
    offentligTittel: 'Byggesak',
    tilgangskode: 'U',
    skjermingshjemmel: 'Offl § 13',
    parter: [{ partNavn: `${SECRET} AS`, partRolle: 'Søker', partId: '974760673' }],
    merknader: [{ merknadstekst: `Merknad om ${SECRET}` }],
  });
  const jp = await registerJournalpost(ark, open.id, {
    journalposttype: 'I',
    tittel: 'Søknad om tilbygg',
    korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Ola Søker', postadresse: 'Storgata 1', poststed: 'Våler' }],
    merknader: [{ merknadstekst: 'Mottatt på papir' }],
  });
  const sjp = await registerJournalpost(ark, screened.id, {
    journalposttype: 'I',
    tittel: `Søknad fra ${SECRET}`,
    offentligTittel: 'Søknad',
    tilgangskode: 'U',
    skjermingshjemmel: 'Offl § 13',
    korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: `${SECRET} AS`, organisasjonsnummer: '974760673' }],
    merknader: [{ merknadstekst: `Merknad om ${SECRET}` }],
  });
  const client = await loginAs(app, 'valer.arkivar', PASSWORD);
  const upload = async (id: string, name: string) => {
    const res = await postForm(app, client, `/api/journalposter/${id}/dokumenter`, documentForm(name, Buffer.from(`innhold ${name}`)));
    if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
    return res.json() as { id: string; dokumentobjekter: { id: string }[] };
  };
  const dok = await upload(jp.id, 'soknad.txt');
  const sdok = await upload(sjp.id, 'hemmelig.txt');
  return {
    openCaseId: open.id,
    screenedCaseId: screened.id,
    journalpostId: jp.id,
    screenedJournalpostId: sjp.id,
    dokumentId: dok.id,
    dokumentobjektId: dok.dokumentobjekter[0]!.id,
    screenedDokumentobjektId: sdok.dokumentobjekter[0]!.id,
  };
}
