import { buildDocx } from '../../src/office/docx-builder.js';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { addKryssreferanse, addPresedens } from '../../src/features/saksmappe/add-to-saksmappe.js';
import { setSkjerming } from '../../src/features/tilgang/set-skjerming.js';
import type { Ctx } from '../../src/shared/context.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import { as, createCase, type Org } from '../records/records-world.js';
import { loginAs, type Client } from '../support/test-app.js';
import { PASSWORD } from '../support/world.js';
import { receptionQueue } from './count-reception.js';
import { accessRequest } from './count-innsynskrav.js';

/*
 * The world of the query-count test: one organisation where everything a
 * read path lists comes `n` times (the test builds it with n and with 10 n
 * in two organisations and compares): cases, a case's records, parts,
 * remarks, references, precedents and internal contacts, a record's parties,
 * remarks and documents, a document's versions, units, users, a user's role
 * assignments, access codes and groups, a group's members, classes, API
 * tokens, sessions, blocked (XX) records, reading-log entries, and the
 * case worker's tasks to answer and copies to read. Every
 * other record is screened, so a case worker's pages take the screened path.
 */

export const COMMON_WORD = 'Tellesak';

export interface CountWorld {
  org: Org;
  n: number;
  clients: { ark: Client; sb: Client; sys: Client };
  saksmappeId: string;
  journalpostId: string;
  dokumentId: string;
  dokumentobjektId: string;
  gruppeId: string;
  brukerId: string;
  klassifikasjonssystemId: string;
  klasseId: string;
  /** The archive and archive part of the cases. */
  arkivId: string;
  arkivdelId: string;
  mottakId: string;
  mottakFilId: string;
  brevmalId: string;
  innsynskravId: string;
  kvittering: string;
  organisasjonsnummer: string;
  /** A published full text of the public journal. */
  offentligDokumentobjektId: string;
  /** One each of the first case's parts and remarks and the first record's parties and remarks (the Noark 5 API's single objects). */
  children: { partId: string; merknadId: string; korrespondansepartId: string; journalpostMerknadId: string };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function ok(res: LightMyRequestResponse, what: string, status = 201) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return (res.headers['content-type']?.toString().includes('json') ? res.json() : {}) as Record<string, unknown> & { id: string };
}

export async function buildCountWorld(handle: DatabaseHandle, app: FastifyInstance, org: Org, n: number): Promise<CountWorld> {
  const login = (user: string) => loginAs(app, `${org}.${user}`, PASSWORD);
  const clients = { ark: await login('arkivar'), sb: await login('saksbehandler'), sys: await login('systemansvarlig') };
  for (let i = 1; i < n; i++) await login('arkivar'); // n sessions of the archivist in all
  const people = await organisation(clients.sys, org, n);
  const ark = await as(handle, org, 'ARK');
  const cases = await casesWithRelations(ark, clients.ark, n, people.brukere);
  const records = await recordsOf(ark, cases[0]!, n);
  await tasksOf(clients, records.ids);
  const docs = await documentsOf(app, clients.ark, records.first, n);
  await blocked(ark, cases[1]!, n);
  const reception = await receptionQueue(app, clients.ark, clients.sb, n);
  const brevmalId = await templates(app, clients.sys, n);
  const offentlig = await publicJournal(app, clients.ark, ark, n);
  const innsyn = await accessRequest(handle, org, cases[0]!, records.ids);
  const arkivdelId = ok(await clients.ark.request('GET', `/api/saksmapper/${cases[0]}`), 'the case', 200).arkivdelId as string;
  const deler = ok(await clients.ark.request('GET', '/api/arkivdeler'), 'the archive parts', 200).items as {
    id: string;
    arkivId: string;
  }[];
  return {
    children: await childrenOf(handle, cases[0]!, records.first),
    arkivdelId,
    arkivId: deler.find((d) => d.id === arkivdelId)!.arkivId,
    ...reception,
    ...innsyn,
    ...offentlig,
    org,
    n,
    clients,
    saksmappeId: cases[0]!,
    journalpostId: records.first,
    ...docs,
    ...people,
    brukerId: people.brukere[0]!,
    brevmalId,
  };
}

/** The first of each of a case's and a record's parts, parties and remarks. */
async function childrenOf(handle: DatabaseHandle, saksmappeId: string, journalpostId: string) {
  const first = async (
    table: 'part' | 'merknad' | 'korrespondansepart',
    column: 'saksmappe_id' | 'objekt_id' | 'journalpost_id',
    id: string,
  ) => (await handle.db.selectFrom(table).select('id').where(column, '=', id).orderBy('id').executeTakeFirstOrThrow()).id;
  return {
    partId: await first('part', 'saksmappe_id', saksmappeId),
    merknadId: await first('merknad', 'objekt_id', saksmappeId),
    korrespondansepartId: await first('korrespondansepart', 'journalpost_id', journalpostId),
    journalpostMerknadId: await first('merknad', 'objekt_id', journalpostId),
  };
}

