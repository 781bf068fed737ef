import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createSaksmappe } from '../../src/features/saksmappe/create-saksmappe.js';
import { updateSaksmappe } from '../../src/features/saksmappe/update-saksmappe.js';
import { caseObject, documentObject, recordObject } from '../../src/features/tilgang/domain/read-objects.js';
import { hasFullAccess, type ReadObject, type Reader } from '../../src/features/tilgang/domain/read-rule.js';
import type { TitleScreening } from '../../src/features/tilgang/domain/public-title.js';
import { SKJERMET } from '../../src/features/tilgang/domain/screened-fields.js';
import type { Ctx } from '../../src/shared/context.js';
import { documentForm, postForm } from '../documents/fixtures.js';
import { runDueJobs } from '../../src/jobs/background.js';
import { as, FNR } from '../records/records-world.js';
import type { Client } from '../support/test-app.js';
import { ctxFor, silentLog } from '../support/world.js';
import { VALER_PEOPLE, VALER_RELATIONS, type Person, type ValerRelation } from './people.js';

/*
 * The world of the read matrix: Våler with its unit tree (TEK above BYGG),
 * one person per relation to the cases, and one case + record + document per
 * scenario, each field holding a secret word of its own («qz<key><field>»),
 * so a response can be searched for every word its reader may not see.
 */

/**
 * Besides the people of both matrices: the case's creator, the record's
 * saksbehandler, an internal contact, a member of the case's access group
 * (Personal) and a member of another group only (Elev), which one document has.
 */
export type ReadRelation =
  ValerRelation | 'creator' | 'responsible' | 'internalContact' | 'groupMember' | 'otherGroupMember' | 'noteRecipient';
export const READ_RELATIONS: readonly ReadRelation[] = [
  ...VALER_RELATIONS,
  'creator',
  'responsible',
  'internalContact',
  'groupMember',
  'otherGroupMember',
  'noteRecipient',
];

/** Every case is in BYGG (under TEK), owned by `owner`, created by `creator`; its record's saksbehandler is `responsible`. */
export const READ_PEOPLE: Record<ReadRelation, Person> = {
  ...VALER_PEOPLE,
  creator: { brukernavn: 'valer.sb.oppretter', rolle: 'SB', enhet: 'HO' },
  responsible: { brukernavn: 'valer.sb.ansvarlig', rolle: 'SB', enhet: 'HO' },
  internalContact: { brukernavn: 'valer.sb.kontakt', rolle: 'SB', enhet: 'HO' },
  groupMember: { brukernavn: 'valer.sb.personal', rolle: 'SB', enhet: 'PER' },
  otherGroupMember: { brukernavn: 'valer.sb.elev', rolle: 'SB', enhet: 'SKO' },
  noteRecipient: { brukernavn: 'valer.sb.mottaker', rolle: 'SB', enhet: 'HO' },
};

/**
 * Who reads a screened object, written out apart from the rule (seed 001,
 * issue 10): a test that the rule the matrix asks is still the rule.
 */
export const READERS_OF_A_SCREENED_CASE: readonly ReadRelation[] = [
  'creator',
  'owner',
  'internalContact',
  'groupMember',
  'leader',
  'deputy',
  'leaderAbove',
  'archivist',
];
/** A record adds its saksbehandler (the document's responsible) and whoever holds it to answer (an internal note's recipient). */
export const READERS_OF_A_SCREENED_RECORD: readonly ReadRelation[] = [...READERS_OF_A_SCREENED_CASE, 'responsible', 'noteRecipient'];

/** Where the access code sits: the case (its record and document inherit), the record only, or the document only. */
export interface Scenario {
  key: string;
  code: string | null;
  on: 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse';
  arkivdel: 'SAK' | 'PERS' | 'ELEV';
  /** Screened title words of the case (0-based); none gives P and E cases «Personalmappe» / «Elevmappe». */
  skjermedeTittelord: number[];
  fnr?: string;
  /** The document is in the secure zone. */
  personsensitiv?: boolean;
  /** Then the document gets a code of its own, and the other group (Elev) instead of its record's (Personal). */
  documentCode?: string;
}

