import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { listBrevmaler } from '../../src/features/maler/list-brevmaler.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import type { Ctx } from '../../src/shared/context.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import { as, createCase, seedRecordsWorld, unitId } from '../records/records-world.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { createTestApp, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor } from '../support/world.js';
import { logInPeople, VALER_PEOPLE, VALER_RELATIONS, type Person, type ValerRelation } from './people.js';
import { uncoveredRoutes, writeRoutes } from './route-table.js';

/*
 * THE CHANGE MATRIX. For every relation to a case in Våler's BYGG unit ×
 * every write path of the HTTP API × every object state, the answer is
 * exactly what the change rule says. The expectations below are written out
 * independently of src/features/tilgang/domain/change-rule.ts, so breaking the
 * rule breaks this test. Write paths come from Fastify's route table: a new
 * POST/PUT/PATCH/DELETE route fails the test until it is probed here or named
 * in NOT_RECORD_WRITE with a reason.
 */

type Relation = ValerRelation | 'distributed' | 'otherUnitSb';
const RELATIONS: readonly Relation[] = [...VALER_RELATIONS, 'distributed', 'otherUnitSb'];

/** Who they are: existing demo users, or users made for the test (unit kortnavn). */
const PEOPLE: Record<Relation, Person> = {
  ...VALER_PEOPLE,
  distributed: { brukernavn: 'valer.sb.fordelt', rolle: 'SB', enhet: 'BYGG' },
  otherUnitSb: { brukernavn: 'valer.sb.helse', rolle: 'SB', enhet: 'HO' },
};

/** Who may, per group of write paths (seed 002 §3; docs/access.md «Endringsregelen»). */
const CASE_EDITORS: readonly Relation[] = ['owner', 'leader', 'deputy', 'leaderAbove', 'archivist'];
const REGISTRARS: readonly Relation[] = [...CASE_EDITORS, 'distributed'];
/** The probed records' saksbehandler is `distributed`: their own records. */
const RECORD_EDITORS: readonly Relation[] = REGISTRARS;
const ARCHIVE: readonly Relation[] = ['archivist'];
/** Seed 002, 9.2: the leader and deputy of the record's own unit (BYGG), not the unit above, not the archive. */
const XX_DECIDERS: readonly Relation[] = ['leader', 'deputy'];
/** Seed 001: the archive, and the case owner in a case-working role. */
const SECURE_ZONE_MOVERS: readonly Relation[] = ['owner', 'archivist'];

type CaseState = 'open' | 'closed';
type RecordState = 'R' | 'E' | 'J' | 'A' | 'closed';
const RECORD_STATES: readonly RecordState[] = ['R', 'E', 'J', 'A', 'closed'];

/** The test's objects: a case of `owner` in BYGG with one record of `distributed` in `state`, with one document. */
interface Fixture {
  saksmappeId: string;
  journalpostId: string;
  dokumentId: string;
  otherCaseId: string;
  state: RecordState;
  closed: boolean;
}

type Expect = (archive: boolean, state: RecordState | CaseState) => string;
interface Probe {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  route: string;
  level: 'case' | 'record';
  who: readonly Relation[];
  /** The answer (error code, or OK) for someone the rule lets act, by state. */
  expect: Expect;
  /** Changes the object's state when allowed: a fresh object is made for each allowed attempt. */
  destructive?: boolean;
  send(client: Client, o: Fixture, archive: boolean): Promise<LightMyRequestResponse>;
}

const json = (method: Probe['method'], url: string, body: unknown) => (c: Client) => c.request(method, url, body);
const openCaseOnly: Expect = (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : 'OK');
/** Record content: a journalført record only by the archive, an archived one by nobody (krav 3.2.14). */
const content: Expect = (archive, s) =>
  s === 'closed' ? 'CASE_CLOSED' : s === 'A' ? 'OBJECT_FROZEN' : s === 'J' && !archive ? 'RECORD_LOCKED' : 'OK';

/** Screening and the secure zone protect, not change, a record: in every record state, only a closed case stops them. */
const protection: Expect = (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : 'OK');

let app: FastifyInstance;
/** Våler's default letter template: an author's own record starts from one. */
let brevmalId = '';
const file = (name: string) =>
  documentForm(name, Buffer.from(`innhold ${name} ${Math.random()}`), { tittel: 'Vedlegg', dokumenttype: 'B' });
const upload = (url: string, parts: ReturnType<typeof documentForm>) => (c: Client) => postForm(app, c, url, parts);

/** The Noark 5 API (issue 16): the same use cases under the same rule. */
const N5 = '/noark5/v5';
const NOARK5_JSON = { 'content-type': 'application/vnd.noark5+json' };

/** A Noark 5 PUT: the whole object as read, with its ETag, and one field changed. */
async function putWithEtag(c: Client, url: string, change: object = { beskrivelse: 'Endret' }) {
  const current = await c.request('GET', url);
  return app.inject({
    method: 'PUT',
    url,
    cookies: { [SESSION_COOKIE]: c.cookie },
    headers: { 'x-csrf-token': c.csrf, 'if-match': String(current.headers.etag), ...NOARK5_JSON },
    payload: { ...(current.json() as object), ...change },
  });
}