/** Units, users (the first with n role assignments), access codes and groups (the first with n members), classes, API tokens. */
async function organisation(sys: Client, org: Org, n: number) {
  const post = async (url: string, body: unknown) => ok(await sys.request('POST', url, body), `POST ${url}`);
  const enheter: string[] = [];
  for (const i of range(n)) enheter.push((await post('/api/enheter', { kortnavn: `TE${i}`, navn: `Telleenhet ${i}` })).id);
  const brukere: string[] = [];
  for (const i of range(n)) {
    const body = { brukernavn: `${org}.teller${i}`, navn: `Teller ${i}`, rolle: 'SB', enhetId: enheter[i - 1] };
    brukere.push((await post('/api/brukere', body)).id);
  }
  for (const i of range(n - 1)) await post('/api/rolletildelinger', { brukernavn: `${org}.teller1`, rolle: 'LES', enhetId: enheter[i] });
  for (const i of range(n)) await post('/api/tilgangskoder', { kode: `T${i}`, navn: `Tellekode ${i}` });
  const grupper: string[] = [];
  for (const i of range(n)) grupper.push((await post('/api/tilgangsgrupper', { navn: `Tellegruppe ${i}` })).id);
  for (const brukerId of brukere) await post(`/api/tilgangsgrupper/${grupper[0]}/medlemmer`, { brukerId });
  const system = await post('/api/klassifikasjonssystemer', { kortnavn: 'TELLE', tittel: 'Telleklasser' });
  const klasser: string[] = [];
  for (const i of range(n))
    klasser.push((await post(`/api/klassifikasjonssystemer/${system.id}/klasser`, { klasseId: `K${i}`, tittel: `Klasse ${i}` })).id);
  const rolletildelingId = sys.session.aktivRolleId!;
  for (const i of range(n)) await post('/api/api-tokens', { navn: `Tellenøkkel ${i}`, rolletildelingId });
  return { brukere, gruppeId: grupper[0]!, klassifikasjonssystemId: system.id, klasseId: klasser[0]! };
}

/** n cases with the common word; the first with n parts, remarks, references (to the others), precedents and internal contacts. */
async function casesWithRelations(ark: Ctx, arkClient: Client, n: number, brukere: string[]) {
  const first = await createCase(ark, {
    tittel: `${COMMON_WORD} hovedsak`,
    parter: range(n).map((i) => ({ partNavn: `Part ${i}`, partRolle: 'Søker' })),
    merknader: range(n).map((i) => ({ merknadstekst: `Merknad ${i}` })),
  });
  const cases = [first.id];
  for (const i of range(n - 1)) cases.push((await createCase(ark, { tittel: `${COMMON_WORD} ${i}` })).id);
  for (const tilId of cases.slice(1)) await addKryssreferanse(ark, first.id, { tilType: 'saksmappe', tilId });
  for (const i of range(n)) {
    await addPresedens(ark, first.id, { presedensDato: '2026-01-15', tittel: `Presedens ${i}`, rettskildefaktor: 'Vedtak' });
  }
  for (const brukerId of brukere)
    ok(await arkClient.request('POST', `/api/saksmapper/${first.id}/interne-kontakter`, { brukerId }), 'contact');
  return cases;
}

/**
 * The public journal's: n journalført records (paper letters) in a case of
 * the archive's, each with two parties, every other one screened; the first
 * with n documents whose full texts are published.
 */
async function publicJournal(app: FastifyInstance, client: Client, ark: Ctx, n: number) {
  const sak = await createCase(ark, { tittel: 'Offentlig journal' });
  const ids: string[] = [];
  for (const i of range(n)) {
    const jp = await registerJournalpost(ark, sak.id, {
      journalposttype: 'I',
      tittel: `Offentlig brev ${i}`,
      dokumentmedium: 'F',
      korrespondanseparter: [
        { korrespondanseparttype: 'EA', navn: `Avsender ${i}` },
        { korrespondanseparttype: 'EA', navn: `Skjult ${i}`, skjermet: true },
      ],
    });
    if (i % 2 === 0) await setSkjerming(ark, 'journalpost', jp.id, { tilgangskode: 'U' });
    ids.push(jp.id);
  }
  const objekter: string[] = [];
  for (const i of range(n)) {
    const form = documentForm(`fulltekst${i}.txt`, Buffer.from(`Fulltekst ${i}`), { tittel: `Fulltekst ${i}` }, 'text/plain');
    const dok = ok(await postForm(app, client, `/api/journalposter/${ids[0]}/dokumenter`, form), 'full text') as unknown as {
      id: string;
      dokumentobjekter: { id: string }[];
    };
    ok(await client.request('PUT', `/api/dokumentbeskrivelser/${dok.id}/fulltekst-publisering`, { publiser: true }), 'publishing', 200);
    objekter.push(dok.dokumentobjekter[0]!.id);
  }
  return { offentligDokumentobjektId: objekter[0]! };
}