export const SCENARIOS: readonly Scenario[] = [
  { key: 'op', code: null, on: 'saksmappe', arkivdel: 'SAK', skjermedeTittelord: [] },
  { key: 'uu', code: 'U', on: 'saksmappe', arkivdel: 'SAK', skjermedeTittelord: [1], fnr: FNR[0] },
  { key: 'pp', code: 'P', on: 'saksmappe', arkivdel: 'PERS', skjermedeTittelord: [], fnr: FNR[1], personsensitiv: true },
  { key: 'ee', code: 'E', on: 'saksmappe', arkivdel: 'ELEV', skjermedeTittelord: [], fnr: FNR[2] },
  { key: 'ss', code: 'S', on: 'saksmappe', arkivdel: 'SAK', skjermedeTittelord: [1], fnr: FNR[3] },
  { key: 'xx', code: 'XX', on: 'saksmappe', arkivdel: 'SAK', skjermedeTittelord: [1], fnr: FNR[4] },
  { key: 'ru', code: 'U', on: 'journalpost', arkivdel: 'SAK', skjermedeTittelord: [] },
  { key: 'ds', code: 'S', on: 'dokumentbeskrivelse', arkivdel: 'SAK', skjermedeTittelord: [] },
  // A record for one group with a document for another: each is searched under its own screening.
  { key: 'dg', code: 'U', on: 'journalpost', arkivdel: 'SAK', skjermedeTittelord: [], documentCode: 'S' },
];

/** Which object a secret word belongs to: the reader sees it exactly when the rule lets them see that object (or party). */
export type Owner = 'case' | 'record' | 'screenedParty' | 'document';
const FIELDS: Record<string, Owner> = {
  sak: 'case', // case title
  beskr: 'case',
  part: 'case',
  merknad: 'case',
  jp: 'record', // record title
  jpbeskr: 'record',
  kpart: 'record',
  jpmerknad: 'record',
  kskjult: 'screenedParty', // a correspondence party marked skjermet
  dok: 'document', // document title
  dokbeskr: 'document',
  forf: 'document',
  fil: 'document', // file name
  innhold: 'document', // file content
};

export interface Secret {
  word: string;
  owner: Owner;
  /** In the search index: the case row, the record row or neither. */
  indexedIn: ('saksmappe' | 'journalpost')[];
}

const INDEXED: Record<string, Secret['indexedIn']> = {
  sak: ['saksmappe'],
  part: ['saksmappe'],
  jp: ['journalpost'],
  kpart: ['saksmappe', 'journalpost'],
  kskjult: ['saksmappe', 'journalpost'],
  dok: ['journalpost'],
  innhold: ['journalpost'],
};

export const word = (s: Scenario, field: string) => `qz${s.key}${field}`;

export function secretsOf(s: Scenario): Secret[] {
  const secrets = Object.entries(FIELDS).map(([field, owner]) => ({
    word: word(s, field),
    owner,
    // The secure zone keeps no extracted text.
    indexedIn: field === 'innhold' && s.personsensitiv ? [] : (INDEXED[field] ?? []),
  }));
  return s.fnr ? [...secrets, { word: s.fnr, owner: 'case' as const, indexedIn: [] }] : secrets;
}

/** One scenario's objects as built, with the read rule's objects for them. */
export interface Built {
  s: Scenario;
  saksmappeId: string;
  journalpostId: string;
  dokumentId: string;
  dokumentobjektId: string;
  partId: string;
  korrespondansepartId: string;
  skjultPartId: string;
  /** What the public title is made of, per object. */
  titles: Record<'case' | 'record' | 'document', TitleScreening>;
  objects: { case: ReadObject; record: ReadObject; document: ReadObject };
}

/** What one relation may see of one scenario, by the pure rule. */
export interface Sight {
  case: boolean;
  record: boolean;
  document: boolean;
  screenedParty: boolean;
}

export function sightOf(reader: Reader, b: Built): Sight {
  const record = hasFullAccess(reader, b.objects.record);
  return {
    case: hasFullAccess(reader, b.objects.case),
    record,
    document: hasFullAccess(reader, b.objects.document),
    // A party marked skjermet: shown to those who would read the record were it screened.
    screenedParty: record && hasFullAccess(reader, { ...b.objects.record, tilgangskode: b.objects.record.tilgangskode ?? SKJERMET }),
  };
}