/** A Noark 5 POST (a ny-* link) as the client's session. */
const n5Post = (c: Client, url: string, payload: object) =>
  app.inject({
    method: 'POST',
    url,
    cookies: { [SESSION_COOKIE]: c.cookie },
    headers: { 'x-csrf-token': c.csrf, ...NOARK5_JSON },
    payload,
  });

const APP_PROBES: Probe[] = [
  {
    method: 'POST',
    route: `${N5}/sakarkiv/saksmappe/:id/ny-journalpost/`,
    level: 'case',
    who: REGISTRARS,
    expect: openCaseOnly,
    send: (c, o) =>
      n5Post(c, `${N5}/sakarkiv/saksmappe/${o.saksmappeId}/ny-journalpost/`, { journalposttype: { kode: 'I' }, tittel: 'Ny journalpost' }),
  },
  {
    method: 'PUT',
    route: `${N5}/sakarkiv/saksmappe/:id/`,
    level: 'case',
    who: CASE_EDITORS,
    expect: openCaseOnly,
    send: (c, o) => putWithEtag(c, `${N5}/sakarkiv/saksmappe/${o.saksmappeId}/`),
  },
  {
    method: 'PUT',
    route: `${N5}/sakarkiv/journalpost/:id/`,
    level: 'record',
    who: RECORD_EDITORS,
    expect: content,
    send: (c, o) => putWithEtag(c, `${N5}/sakarkiv/journalpost/${o.journalpostId}/`),
  },
  {
    method: 'PATCH',
    route: '/api/saksmapper/:id',
    level: 'case',
    who: CASE_EDITORS,
    expect: openCaseOnly,
    send: (c, o) => json('PATCH', `/api/saksmapper/${o.saksmappeId}`, { beskrivelse: 'Endret' })(c),
  },
  {
    method: 'POST',
    route: '/api/saksmapper/:id/status',
    level: 'case',
    who: CASE_EDITORS,
    destructive: true,
    // Open: authors ask to close (B → S); the archive tries to close a case with unfinished records (refused by
    // the table's condition, so it got past the rule). Closed: only the archive reopens (table).
    expect: (archive, s) => (s === 'open' ? (archive ? 'ILLEGAL_STATUS_TRANSITION' : 'OK') : archive ? 'OK' : 'ACCESS_DENIED'),
    send: (c, o, archive) =>
      c.request('POST', `/api/saksmapper/${o.saksmappeId}/status`, { saksstatus: archive ? (o.closed ? 'B' : 'A') : o.closed ? 'B' : 'S' }),
  },
  {
    method: 'POST',
    route: '/api/saksmapper/:id/parter',
    level: 'case',
    who: CASE_EDITORS,
    expect: openCaseOnly,
    send: (c, o) => json('POST', `/api/saksmapper/${o.saksmappeId}/parter`, { partNavn: 'Ny part', partRolle: 'Søker' })(c),
  },
  {
    method: 'POST',
    route: '/api/saksmapper/:id/kryssreferanser',
    level: 'case',
    who: CASE_EDITORS,
    expect: openCaseOnly,
    send: (c, o) => json('POST', `/api/saksmapper/${o.saksmappeId}/kryssreferanser`, { tilType: 'saksmappe', tilId: o.otherCaseId })(c),
  },
  {
    method: 'POST',
    route: '/api/saksmapper/:id/presedenser',
    level: 'case',
    who: CASE_EDITORS,
    expect: openCaseOnly,
    send: (c, o) =>
      json('POST', `/api/saksmapper/${o.saksmappeId}/presedenser`, {
        presedensDato: '2026-01-05',
        tittel: 'Presedens',
        rettskildefaktor: 'Vedtak',
      })(c),
  },
  {
    method: 'POST',
    route: '/api/saksmapper/:id/interne-kontakter',
    level: 'case',
    who: CASE_EDITORS,
    expect: openCaseOnly,
    // Each adds themselves, so every allowed relation makes a new contact (the next probe removes them again).
    send: (c, o) => json('POST', `/api/saksmapper/${o.saksmappeId}/interne-kontakter`, { brukerId: c.session.bruker.id })(c),
  },
  {
    method: 'DELETE',
    route: '/api/saksmapper/:id/interne-kontakter/:brukerId',
    level: 'case',
    who: CASE_EDITORS,
    expect: openCaseOnly,
    send: (c, o) => c.request('DELETE', `/api/saksmapper/${o.saksmappeId}/interne-kontakter/${c.session.bruker.id}`),
  },
  {
    method: 'POST',
    route: '/api/saksmapper/:id/merknader',
    level: 'case',
    who: REGISTRARS,
    expect: openCaseOnly,
    send: (c, o) => json('POST', `/api/saksmapper/${o.saksmappeId}/merknader`, { merknadstekst: 'Merknad' })(c),
  },
  {
    method: 'POST',
    route: '/api/saksmapper/:id/journalposter',
    level: 'case',
    who: REGISTRARS,
    expect: openCaseOnly,
    // The archive registers incoming post, authors their own documents (the table's creation rows).
    send: (c, o, archive) =>
      c.request('POST', `/api/saksmapper/${o.saksmappeId}/journalposter`, {
        journalposttype: archive ? 'I' : 'U',
        tittel: 'Ny journalpost',
        ...(archive ? {} : { brevmalId }),
      }),
  },
  {
    method: 'PATCH',
    route: '/api/journalposter/:id',
    level: 'record',
    who: RECORD_EDITORS,
    expect: content,
    send: (c, o) => json('PATCH', `/api/journalposter/${o.journalpostId}`, { beskrivelse: 'Endret' })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/ekspedering/prov-igjen',
    level: 'record',
    // Who may dispatch the record may try a failed dispatch again (the status change's relation); the probed
    // record has no failed dispatch, so one the rule lets through is refused for that (CONFLICT).
    who: RECORD_EDITORS,
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : 'CONFLICT'),
    send: (c, o) => c.request('POST', `/api/journalposter/${o.journalpostId}/ekspedering/prov-igjen`),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/status',
    level: 'record',
    who: RECORD_EDITORS,
    destructive: true,
    // R: authors finalise (R → F), the archive drops the draft (R → U). E and J: the next step is the archive's
    // (E → J, J → A); authors are refused by the table. A: no transition leaves A. The rule only closes the case.
    expect: (archive, s) =>
      s === 'closed' ? 'CASE_CLOSED' : s === 'A' ? 'ILLEGAL_STATUS_TRANSITION' : s === 'R' || archive ? 'OK' : 'ACCESS_DENIED',
    send: (c, o, archive) =>
      c.request('POST', `/api/journalposter/${o.journalpostId}/status`, { journalstatus: NEXT[o.state][archive ? 1 : 0] }),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/utgaar',
    level: 'record',
    who: ARCHIVE,
    destructive: true,
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : s === 'A' ? 'ILLEGAL_STATUS_TRANSITION' : 'OK'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/utgaar`, { begrunnelse: 'Feil' })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/flytt',
    level: 'record',
    who: ARCHIVE,
    destructive: true,
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : s === 'A' ? 'OBJECT_FROZEN' : 'OK'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/flytt`, { saksmappeId: o.otherCaseId })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/korrespondanseparter',
    level: 'record',
    who: RECORD_EDITORS,
    // The dispatched record is an outgoing letter: its parties are frozen (krav 3.2.24).
    expect: (archive, s) => (s === 'E' ? 'OBJECT_FROZEN' : content(archive, s)),
    send: (c, o) =>
      json('POST', `/api/journalposter/${o.journalpostId}/korrespondanseparter`, { korrespondanseparttype: 'EA', navn: 'Ny' })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/merknader',
    level: 'record',
    who: RECORD_EDITORS,
    // Remarks follow journalføring; an archived record is frozen entirely.
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : s === 'A' ? 'OBJECT_FROZEN' : 'OK'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/merknader`, { merknadstekst: 'Merknad' })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/dokumenter',
    level: 'record',
    who: RECORD_EDITORS,
    expect: content, // A: krav 2.6.7, 3.2.17
    send: (c, o) => upload(`/api/journalposter/${o.journalpostId}/dokumenter`, file('nytt.txt'))(c),
  },
  {
    method: 'PATCH',
    route: '/api/dokumentbeskrivelser/:id',
    level: 'record',
    who: RECORD_EDITORS,
    expect: content,
    send: (c, o) => json('PATCH', `/api/dokumentbeskrivelser/${o.dokumentId}`, { tittel: 'Endret' })(c),
  },
  {
    method: 'PUT',
    route: `${N5}/arkivstruktur/dokumentbeskrivelse/:id/`,
    level: 'record',
    who: RECORD_EDITORS,
    expect: content,
    send: (c, o) => putWithEtag(c, `${N5}/arkivstruktur/dokumentbeskrivelse/${o.dokumentId}/`, { tittel: 'Endret' }),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/dokumenter/ferdigstill',
    level: 'record',
    who: RECORD_EDITORS,
    destructive: true,
    // A draft is added first (other probes leave the shared record's documents in any state), then finished:
    // whoever may change the record's documents may finish them.
    expect: content,
    send: async (c, o) => {
      const draft = documentForm('utkast.txt', Buffer.from(`utkast ${Math.random()}`), {
        tittel: 'Utkast',
        dokumenttype: 'B',
        dokumentstatus: 'B',
      });
      await postForm(app, c, `/api/journalposter/${o.journalpostId}/dokumenter`, draft);
      return c.request('POST', `/api/journalposter/${o.journalpostId}/dokumenter/ferdigstill`);
    },
  },
  {
    method: 'POST',
    route: '/api/dokumentbeskrivelser/:id/versjoner',
    level: 'record',
    who: RECORD_EDITORS,
    // The R record's document is a draft; the others are finalised: no new version from anyone (krav 3.2.31).
    expect: (archive, s) => (s === 'R' || s === 'closed' || s === 'A' ? content(archive, s) : 'OBJECT_FROZEN'),
    send: (c, o) =>
      upload(`/api/dokumentbeskrivelser/${o.dokumentId}/versjoner`, [
        { name: 'fil', file: { filename: 'v.txt', body: Buffer.from(`v ${Math.random()}`) } },
      ])(c),
  },
  {
    method: 'POST',
    route: '/api/dokumentbeskrivelser/:id/varianter',
    level: 'record',
    who: RECORD_EDITORS,
    // Krav 3.2.27: the archive may add an archive-format variant to an archived record.
    expect: (archive, s) => (s === 'A' ? (archive ? 'OK' : 'RECORD_LOCKED') : content(archive, s)),
    send: (c, o) =>
      upload(`/api/dokumentbeskrivelser/${o.dokumentId}/varianter`, [
        { name: 'variantformat', value: 'A' },
        { name: 'fil', file: { filename: 'a.txt', body: Buffer.from(`a ${Math.random()}`) } },
      ])(c),
  },
  {
    method: 'PUT',
    route: '/api/dokumentbeskrivelser/:id/arkivformat-unntak',
    level: 'record',
    who: ARCHIVE,
    // The archive's exception from the archival format: wherever it may add an archival variant (krav 3.2.27).
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : 'OK'),
    // Withdrawing passes the same rule and leaves the document as it was for the other probes.
    send: (c, o) => json('PUT', `/api/dokumentbeskrivelser/${o.dokumentId}/arkivformat-unntak`, { begrunnelse: null })(c),
  },
  // Disposal (krav 6.1): the archive's alone, on an open or a closed case alike (disposal comes after closing).
  {
    method: 'PUT',
    route: '/api/kassasjon/:objekttype/:id',
    level: 'record',
    who: ARCHIVE,
    expect: () => 'OK',
    // Removing the document's own decision passes the same rule and leaves it as it was.
    send: (c, o) => json('PUT', `/api/kassasjon/dokumentbeskrivelse/${o.dokumentId}`, { kassasjon: null })(c),
  },
  {
    method: 'PUT',
    route: '/api/saksmapper/:id/rettslig-hold',
    level: 'case',
    who: ARCHIVE,
    expect: () => 'OK',
    send: (c, o) => json('PUT', `/api/saksmapper/${o.saksmappeId}/rettslig-hold`, { grunn: null })(c),
  },
  {
    method: 'POST',
    route: '/api/saksmapper/:id/kassasjon',
    level: 'case',
    who: ARCHIVE,
    // No probed case is decided «Kasseres»: the archive is let through the role check to the disposal rule's refusal.
    expect: () => 'DISPOSAL_REFUSED',
    send: (c, o) => json('POST', `/api/saksmapper/${o.saksmappeId}/kassasjon`, undefined)(c),
  },
  // Deleting versions, variants and production formats (krav 2.7.14–2.7.25): the archive's alone, in every state.
  {
    method: 'POST',
    route: '/api/dokumentobjekter/:id/sletting',
    level: 'record',
    who: ARCHIVE,
    // The newest version can never be deleted (SV): the archive is let through to the rule's refusal, and nothing goes.
    expect: () => 'DELETION_REFUSED',
    // The archivist (receiver) reads the file object's id; the caller under test asks for the deletion.
    send: async (c, o) => {
      const dokument = (await receiver.request('GET', `/api/dokumentbeskrivelser/${o.dokumentId}`)).json();
      const newest = (dokument.dokumentobjekter as { id: string; versjonsnummer: number }[]).at(-1)!;
      return json('POST', `/api/dokumentobjekter/${newest.id}/sletting`, { slettingstype: 'SV' })(c);
    },
  },
  {
    method: 'PUT',
    route: '/api/saksmapper/:id/skjerming',
    level: 'case',
    who: CASE_EDITORS,
    expect: openCaseOnly,
    // Opening (null) passes the same rule as screening and leaves the object readable for the other probes.
    send: (c, o) => json('PUT', `/api/saksmapper/${o.saksmappeId}/skjerming`, { tilgangskode: null })(c),
  },
  {
    method: 'PUT',
    route: '/api/journalposter/:id/skjerming',
    level: 'record',
    who: CASE_EDITORS,
    expect: protection,
    send: (c, o) => json('PUT', `/api/journalposter/${o.journalpostId}/skjerming`, { tilgangskode: null })(c),
  },
  {
    method: 'PUT',
    route: '/api/dokumentbeskrivelser/:id/skjerming',
    level: 'record',
    who: CASE_EDITORS,
    expect: protection,
    send: (c, o) => json('PUT', `/api/dokumentbeskrivelser/${o.dokumentId}/skjerming`, { tilgangskode: null })(c),
  },
  {
    method: 'PUT',
    route: '/api/dokumentbeskrivelser/:id/fulltekst-publisering',
    level: 'record',
    who: CASE_EDITORS,
    // Publishing is screening's other side: the same people, in every record state but a closed case.
    expect: protection,
    // Withdrawing passes the same rule as publishing and leaves the document as it was for the other probes.
    send: (c, o) => json('PUT', `/api/dokumentbeskrivelser/${o.dokumentId}/fulltekst-publisering`, { publiser: false })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/skjermingsvedtak',
    level: 'record',
    who: XX_DECIDERS,
    // The probed record is not blocked XX: whom the rule lets through hears that it is not (CONFLICT).
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : 'CONFLICT'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/skjermingsvedtak`, { vedtak: 'opphev' })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/kopi',
    level: 'record',
    who: RECORD_EDITORS,
    // «Kopi til» is asked like a remark (seed 002, 10.1 step 7): it follows journalføring, not archiving.
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : s === 'A' ? 'OBJECT_FROZEN' : 'OK'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/kopi`, { mottakere: [{ brukerId: c.session.bruker.id }] })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/melding-til-arkivet',
    level: 'record',
    who: RECORD_EDITORS,
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : s === 'A' ? 'OBJECT_FROZEN' : 'OK'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/melding-til-arkivet`, { type: 'merknad', merknad: 'Sjekk' })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/avskrivning',
    level: 'record',
    who: RECORD_EDITORS,
    // Writing off is once (the routine no longer offers «Avskriv»): a fresh record for each allowed attempt.
    destructive: true,
    // The R and E records are outgoing letters: only I and N records are written off (CONFLICT).
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : s === 'A' ? 'OBJECT_FROZEN' : s === 'J' ? 'OK' : 'CONFLICT'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/avskrivning`, { avskrivningsmaate: 'TE' })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/ekspedering',
    level: 'record',
    who: RECORD_EDITORS,
    destructive: true,
    // Only a finished (F) record is dispatched, by its authors: none of the probed states is F, so whoever the rule
    // lets through hears the transition table's refusal.
    expect: (_a, s) => (s === 'closed' ? 'CASE_CLOSED' : 'ILLEGAL_STATUS_TRANSITION'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/ekspedering`, {})(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/besvar',
    level: 'record',
    who: RECORD_EDITORS,
    destructive: true,
    // The R and E records are outgoing letters, which are not answered (CONFLICT); the J record is incoming and is
    // answered; an archived one takes no answer; the answer's registration in a closed case is refused first. The
    // archive writes no answers: an own record is its authors' (the transition table's creation row).
    expect: (archive, s) =>
      s === 'closed' ? 'CASE_CLOSED' : archive ? 'ACCESS_DENIED' : s === 'A' ? 'OBJECT_FROZEN' : s === 'J' ? 'OK' : 'CONFLICT',
    send: (c, o) =>
      json('POST', `/api/journalposter/${o.journalpostId}/besvar`, { svarmaate: 'avskriv', journalposttype: 'U', brevmalId })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/omfordeling',
    level: 'record',
    // The archive's incoming letter is its new case's first record: its unit (BYGG) distributes it, so BYGG's
    // leader and deputy hold it; the outgoing letters (R, E) have no task, so only the archive redistributes them.
    who: ['leader', 'deputy', 'archivist'],
    destructive: true,
    expect: (archive, s) => (s === 'closed' || s === 'A' ? 'CASE_CLOSED' : s === 'J' || archive ? 'OK' : 'ACCESS_DENIED'),
    send: (c, o) =>
      json('POST', `/api/journalposter/${o.journalpostId}/omfordeling`, { til: { brukerId: c.session.bruker.id }, begrunnelse: 'Min' })(c),
  },
  {
    method: 'POST',
    route: '/api/journalposter/:id/dokumentflyt',
    level: 'record',
    who: RECORD_EDITORS,
    destructive: true,
    // «Send til godkjenning» is asked like a status change (it leads to R → F): authors send their reserved own
    // document (R); the E letter is finished and the J and A records are incoming letters (CONFLICT); the archive
    // writes no documents to approve (ACCESS_DENIED by the flow's rule, after the change rule let it through).
    expect: (archive, s) => (s === 'closed' ? 'CASE_CLOSED' : archive ? 'ACCESS_DENIED' : s === 'R' ? 'OK' : 'CONFLICT'),
    send: (c, o) => json('POST', `/api/journalposter/${o.journalpostId}/dokumentflyt`, { flyttype: 'godkjenning', til: [approverId] })(c),
  },
  {
    method: 'POST',
    route: '/api/dokumentbeskrivelser/:id/personsensitiv',
    level: 'record',
    who: SECURE_ZONE_MOVERS,
    destructive: true,
    expect: protection,
    send: (c, o) => json('POST', `/api/dokumentbeskrivelser/${o.dokumentId}/personsensitiv`, {})(c),
  },
];