/** n records in the case, every other one screened; the first with n parties and n remarks. */
async function recordsOf(ark: Ctx, saksmappeId: string, n: number) {
  const ids: string[] = [];
  for (const i of range(n)) {
    const many = i === 1 ? n : 1;
    const jp = await registerJournalpost(ark, saksmappeId, {
      journalposttype: 'I',
      tittel: `${COMMON_WORD} brev ${i}`,
      korrespondanseparter: range(many).map((k) => ({ korrespondanseparttype: 'EA', navn: `Avsender ${i}.${k}` })),
      merknader: range(many).map((k) => ({ merknadstekst: `Merknad ${i}.${k}` })),
    });
    if (i % 2 === 0) await setSkjerming(ark, 'journalpost', jp.id, { tilgangskode: 'U' });
    ids.push(jp.id);
  }
  return { first: ids[0]!, ids };
}

/**
 * The case worker's worklists: each of the n records (every other one
 * screened) redistributed to them to answer, and sent to them as a copy, by
 * the archive through the routes (n «Ubesvarte», n «Kopier»).
 */
async function tasksOf(clients: CountWorld['clients'], records: string[]) {
  const til = { brukerId: clients.sb.session.bruker.id };
  for (const id of records) {
    ok(await clients.ark.request('POST', `/api/journalposter/${id}/omfordeling`, { til, begrunnelse: 'Telling' }), 'redistribution', 200);
    ok(await clients.ark.request('POST', `/api/journalposter/${id}/kopi`, { mottakere: [til] }), 'copy', 200);
  }
}

/** n documents on the record, the first screened (U) with n versions, opened n times by the archivist (n reading-log entries). */
async function documentsOf(app: FastifyInstance, ark: Client, journalpostId: string, n: number) {
  // The first stays a draft (B), so it takes new versions.
  const fields = (i: number) => ({ tittel: `Dokument ${i}`, ...(i === 1 ? { dokumentstatus: 'B' } : {}) });
  const file = (i: number) => documentForm(`brev${i}.txt`, Buffer.from(`Innhold ${i}`), fields(i), 'text/plain');
  const dokumenter: { id: string; dokumentobjekter: { id: string }[] }[] = [];
  for (const i of range(n))
    dokumenter.push(ok(await postForm(app, ark, `/api/journalposter/${journalpostId}/dokumenter`, file(i)), 'doc') as never);
  const first = dokumenter[0]!;
  for (const i of range(n - 1)) {
    const form = [{ name: 'fil', file: { filename: `v${i}.txt`, contentType: 'text/plain', body: Buffer.from(`Versjon ${i}`) } }];
    ok(await postForm(app, ark, `/api/dokumentbeskrivelser/${first.id}/versjoner`, form), 'version');
  }
  ok(await ark.request('PUT', `/api/dokumentbeskrivelser/${first.id}/skjerming`, { tilgangskode: 'U' }), 'screening', 200);
  const objekt = first.dokumentobjekter[0]!.id;
  for (const _ of range(n)) ok(await ark.request('GET', `/api/dokumentobjekter/${objekt}/fil`), 'opening', 200);
  return { dokumentId: first.id, dokumentobjektId: objekt };
}

/** n records blocked XX (the leader's basket). */
async function blocked(ark: Ctx, saksmappeId: string, n: number) {
  for (const i of range(n)) {
    await registerJournalpost(ark, saksmappeId, { journalposttype: 'I', tittel: `Sperret ${i}`, tilgangskode: 'XX' });
  }
}

/** n templates beside the defaults, uploaded by the system owner. */
async function templates(app: FastifyInstance, sys: Client, n: number): Promise<string> {
  const ids: string[] = [];
  for (const i of range(n)) {
    const docx = buildDocx({ body: [{ text: `Mal ${i} til {{mottaker.navn}}` }] });
    const form = [
      { name: 'navn', value: `Tellemal ${i}` },
      { name: 'maltype', value: 'brev' },
      { name: 'fil', file: { filename: `mal${i}.docx`, body: docx } },
    ];
    ids.push(ok(await postForm(app, sys, '/api/maler', form), 'template').id);
  }
  return ids[0]!;
}