export interface ReadWorld {
  built: Built[];
  readers: Record<ReadRelation, Reader>;
  ids: Record<ReadRelation, string>;
}

interface Setup {
  handle: DatabaseHandle;
  app: FastifyInstance;
  clients: Record<ReadRelation, Client>;
}

/** Builds every scenario and the readers (as the rule sees them) of every relation. */
export async function buildReadWorld({ handle, app, clients }: Setup): Promise<ReadWorld> {
  const ark = await as(handle, 'valer', 'ARK');
  const ids = {} as Record<ReadRelation, string>;
  for (const r of READ_RELATIONS) ids[r] = clients[r].session.bruker.id;
  const places = await placesOf(ark);
  await addToGroup(clients.systemOwner, places.personal, ids.groupMember);
  await addToGroup(clients.systemOwner, places.elev, ids.otherGroupMember);
  const creator = await ctxFor(handle, READ_PEOPLE.creator.brukernavn, 'valer', 'SB');
  const built: Built[] = [];
  for (const s of SCENARIOS) built.push(await buildScenario({ handle, app, ark, creator, archivist: clients.archivist, ids, places }, s));
  // The files' text reaches the search index through background jobs: run them as the server would.
  await runDueJobs({ db: handle.db, log: silentLog, config: { dataDir: app.deps.config.dataDir } });
  const readers = {} as Record<ReadRelation, Reader>;
  for (const r of READ_RELATIONS) readers[r] = readerOf(r, ids[r], places);
  return { built, readers, ids };
}

type Places = Awaited<ReturnType<typeof placesOf>>;

async function placesOf(ctx: Ctx) {
  return inTenant(ctx, async (tx) => {
    const units = await tx.selectFrom('administrativ_enhet').select(['id', 'kortnavn', 'overordnet_enhet_id']).execute();
    const arkivdeler = await tx.selectFrom('arkivdel').select(['id', 'kortnavn']).execute();
    const fnr = await tx.selectFrom('klassifikasjonssystem').select('id').where('kortnavn', '=', 'FNR').executeTakeFirstOrThrow();
    const noekkel = await tx
      .selectFrom('klassifikasjonssystem')
      .select('id')
      .where('kortnavn', '=', 'ARKIVNOKKEL')
      .executeTakeFirstOrThrow();
    const group = (navn: string) => tx.selectFrom('tilgangsgruppe').select('id').where('navn', '=', navn).executeTakeFirstOrThrow();
    const [personal, elev] = [await group('Personal'), await group('Elev')];
    return {
      units,
      unit: (kortnavn: string) => units.find((u) => u.kortnavn === kortnavn)!.id,
      arkivdel: (kortnavn: string) => arkivdeler.find((a) => a.kortnavn === kortnavn)!.id,
      fnrSystem: fnr.id,
      noekkelSystem: noekkel.id,
      personal: personal.id,
      elev: elev.id,
    };
  });
}

/** The reader as the rule defines it, built here from the world rather than by the app's reader.ts. */
function readerOf(r: ReadRelation, brukerId: string, places: Places): Reader {
  const p = READ_PEOPLE[r];
  const own = p.enhet ?? (p.rolle === 'LED' || p.rolle === 'SF' ? 'BYGG' : undefined);
  const leads = (p.rolle === 'LED' || p.rolle === 'SF') && own ? unitAndBelow(places, places.unit(own)) : [];
  const groups: Partial<Record<ReadRelation, string[]>> = { groupMember: [places.personal], otherGroupMember: [places.elev] };
  return { brukerId, rolle: p.rolle, ledetEnheter: leads, tilgangsgrupper: groups[r] ?? [] };
}

function unitAndBelow(places: Places, id: string): string[] {
  const below = places.units.filter((u) => u.overordnet_enhet_id === id).flatMap((u) => unitAndBelow(places, u.id));
  return [id, ...below];
}

/** Through the access administration routes (docs/access.md), as the system owner and the archive would. */
async function addToGroup(systemOwner: Client, gruppe: string, brukerId: string) {
  const res = await systemOwner.request('POST', `/api/tilgangsgrupper/${gruppe}/medlemmer`, { brukerId });
  if (res.statusCode !== 201) throw new Error(`adding a group member failed: ${res.body}`);
}