/** The Noark 5 API's twin of an app route: the same use case, so the same who and the same answers in every state. */
function twin(appRoute: string, route: string, url: (o: Fixture) => string, payload: object): Probe {
  const original = APP_PROBES.find((p) => p.route === appRoute)!;
  return { ...original, route: `${N5}${route}`, send: (c, o) => n5Post(c, `${N5}${url(o)}`, payload) };
}

const A = '/arkivstruktur';
const PROBES: Probe[] = [
  ...APP_PROBES,
  ...['person', 'enhet'].map((kind) =>
    twin('/api/saksmapper/:id/parter', `${A}/mappe/:id/ny-part${kind}/`, (o) => `${A}/mappe/${o.saksmappeId}/ny-part${kind}/`, {
      partRolle: { kode: 'Søker' },
      navn: 'Ny part',
    }),
  ),
  twin('/api/saksmapper/:id/merknader', `${A}/mappe/:id/ny-merknad/`, (o) => `${A}/mappe/${o.saksmappeId}/ny-merknad/`, {
    merknadstekst: 'Merknad',
  }),
  ...[
    ['person', { navn: 'Ny' }],
    ['enhet', { navn: 'Ny AS' }],
    ['intern', { saksbehandler: 'Ny' }],
  ].map(([kind, fields]) =>
    twin(
      '/api/journalposter/:id/korrespondanseparter',
      `${A}/registrering/:id/ny-korrespondansepart${kind as string}/`,
      (o) => `${A}/registrering/${o.journalpostId}/ny-korrespondansepart${kind as string}/`,
      { korrespondanseparttype: { kode: kind === 'intern' ? 'IM' : 'EA' }, ...(fields as object) },
    ),
  ),
  twin('/api/journalposter/:id/merknader', `${A}/registrering/:id/ny-merknad/`, (o) => `${A}/registrering/${o.journalpostId}/ny-merknad/`, {
    merknadstekst: 'Merknad',
  }),
];

/** A fresh item in the reception queue for each registration attempt (the archive's registration consumes it). */
async function queueItem(): Promise<string> {
  const res = await postForm(app, receiver, '/api/mottak/api', [
    { name: 'tittel', value: 'Brev til postmottaket' },
    { name: 'filer', file: { filename: 'brev.txt', contentType: 'text/plain', body: Buffer.from(`brev ${Math.random()}`) } },
  ]);
  return res.json().items[0].mottak.id as string;
}
let receiver: Client;
/** The approver the probes name: a leader of another unit, who probes nothing as an editor. */
let approverId = '';

PROBES.push({
  method: 'POST',
  route: '/api/mottak/:id/registrering',
  level: 'case',
  // Registration from the reception queue is the archive's (seed 001, fase 1); the record rule then decides on the case.
  who: ARCHIVE,
  destructive: true,
  expect: openCaseOnly,
  send: async (c, o) => c.request('POST', `/api/mottak/${await queueItem()}/registrering`, { saksmappeId: o.saksmappeId, tittel: 'Brev' }),
});

/** The status each record state moves to in the status probe: [by an author, by the archive]. */
const NEXT: Record<RecordState, [string, string]> = { R: ['F', 'U'], E: ['J', 'J'], J: ['A', 'A'], A: ['U', 'U'], closed: ['U', 'U'] };