async function addInternalContact(archivist: Client, saksmappeId: string, brukerId: string) {
  const res = await archivist.request('POST', `/api/saksmapper/${saksmappeId}/interne-kontakter`, { brukerId });
  if (res.statusCode !== 201) throw new Error(`adding an internal contact failed: ${res.body}`);
}

interface BuildDeps {
  handle: DatabaseHandle;
  app: FastifyInstance;
  ark: Ctx;
  creator: Ctx;
  archivist: Client;
  ids: Record<ReadRelation, string>;
  places: Places;
}

async function buildScenario(d: BuildDeps, s: Scenario): Promise<Built> {
  const w = (field: string) => word(s, field);
  const byggesak = s.arkivdel === 'SAK';
  const fnr = s.fnr ? { klassifikasjonssystemId: d.places.fnrSystem, verdi: s.fnr } : undefined;
  const sak = await createSaksmappe(d.creator, {
    tittel: `Matrisesak ${w('sak')}`,
    arkivdelId: d.places.arkivdel(s.arkivdel),
    beskrivelse: w('beskr'),
    administrativEnhetId: d.places.unit('BYGG'),
    saksansvarligId: d.ids.owner,
    primaerKlasse: byggesak ? { verdi: 'L42' } : fnr!,
    sekundaerKlasser: byggesak ? (fnr ? [fnr] : []) : [{ klassifikasjonssystemId: d.places.noekkelSystem, verdi: 'L42' }],
    tilgangskode: null,
    parter: [{ partNavn: w('part'), partRolle: 'Søker' }],
    merknader: [{ merknadstekst: w('merknad') }],
  });
  // A second title, so the change log holds a screened old value too.
  await updateSaksmappe(d.ark, sak.id, { tittel: `Matrisesak ${w('sak')} 2026` });
  await addInternalContact(d.archivist, sak.id, d.ids.internalContact);
  const jp = await registerJournalpost(d.ark, sak.id, {
    journalposttype: 'I',
    // Journalført at once (a paper letter), so the public journal lists it; an XX record cannot be journalført.
    dokumentmedium: s.code === 'XX' ? null : 'F',
    tittel: `Matrisesak ${w('jp')}`,
    beskrivelse: w('jpbeskr'),
    administrativEnhetId: d.places.unit('BYGG'),
    saksbehandlerId: d.ids.responsible,
    korrespondanseparter: [
      { korrespondanseparttype: 'EA', navn: w('kpart') },
      { korrespondanseparttype: 'EA', navn: w('kskjult'), skjermet: true },
    ],
    merknader: [{ merknadstekst: w('jpmerknad') }],
  });
  // Given to read: it is in the hands of someone outside the case to answer, as a dispatched internal note is
  // in its recipient's (their `besvare` task, seed 002 10.6; the task is what dispatch and distribution write).
  await d.handle.db
    .insertInto('oppgave')
    .values({
      organisasjon_id: d.ark.role.organisasjonId,
      oppgavetype: 'besvare',
      mottaker_bruker_id: d.ids.noteRecipient,
      saksmappe_id: sak.id,
      journalpost_id: jp.id,
      opprettet_av: d.ark.actor.brukerId,
    })
    .execute();
  const dok = await upload(d, jp.id, s);
  await screen(d, s, { saksmappe: sak.id, journalpost: jp.id, dokumentbeskrivelse: dok.id });
  return describeBuilt(d, s, { saksmappeId: sak.id, journalpostId: jp.id, dokumentId: dok.id, dokumentobjektId: dok.objektId });
}