/** Writes that are no change to a case, record or document, and why. */
const NOT_RECORD_WRITE: Record<string, string> = {
  // Access requests (issue 15 item 3; tests/innsynskrav): the request's own steps.
  'POST /api/offentlig/:orgnr/innsynskrav':
    'a public order without login: registered by the archive (the system) as new incoming post in a new case of its own',
  'POST /api/innsynskrav/:id/deler/:delId/avgjoerelse':
    "an access request's own step: the case owner it was routed to, a leader or the archive decides (mayDecide), changing no record",
  'POST /api/innsynskrav/:id/deler/:delId/sladding':
    "the decision's public variant (O, krav 3.2.27), by whoever decides the record and reads the document in full; the record is unchanged",
  'POST /api/innsynskrav/einnsyn':
    'an eInnsyn order: registered by the archive as new incoming post in a new case of its own (archive only)',
  'POST /api/mottak/:id/innsynskrav':
    'post from the reception queue registered as an access request: new incoming post in a new case of its own (archive only; tests/innsynskrav/epost-intake)',
  'POST /api/innsynskrav/:id/svar':
    "registers and dispatches the answer in the request's own case through registerJournalpost and the dispatch, under their change rule",
  'POST /api/auth/login': 'session: logging in',
  'POST /api/auth/logout': 'session: logging out',
  'PUT /api/session/aktiv-rolle': "session: choosing one's own active role",
  'POST /api/api-tokens': "session: a token for one's own role assignment",
  'POST /api/enheter': 'organisation administration (system owner only: requireRole SYS)',
  'POST /api/brukere': 'organisation administration (system owner only: requireRole SYS)',
  'POST /api/rolletildelinger': 'organisation administration (system owner only: requireRole SYS)',
  'POST /api/rolletildelinger/:id/avslutt': 'organisation administration (system owner only: requireRole SYS)',
  'PUT /api/brukere/:id/status': 'organisation administration (system owner only: requireRole SYS)',
  'POST /api/jobber/:id/prov-igjen': 'background jobs: a failed job tried again (system owner only: requireRole SYS)',
  'POST /api/arkiver': 'archive structure administration, no case or record (role-gated in its use case)',
  'POST /api/arkivdeler': 'archive structure administration, no case or record (role-gated in its use case)',
  'POST /api/arkivdeler/:id/periodeslutt':
    'archive periods (krav 6.2), the archive only (role-gated in its use case); moves no case unless asked to carry all open ones over (tests/records/perioder.test.ts)',
  'POST /api/arkivdeler/:id/overfoering':
    'archive periods (krav 6.2.9): the archive carries every open case of a part in overlap to its successor (role-gated; tests/records/perioder.test.ts)',
  'POST /api/arkivdeler/:id/avslutning': 'archive periods (krav 6.2.7): the archive closes a part, no case or record changes (role-gated)',
  'POST /api/arkivdeler/:id/arkivuttrekk':
    'an extraction of a closed part (krav 6.4) started as a background job: writes files, changes no case or record (archive and system owner; tests/uttrekk/uttrekk-jobb.test.ts)',
  'POST /api/klassifikasjonssystemer': 'archive structure administration, no case or record (role-gated in its use case)',
  'POST /api/klassifikasjonssystemer/:id/klasser': 'archive structure administration, no case or record (role-gated in its use case)',
  'POST /api/tilgangskoder': 'access administration (system owner only; tests/tilgang-admin)',
  'PUT /api/tilgangskoder/:kode': 'access administration (system owner only; tests/tilgang-admin)',
  'POST /api/tilgangsgrupper': 'access administration (system owner only; tests/tilgang-admin)',
  'PUT /api/tilgangsgrupper/:id': 'access administration (system owner only; tests/tilgang-admin)',
  'POST /api/tilgangsgrupper/:id/medlemmer': 'access administration (system owner only; tests/tilgang-admin)',
  'DELETE /api/tilgangsgrupper/:id/medlemmer/:brukerId': 'access administration (system owner only; tests/tilgang-admin)',
  'PUT /api/organisasjon/arkivformater':
    "the organisation's approved archival formats (krav 2.7.9), no case or record (role-gated in its use case)",
  'PUT /api/organisasjon/svarfrister':
    'organisation settings: due-date periods, no case or record (archive and system owner; tests/records/due-dates)',
  'POST /api/saksmapper': "creates a new case: no existing object; the transition table's creation rows decide who",
  'POST /noark5/v5/arkivstruktur/arkivdel/:id/ny-saksmappe/': 'creates a new case through createSaksmappe, as POST /api/saksmapper',
  'POST /noark5/v5/login/token/': "session: the Noark 5 API's token endpoint (a login, or a refresh token traded for a new session)",
  'POST /api/sikker-sone/steg-opp': "session: the secure zone's second login step",
  'DELETE /api/sikker-sone/steg-opp': "session: ending the secure zone's second login step",
  'POST /api/auth/logout-everywhere': "session: ending all of one's own sessions",
  'DELETE /api/api-tokens/:id': "session: revoking a token (one's own, or the system owner's in the organisation)",
  'DELETE /api/session/okter/:id': "session: ending one of one's own sessions",
  // A task's own step: who takes it is the task rule's (mayTakeStep), tested in tests/oppgaver and tests/arbeidslister.
  'POST /api/oppgaver/:id/fordel':
    "a task's step: the leader or deputy of the task's unit, or the archive (tests/oppgaver/distribution.test.ts)",
  'POST /api/oppgaver/:id/lest': "a task's step: a copy marked read by its recipient (tests/arbeidslister/worklists.test.ts)",
  'POST /api/oppgaver/:id/utfort': "a task's step: the archive's queue, closed by the archive (tests/arbeidslister/worklists.test.ts)",
  // The flow's own step: only its current approver or reviewer answers (decide in src/features/godkjenning/domain/flyt.ts).
  'POST /api/journalposter/:id/dokumentflyt/svar':
    'the current approver or reviewer answers a round, whatever the change rule says of them (tests/godkjenning)',
  'POST /api/varsler/:id/lest': "one's own notification marked read",
  'PUT /api/varsler/innstilling': "one's own choice of e-mail notifications",
  'POST /api/mottak/skanning': 'reception queue intake: post before it is a record (archive only; tests/mottak)',
  'POST /api/mottak/epost': 'reception queue intake: post before it is a record (archive only; tests/mottak)',
  'POST /api/mottak/api': 'reception queue intake: post before it is a record (any role delivers; tests/mottak)',
  'POST /api/mottak/:id/arkivbegrensning': 'reception queue: post kept out of the archive, never a record (archive only; tests/mottak)',
  'POST /api/arkivbegrensning-grunner': 'reception queue administration: the reasons for arkivbegrensning (archive, system owner)',
  'PUT /api/arkivbegrensning-grunner/:id': 'reception queue administration: the reasons for arkivbegrensning (archive, system owner)',
  'POST /api/maler': 'template administration (system owner only: requireRole SYS; tests/maler)',
  'PATCH /api/maler/:id': 'template administration (system owner only: requireRole SYS; tests/maler)',
  'POST /api/maler/:id/fil': 'template administration (system owner only: requireRole SYS; tests/maler)',
  'PUT /api/brevhode': 'letterhead administration (system owner only: requireRole SYS; tests/maler)',
  'POST /api/rapporter/restanseliste/kvartal':
    "the archive's quarterly backlog run: new notes in its own case, no existing object changed (archive only; tests/rapporter)",
};