async function upload(d: BuildDeps, journalpostId: string, s: Scenario) {
  const w = (field: string) => word(s, field);
  const fields: Record<string, string> = { tittel: w('dok'), dokumenttype: 'SO', ...(s.personsensitiv ? { personsensitiv: 'true' } : {}) };
  const res = await postForm(
    d.app,
    d.archivist,
    `/api/journalposter/${journalpostId}/dokumenter`,
    documentForm(`${w('fil')}.txt`, Buffer.from(`Innhold ${w('innhold')}`), fields, 'text/plain'),
  );
  if (res.statusCode !== 201) throw new Error(`upload: ${res.body}`);
  const body = res.json() as { id: string; dokumentobjekter: { id: string }[] };
  // Author and description have no API yet; they are screened fields all the same.
  await d.handle.db
    .updateTable('dokumentbeskrivelse')
    .set({ forfatter: w('forf'), beskrivelse: w('dokbeskr') })
    .where('id', '=', body.id)
    .execute();
  return { id: body.id, objektId: body.dokumentobjekter[0]!.id };
}

/**
 * Screens the scenario's object through the API, for the Personal group,
 * after its children exist, so they inherit as they would; then the
 * document's own code for the Elev group, where the scenario has one.
 */
async function screen(d: BuildDeps, s: Scenario, ids: Record<Scenario['on'], string>) {
  await screenOne(d, s, s.on, ids[s.on], { tilgangskode: s.code, skjermedeTittelord: s.skjermedeTittelord, gruppe: d.places.personal });
  if (s.documentCode) {
    const own = { tilgangskode: s.documentCode, skjermedeTittelord: [], gruppe: d.places.elev };
    await screenOne(d, s, 'dokumentbeskrivelse', ids.dokumentbeskrivelse, own);
  }
}

async function screenOne(
  d: BuildDeps,
  s: Scenario,
  on: Scenario['on'],
  id: string,
  x: { tilgangskode: string | null; skjermedeTittelord: number[]; gruppe: string },
) {
  const path = { saksmappe: 'saksmapper', journalpost: 'journalposter', dokumentbeskrivelse: 'dokumentbeskrivelser' }[on];
  const res = await d.archivist.request('PUT', `/api/${path}/${id}/skjerming`, {
    tilgangskode: x.tilgangskode,
    skjermedeTittelord: x.skjermedeTittelord,
    tilgangsgruppeId: x.tilgangskode ? x.gruppe : null,
  });
  if (res.statusCode !== 200) throw new Error(`screening ${s.key} (${on}): ${res.body}`);
}

async function describeBuilt(
  d: BuildDeps,
  s: Scenario,
  o: Omit<Built, 's' | 'titles' | 'objects' | 'partId' | 'korrespondansepartId' | 'skjultPartId'>,
) {
  const db = d.handle.db;
  const sak = await db.selectFrom('saksmappe').selectAll().where('id', '=', o.saksmappeId).executeTakeFirstOrThrow();
  const jp = await db.selectFrom('journalpost').selectAll().where('id', '=', o.journalpostId).executeTakeFirstOrThrow();
  const dok = await db.selectFrom('dokumentbeskrivelse').selectAll().where('id', '=', o.dokumentId).executeTakeFirstOrThrow();
  const part = await db.selectFrom('part').select('id').where('saksmappe_id', '=', sak.id).executeTakeFirstOrThrow();
  const kparter = await db.selectFrom('korrespondansepart').select(['id', 'skjermet']).where('journalpost_id', '=', jp.id).execute();
  const kontakter = [d.ids.internalContact];
  // Those the record was given to read: the note recipient's task (the unit's own task adds nothing: BYGG reads anyway).
  const given = { ...jp, kopi_brukere: [d.ids.noteRecipient], kopi_enheter: [] };
  return {
    s,
    ...o,
    partId: part.id,
    korrespondansepartId: kparter.find((k) => !k.skjermet)!.id,
    skjultPartId: kparter.find((k) => k.skjermet)!.id,
    titles: {
      case: titleOf(sak),
      record: titleOf(jp),
      document: titleOf({ ...dok, offentlig_tittel: null }),
    },
    objects: {
      case: caseObject(sak, kontakter),
      record: recordObject(given, sak, kontakter),
      document: documentObject(dok, given, sak, kontakter),
    },
  };
}

function titleOf(row: { tittel: string; offentlig_tittel: string | null; tilgangskode: string | null; skjermede_tittelord: number[] }) {
  return {
    tittel: row.tittel,
    offentligTittel: row.offentlig_tittel,
    tilgangskode: row.tilgangskode,
    skjermedeTittelord: row.skjermede_tittelord,
  };
}