describe(`the change matrix (${engineName()})`, () => {
  let handle: DatabaseHandle;
  const clients = {} as Record<Relation, Client>;
  const ctx = {} as Record<'ARK' | 'distributed' | 'owner', Ctx>;
  let bygg: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    app = await createTestApp(handle);
    Object.assign(clients, await logInPeople(handle, app, PEOPLE));
    receiver = clients.archivist;
    approverId = clients.leaderOther.session.bruker.id;
    ctx.ARK = await as(handle, 'valer', 'ARK');
    ctx.owner = await as(handle, 'valer', 'SB');
    ctx.distributed = await ctxFor(handle, PEOPLE.distributed.brukernavn, 'valer', 'SB');
    bygg = await unitId(ctx.ARK, 'BYGG');
    brevmalId = (await listBrevmaler(ctx.owner, { journalposttype: 'U' })).find((m) => m.maltype === 'brev')!.id;
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  async function newCase(): Promise<string> {
    return (await createCase(ctx.ARK, { saksansvarligId: ctx.owner.actor.brukerId, administrativEnhetId: bygg })).id;
  }

  async function addDocument(journalpostId: string, by: Client, dokumentstatus: 'B' | 'F'): Promise<string> {
    const res = await postForm(
      app,
      by,
      `/api/journalposter/${journalpostId}/dokumenter`,
      documentForm('brev.txt', Buffer.from(`brev ${Math.random()}`), { dokumentstatus }),
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  /** A record of `distributed` in `state`, with one document, in a case of `owner` in BYGG. */
  async function fixture(state: RecordState): Promise<Fixture> {
    const saksmappeId = await newCase();
    const otherCaseId = await newCase();
    const own = async (status: 'B' | 'F') => {
      // The owner distributes the letter to the case worker: they are its saksbehandler.
      const r = await registerJournalpost(ctx.owner, saksmappeId, {
        journalposttype: 'U',
        tittel: 'Svar på søknad',
        saksbehandlerId: ctx.distributed.actor.brukerId,
        // Dispatched (E) by print, the channel proposed without an address.
        korrespondanseparter: [{ korrespondanseparttype: 'EM', navn: 'Søker' }],
      });
      return { id: r.id, doc: await addDocument(r.id, clients.distributed, status) };
    };
    const incoming = async () => {
      const r = await registerJournalpost(ctx.ARK, saksmappeId, {
        journalposttype: 'I',
        tittel: 'Søknad',
        saksbehandlerId: ctx.distributed.actor.brukerId,
      });
      const doc = await addDocument(r.id, clients.archivist, 'F');
      // The archive journalfører the letter once its scan is attached (tests/records/plausibility).
      await changeJournalstatus(ctx.ARK, r.id, { journalstatus: 'J' });
      return { id: r.id, doc };
    };
    let record;
    if (state === 'R') record = await own('B');
    else if (state === 'E') {
      record = await own('F');
      await changeJournalstatus(ctx.distributed, record.id, { journalstatus: 'F' });
      await changeJournalstatus(ctx.distributed, record.id, { journalstatus: 'E' });
    } else {
      record = await incoming();
      if (state === 'A') await changeJournalstatus(ctx.ARK, record.id, { journalstatus: 'A' });
      if (state === 'closed') await changeSaksstatus(ctx.ARK, saksmappeId, { saksstatus: 'A' });
    }
    return { saksmappeId, otherCaseId, journalpostId: record.id, dokumentId: record.doc, state, closed: state === 'closed' };
  }

  it('probes every write path of the route table, or names why it is no change to a case or record', async () => {
    const routes = await writeRoutes(app);
    expect(routes.length).toBeGreaterThan(20);
    // Every write path accounted for, and nothing listed here that no longer exists.
    const probed = PROBES.map((p) => `${p.method} ${p.route}`);
    expect(uncoveredRoutes(routes, probed, NOT_RECORD_WRITE)).toEqual({ notCovered: [], gone: [] });
  });

  const outcomeOf = (probe: Probe, res: LightMyRequestResponse) => {
    if (res.statusCode < 300) return 'OK';
    // The Noark 5 API's error body has room for the status only; our code rides in a header.
    const code = (res.headers['saksgang-feilkode'] as string | undefined) ?? (res.json() as { code: string }).code;
    // A variant that exists already was let through by the rule; only the version's second variant is refused.
    return probe.route.endsWith('/varianter') && code === 'ALREADY_EXISTS' ? 'OK' : code;
  };

  const expected = (probe: Probe, relation: Relation, state: RecordState | CaseState) =>
    probe.who.includes(relation) ? probe.expect(relation === 'archivist', state) : 'ACCESS_DENIED';

  for (const state of RECORD_STATES) {
    it(`answers every relation on every write path as the rule says: record ${state}`, async () => {
      const shared = await fixture(state);
      const caseState: CaseState = state === 'closed' ? 'closed' : 'open';
      const wrong: string[] = [];
      for (const probe of PROBES) {
        // Case-level paths are probed on the open case once (with the R record) and on the closed case.
        if (probe.level === 'case' && state !== 'R' && state !== 'closed') continue;
        const probeState = probe.level === 'case' ? caseState : state;
        for (const relation of RELATIONS) {
          const want = expected(probe, relation, probeState);
          const objects = probe.destructive && want === 'OK' ? await fixture(state) : shared;
          const res = await probe.send(clients[relation], objects, relation === 'archivist');
          const got = outcomeOf(probe, res);
          if (got !== want) wrong.push(`${probe.method} ${probe.route} by ${relation} on ${probeState}: got ${got}, want ${want}`);
        }
      }
      expect(wrong).toEqual([]);
    }, 900_000);
  }
});
