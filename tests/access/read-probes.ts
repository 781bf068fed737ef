import { isDeepStrictEqual } from 'node:util';
import type { LightMyRequestResponse } from 'fastify';
import { publicTitle } from '../../src/features/tilgang/domain/public-title.js';
import type { Reader } from '../../src/features/tilgang/domain/read-rule.js';
import type { Client } from '../support/test-app.js';
import { PUBLIC_PROBES } from './read-public.js';
import { RECEPTION_PROBES } from './read-reception.js';
import { INNSYNSKRAV_PROBES } from './read-innsynskrav.js';
import { NOARK5_PROBES } from './read-noark5.js';
import { READ_PEOPLE, secretsOf, word, type Built, type Owner, type ReadRelation, type ReadWorld, type Sight } from './read-world.js';

/*
 * The read paths of the matrix, one probe per GET route. A probe fetches
 * what its route serves of the world and compares the fields that may be
 * screened with what the read rule lets the reader see. Every response a
 * probe fetches is also searched, whole, for every secret word the reader may
 * not see (`Probe.get`), whatever the route: a leak in a field no probe
 * names is found all the same.
 */

const SKJERMET = 'Skjermet';

export interface Probe {
  relation: ReadRelation;
  reader: Reader;
  world: ReadWorld;
  sight(b: Built): Sight;
  /** Fetches `url` as the reader and fails it if the body or a header names a word the reader may not see. */
  get(url: string): Promise<LightMyRequestResponse>;
  /** Records a wrong answer: `what` names the route, reader and object. */
  check(what: string, got: unknown, want: unknown): void;
}

export interface ReadProbe {
  route: string;
  /** Once per reader over all scenarios (lists, search), or once per reader and scenario (an object's pages). */
  each: 'reader' | 'scenario';
  run(p: Probe, b: Built): Promise<void>;
}

export const visible = (sight: Sight, owner: Owner) => sight[owner === 'screenedParty' ? 'screenedParty' : owner];

/** The secret words of every scenario the reader may not see. */
export function hiddenWords(world: ReadWorld, sight: (b: Built) => Sight): string[] {
  return world.built.flatMap((b) =>
    secretsOf(b.s)
      .filter((s) => !visible(sight(b), s.owner))
      .map((s) => s.word.toLowerCase()),
  );
}

/** Makes the probe context of one reader; `wrong` collects what differs. */
export function probeFor(relation: ReadRelation, client: Client, world: ReadWorld, sight: (b: Built) => Sight, wrong: string[]): Probe {
  const hidden = hiddenWords(world, sight);
  return {
    relation,
    reader: world.readers[relation],
    world,
    sight,
    async get(url) {
      const res = await client.request('GET', url);
      const text = `${res.headers['content-disposition'] ?? ''} ${res.body}`.toLowerCase();
      const leaked = hidden.filter((w) => text.includes(w));
      if (leaked.length > 0) wrong.push(`GET ${url} by ${relation} leaks ${leaked.join(', ')}`);
      return res;
    },
    check(what, got, want) {
      if (!isDeepStrictEqual(got, want)) wrong.push(`${what} by ${relation}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    },
  };
}

type Kind = 'case' | 'record' | 'document';

/** The title the reader should see: the real one with access, else the public title (public-title.ts). */
export function shownTitle(b: Built, kind: Kind, full: boolean): string {
  const type = { case: 'saksmappe', record: 'journalpost', document: 'dokumentbeskrivelse' } as const;
  return full ? b.titles[kind].tittel : publicTitle(b.titles[kind], type[kind]);
}

/** A screened text field: the secret word with access, «Skjermet» without. */
export const field = (b: Built, name: string, full: boolean) => (full ? word(b.s, name) : SKJERMET);

export type Json = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function json(p: Probe, url: string, status = 200): Promise<Json | null> {
  const res = await p.get(url);
  p.check(`GET ${url} status`, res.statusCode, status);
  return res.statusCode === 200 ? (res.json() as Json) : null;
}

function checkRecord(p: Probe, b: Built, body: Json, where: string) {
  const see = p.sight(b);
  p.check(`${where} record ${b.s.key}`, pick(body), {
    fullTilgang: see.record,
    tittel: shownTitle(b, 'record', see.record),
    beskrivelse: field(b, 'jpbeskr', see.record),
    parter: { [b.korrespondansepartId]: field(b, 'kpart', see.record), [b.skjultPartId]: field(b, 'kskjult', see.screenedParty) },
    merknader: [field(b, 'jpmerknad', see.record)],
  });
}

function pick(body: Json) {
  return {
    fullTilgang: body.fullTilgang,
    tittel: body.tittel,
    beskrivelse: body.beskrivelse,
    parter: Object.fromEntries((body.korrespondanseparter as Json[]).map((k) => [k.id, k.navn])),
    merknader: (body.merknader as Json[]).map((m) => m.merknadstekst),
  };
}

function checkDocument(p: Probe, b: Built, body: Json, where: string) {
  const full = p.sight(b).document;
  p.check(
    `${where} document ${b.s.key}`,
    {
      fullTilgang: body.fullTilgang,
      tittel: body.tittel,
      beskrivelse: body.beskrivelse,
      forfatter: body.forfatter,
      filnavn: (body.dokumentobjekter as Json[]).map((o) => o.filnavn),
    },
    {
      fullTilgang: full,
      tittel: shownTitle(b, 'document', full),
      beskrivelse: field(b, 'dokbeskr', full),
      forfatter: field(b, 'forf', full),
      filnavn: [full ? `${word(b.s, 'fil')}.txt` : SKJERMET],
    },
  );
}

/** The class value a reader sees: an object value (fødselsnummer) is screened like the case's fields; a class is not. */
export function classValue(b: Built, full: boolean): string {
  return b.s.arkivdel === 'SAK' ? 'L42' : full ? b.s.fnr! : SKJERMET;
}

/** Fields of a change log whose old and new values say what the object says (written out here, apart from the code). */
// Who the internal contacts are counts as content too: on a personnel case it can tell what the case is about.
const CONTENT_LOG_FIELDS = new Set(['tittel', 'partNavn', 'korrespondansepartNavn', 'klassifikasjon', 'forfatter', 'internKontakt']);

/**
 * Each entry of a change log against the rule: a content field of an object
 * the reader may not see has «Skjermet» as old and new value; of one they may,
 * the value itself. `must` names entries that must be there.
 */
function checkLog(p: Probe, b: Built, body: Json | null, where: string, must: string[]) {
  if (!body) return;
  const see = p.sight(b);
  const ownerOf: Record<string, Owner> = {
    [b.saksmappeId]: 'case',
    [b.partId]: 'case',
    [b.journalpostId]: 'record',
    [b.korrespondansepartId]: 'record',
    [b.skjultPartId]: 'screenedParty',
    [b.dokumentId]: 'document',
    [b.dokumentobjektId]: 'document',
  };
  const entries = body.items as Json[];
  for (const e of entries.filter((x) => CONTENT_LOG_FIELDS.has(x.felt))) {
    const full = visible(see, ownerOf[e.objektId]!);
    const values = [e.tidligereVerdi, e.nyVerdi].filter((v) => v !== null);
    const screened = values.filter((v) => v === SKJERMET).length;
    p.check(`${where} ${b.s.key} ${e.felt} of ${ownerOf[e.objektId]} screened values`, screened, full ? 0 : values.length);
  }
  const present = must.filter((m) => !entries.some((e) => e.felt === m));
  p.check(`${where} ${b.s.key} logged fields`, present, []);
}

/** Search: the query as a URL. */
const sok = (params: Record<string, string>) => `/api/sok?${new URLSearchParams({ perSide: '100', ...params })}`;

async function searchTotal(p: Probe, params: Record<string, string>) {
  return (await json(p, sok(params)))?.total as number | undefined;
}

/**
 * Extractions (issue 17 item 4) hold the whole archive, screened content
 * included: the archive's and the system owner's alone; everyone else is
 * refused before anything is looked up (an unknown run is 404 only to them).
 */
const UTTREKK_ROLES = ['ARK', 'SYS'];
const UNKNOWN_RUN = '00000000-0000-4000-8000-0000000000aa';
const uttrekkProbe = (route: string, url: string, found: number): ReadProbe => ({
  route,
  each: 'reader',
  async run(p) {
    const res = await p.get(url);
    p.check(`${url} status`, res.statusCode, UTTREKK_ROLES.includes(READ_PEOPLE[p.relation].rolle) ? found : 403);
  },
});
const UTTREKK_PROBES: ReadProbe[] = [
  uttrekkProbe('GET /api/arkivuttrekk', '/api/arkivuttrekk', 200),
  uttrekkProbe('GET /api/arkivuttrekk/:id', `/api/arkivuttrekk/${UNKNOWN_RUN}`, 404),
  uttrekkProbe('GET /api/arkivuttrekk/:id/pakke', `/api/arkivuttrekk/${UNKNOWN_RUN}/pakke`, 404),
  uttrekkProbe('GET /api/arkivuttrekk/:id/deponeringsrapport', `/api/arkivuttrekk/${UNKNOWN_RUN}/deponeringsrapport`, 404),
];

export const READ_PROBES: ReadProbe[] = [
  {
    route: 'GET /api/saksmapper',
    each: 'reader',
    async run(p) {
      const body = await json(p, '/api/saksmapper?limit=200');
      for (const b of p.world.built) {
        const item = (body?.items as Json[] | undefined)?.find((i) => i.id === b.saksmappeId);
        const full = p.sight(b).case;
        const want = { fullTilgang: full, tittel: shownTitle(b, 'case', full), klassifikasjon: classValue(b, full) };
        p.check(
          `case list ${b.s.key}`,
          item && { fullTilgang: item.fullTilgang, tittel: item.tittel, klassifikasjon: item.klassifikasjon },
          want,
        );
      }
    },
  },
  {
    route: 'GET /api/saksmapper/:id',
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `/api/saksmapper/${b.saksmappeId}`);
      if (!body) return;
      const full = p.sight(b).case;
      const classes = [body.primaerKlasse, ...(body.sekundaerKlasser as Json[])].map((k) => k.verdi).sort();
      const want = [classValue(b, full), ...(b.s.fnr && b.s.arkivdel === 'SAK' ? [full ? b.s.fnr : SKJERMET] : [])];
      if (b.s.arkivdel !== 'SAK') want.push('L42');
      p.check(
        `case page ${b.s.key}`,
        {
          fullTilgang: body.fullTilgang,
          tittel: body.tittel,
          beskrivelse: body.beskrivelse,
          parter: (body.parter as Json[]).map((x) => x.partNavn),
          merknader: (body.merknader as Json[]).map((m) => m.merknadstekst),
          klasser: classes,
        },
        {
          fullTilgang: full,
          tittel: shownTitle(b, 'case', full),
          beskrivelse: field(b, 'beskr', full),
          parter: [field(b, 'part', full)],
          merknader: [field(b, 'merknad', full)],
          klasser: want.sort(),
        },
      );
      // The case page's list of records: each by its own access.
      const records = body.journalposter as Json[];
      p.check(`case page ${b.s.key} records`, records.length, 1);
      if (records[0]) checkRecord(p, b, records[0], 'case page');
    },
  },
  {
    route: 'GET /api/saksmapper/:id/neste-statuser',
    each: 'scenario',
    run: async (p, b) => void (await json(p, `/api/saksmapper/${b.saksmappeId}/neste-statuser`)),
  },
  {
    route: 'GET /api/saksmapper/:id/avslutning',
    each: 'scenario',
    async run(p, b) {
      // The world's record is an incoming letter not written off: the closing check names it, titled by the rule.
      const body = await json(p, `/api/saksmapper/${b.saksmappeId}/avslutning`);
      if (!body) return;
      const full = p.sight(b).record;
      const items = (body.ikkeAvskrevet as Json).items as Json[];
      p.check(
        `closing check ${b.s.key}`,
        items.map((i) => [i.id, i.tittel]),
        [[b.journalpostId, shownTitle(b, 'record', full)]],
      );
    },
  },
  {
    route: 'GET /api/saksmapper/:id/forlop',
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `/api/saksmapper/${b.saksmappeId}/forlop`);
      if (!body) return;
      // Each of the record's events names it as the case page does: its title, or its public title.
      const titles = [
        ...new Set((body.items as Json[]).filter((i) => i.journalpost?.id === b.journalpostId).map((i) => i.journalpost.tittel)),
      ];
      p.check(`timeline of ${b.s.key}`, titles, [shownTitle(b, 'record', p.sight(b).record)]);
    },
  },
  {
    route: 'GET /api/saksmapper/:id/endringslogg',
    each: 'scenario',
    async run(p, b) {
      const must = ['tittel', 'partNavn', 'internKontakt', ...(b.s.arkivdel === 'SAK' ? [] : ['klassifikasjon'])];
      checkLog(p, b, await json(p, `/api/saksmapper/${b.saksmappeId}/endringslogg`), 'case log', must);
    },
  },
  {
    route: 'GET /api/saksmapper/:id/interne-kontakter',
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `/api/saksmapper/${b.saksmappeId}/interne-kontakter`);
      if (!body) return;
      const full = p.sight(b).case;
      p.check(
        `internal contacts of ${b.s.key}`,
        { skjermet: body.skjermet, ids: (body.items as Json[]).map((k) => k.id) },
        { skjermet: !full, ids: full ? [p.world.ids.internalContact] : [] },
      );
    },
  },
  {
    route: 'GET /api/tilgangsgrupper/:id/medlemmer',
    each: 'reader',
    async run(p) {
      // A group's members are for the system owner and the archive (docs/access.md), whatever the reader's other relations.
      const sees = ['SYS', 'ARK'].includes(READ_PEOPLE[p.relation].rolle);
      const personal = p.world.readers.groupMember.tilgangsgrupper[0]!;
      const body = await json(p, `/api/tilgangsgrupper/${personal}/medlemmer`, sees ? 200 : 403);
      if (body)
        p.check(
          'members of Personal',
          (body.items as Json[]).map((m) => m.id),
          [p.world.ids.groupMember],
        );
    },
  },
  {
    route: 'GET /api/journalposter/:id',
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `/api/journalposter/${b.journalpostId}`);
      if (body) checkRecord(p, b, body, 'record page');
    },
  },
  {
    route: 'GET /api/journalposter/:id/neste-statuser',
    each: 'scenario',
    run: async (p, b) => void (await json(p, `/api/journalposter/${b.journalpostId}/neste-statuser`)),
  },
  {
    route: 'GET /api/journalposter/:id/aktiviteter',
    each: 'scenario',
    run: async (p, b) => void (await json(p, `/api/journalposter/${b.journalpostId}/aktiviteter`)),
  },
  {
    route: 'GET /api/saksmapper/:id/aktiviteter',
    each: 'scenario',
    run: async (p, b) => void (await json(p, `/api/saksmapper/${b.saksmappeId}/aktiviteter`)),
  },
  {
    // Before dispatch: the recipients with their proposed channel (names by the read rule, checked by the leak search).
    route: 'GET /api/journalposter/:id/svar',
    each: 'scenario',
    run: async (p, b) => void (await json(p, `/api/journalposter/${b.journalpostId}/svar`)),
  },
  {
    // The trail names people, dates and decisions; its comments only to full readers (presentDokumentflyt).
    route: 'GET /api/journalposter/:id/dokumentflyt',
    each: 'scenario',
    run: async (p, b) => void (await json(p, `/api/journalposter/${b.journalpostId}/dokumentflyt`)),
  },
  {
    route: 'GET /api/journalposter/:id/endringslogg',
    each: 'scenario',
    async run(p, b) {
      checkLog(p, b, await json(p, `/api/journalposter/${b.journalpostId}/endringslogg`), 'record log', [
        'tittel',
        'korrespondansepartNavn',
      ]);
    },
  },
  {
    route: 'GET /api/endringslogg',
    each: 'scenario',
    async run(p, b) {
      const objects: [string, string[]][] = [
        [b.saksmappeId, ['tittel']],
        [b.partId, ['partNavn']],
        [b.journalpostId, ['tittel']],
        [b.korrespondansepartId, ['korrespondansepartNavn']],
        [b.skjultPartId, ['korrespondansepartNavn']],
        [b.dokumentId, ['tittel']],
        [b.dokumentobjektId, ['sjekksum']],
      ];
      for (const [id, must] of objects) checkLog(p, b, await json(p, `/api/endringslogg?objektId=${id}`), `log of ${id}`, must);
    },
  },
  {
    route: 'GET /api/journalposter/:id/dokumenter',
    each: 'scenario',
    async run(p, b) {
      const items = (await json(p, `/api/journalposter/${b.journalpostId}/dokumenter`))?.items as Json[] | undefined;
      p.check(`document list ${b.s.key} length`, items?.length, 1);
      if (items?.[0]) checkDocument(p, b, items[0], 'document list');
    },
  },
  {
    route: 'GET /api/dokumentbeskrivelser/:id',
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `/api/dokumentbeskrivelser/${b.dokumentId}`);
      if (body) checkDocument(p, b, body, 'document page');
    },
  },
  {
    route: 'GET /api/dokumentobjekter/:id/fil',
    each: 'scenario',
    async run(p, b) {
      // Preview (inline) and download: the file only with access, and from the secure zone only after the second step.
      for (const query of ['', '?download=1']) {
        const res = await p.get(`/api/dokumentobjekter/${b.dokumentobjektId}/fil${query}`);
        p.check(`file${query} ${b.s.key}`, fileOutcome(res, word(b.s, 'innhold')), expectedFile(p, b, false));
      }
    },
  },
  {
    route: 'GET /api/sok',
    each: 'reader',
    async run(p) {
      // Every case and record whose title as the reader sees it holds the common word, and no other.
      const body = await json(p, sok({ q: 'Matrisesak' }));
      const want = p.world.built.flatMap((b) => {
        const see = p.sight(b);
        return [
          { id: b.saksmappeId, tittel: shownTitle(b, 'case', see.case) },
          { id: b.journalpostId, tittel: shownTitle(b, 'record', see.record) },
        ].filter((h) => h.tittel.includes('Matrisesak'));
      });
      const got = ((body?.items as Json[] | undefined) ?? []).map((h) => ({ id: h.id, tittel: h.tittel }));
      p.check('search hits for the common word', sortById(got), sortById(want));
      p.check('search total for the common word', body?.total, want.length);
    },
  },
  {
    // Search by secret words, per scenario: what the reader may not see neither matches nor counts.
    route: 'GET /api/sok (secret words)',
    each: 'scenario',
    async run(p, b) {
      const see = p.sight(b);
      const indexed = secretsOf(b.s).filter((s) => s.indexedIn.length > 0);
      const hidden = indexed.filter((s) => !visible(see, s.owner)).map((s) => s.word);
      const shown = indexed.filter((s) => visible(see, s.owner)).map((s) => s.word);
      if (hidden.length > 0) p.check(`search total for hidden words of ${b.s.key}`, await searchTotal(p, { q: hidden.join(' or ') }), 0);
      if (shown.length > 0) {
        const body = await json(p, sok({ q: shown.join(' or ') }));
        const ids = ((body?.items as Json[] | undefined) ?? []).map((h) => h.id as string);
        const own = [b.saksmappeId, b.journalpostId];
        p.check(`search by visible words of ${b.s.key} finds it, and only it`, ids.length > 0 && ids.every((id) => own.includes(id)), true);
      }
      // A document's words alone find its record, with a snippet, for everyone who reads the document (its own screening decides).
      const documentWords = indexed.filter((s) => s.owner === 'document' && see.document).map((s) => s.word);
      if (documentWords.length > 0) {
        const body = await json(p, sok({ q: documentWords.join(' or ') }));
        const got = ((body?.items as Json[] | undefined) ?? []).map((h) => ({
          id: h.id as string,
          snippet: ((h.utdrag as Json[] | null) ?? []).some((u) => u.treff),
        }));
        p.check(`search by the document's words of ${b.s.key}`, got, [{ id: b.journalpostId, snippet: true }]);
      }
      // A fødselsnummer as class (personnel and pupil files) filters like the case's fields: only for those who see it.
      if (b.s.fnr && b.s.arkivdel !== 'SAK') {
        p.check(`search by class value ${b.s.key}`, await searchTotal(p, { klasse: b.s.fnr }), see.case ? 2 : 0);
      }
    },
  },
  {
    route: 'GET /api/sok/lignende-saker',
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `/api/sok/lignende-saker?${new URLSearchParams({ tittel: word(b.s, 'sak') })}`);
      const found = ((body?.items as Json[] | undefined) ?? []).some((i) => i.id === b.saksmappeId);
      p.check(`similar cases by the secret title word of ${b.s.key}`, found, p.sight(b).case);
    },
  },
  {
    route: 'GET /api/saksmapper/forslag',
    each: 'scenario',
    async run(p, b) {
      // By the case's secret title word (as the reader sees the title), and by its part's secret name (only in full).
      for (const [how, query] of [
        ['title', { tittel: word(b.s, 'sak') }],
        ['party', { partNavn: word(b.s, 'part') }],
      ] as const) {
        const body = await json(p, `/api/saksmapper/forslag?${new URLSearchParams(query)}`);
        const found = ((body?.items as Json[] | undefined) ?? []).some((i) => i.id === b.saksmappeId);
        p.check(`case suggestions by the ${how} of ${b.s.key}`, found, p.sight(b).case);
      }
    },
  },
  {
    route: 'GET /api/midlertidig-sperret',
    each: 'reader',
    async run(p) {
      const person = READ_PEOPLE[p.relation];
      const sees = ['ARK', 'LED', 'SF'].includes(person.rolle);
      const body = await json(p, '/api/midlertidig-sperret', sees ? 200 : 403);
      if (!body) return;
      // The basket: the archive's, and the leaders' of the record's own unit (BYGG; the demo leaders are there).
      const basketOfBygg = person.rolle === 'ARK' || (person.enhet ?? 'BYGG') === 'BYGG';
      for (const b of p.world.built) {
        const item = (body.items as Json[]).find((i) => i.id === b.journalpostId);
        const listed = b.s.code === 'XX' && basketOfBygg;
        p.check(`XX basket lists ${b.s.key}`, item ? item.tittel : null, listed ? shownTitle(b, 'record', p.sight(b).record) : null);
      }
    },
  },
  {
    route: 'GET /api/arbeidslister/:liste',
    each: 'reader',
    async run(p) {
      // Every list the reader has; each row of the world titled as the rule lets them see it.
      const lists = (await json(p, '/api/arbeidslister'))?.items as Json[];
      for (const { liste } of lists) {
        const body = await json(p, `/api/arbeidslister/${liste}?perSide=200`);
        for (const item of (body?.items as Json[]) ?? []) {
          const kind = item.journalpost ? 'record' : 'case';
          const b = p.world.built.find((x) =>
            item.journalpost ? x.journalpostId === item.journalpost.id : x.saksmappeId === item.saksmappeId,
          );
          if (!b) continue;
          const full = p.sight(b)[kind];
          p.check(`${liste} lists ${b.s.key}`, [item.tittel, item.fullTilgang], [shownTitle(b, kind, full), full]);
        }
      }
    },
  },
  ...(['restanseliste', 'forfallsliste'] as const).map((rapport): ReadProbe => ({
    route: `GET /api/rapporter/${rapport}`,
    each: 'reader',
    async run(p) {
      // The archive, leaders and case workers run reports (their scope); each row titled as the rule lets them see it.
      const runs = ['ARK', 'LED', 'SF', 'SB', 'MS'].includes(READ_PEOPLE[p.relation].rolle);
      const query = rapport === 'forfallsliste' ? 'forfallTil=2099-12-31&perSide=500' : 'perSide=500';
      const body = await json(p, `/api/rapporter/${rapport}?${query}`, runs ? 200 : 403);
      for (const item of (body?.items as Json[]) ?? []) {
        const b = p.world.built.find((x) => x.journalpostId === item.id);
        if (!b) continue;
        const full = p.sight(b).record;
        p.check(`${rapport} lists ${b.s.key}`, [item.tittel, item.fullTilgang], [shownTitle(b, 'record', full), full]);
      }
    },
  })),
  {
    route: 'GET /api/rapporter/:rapport/fil',
    each: 'reader',
    async run(p) {
      // The files carry the same rows; `get` searches the CSV for every word the reader may not see (the PDF's text is compressed).
      const runs = ['ARK', 'LED', 'SF', 'SB', 'MS'].includes(READ_PEOPLE[p.relation].rolle);
      for (const format of ['csv', 'pdf']) {
        const res = await p.get(`/api/rapporter/restanseliste/fil?format=${format}`);
        p.check(`restanseliste.${format} status`, res.statusCode, runs ? 200 : 403);
      }
      const csv = await p.get('/api/rapporter/forfallsliste/fil?format=csv&forfallTil=2099-12-31');
      p.check('forfallsliste.csv status', csv.statusCode, runs ? 200 : 403);
    },
  },
  {
    route: 'GET /api/kassasjon/liste',
    each: 'reader',
    async run(p) {
      // The Kassasjonsliste (krav 6.1.28): the archive's alone; each row titled as the rule lets it see.
      const runs = READ_PEOPLE[p.relation].rolle === 'ARK';
      const body = await json(p, '/api/kassasjon/liste?kassasjonsdatoTil=2999-12-31&perSide=500', runs ? 200 : 403);
      for (const item of (body?.items as Json[]) ?? []) {
        const b = p.world.built.find((x) => x.saksmappeId === item.id);
        if (!b) continue;
        const full = p.sight(b).case;
        p.check(`kassasjonsliste lists ${b.s.key}`, [item.tittel, item.fullTilgang], [shownTitle(b, 'case', full), full]);
      }
    },
  },
  {
    route: 'GET /api/arkivformat/rapport',
    each: 'reader',
    // The archive's format report names documents in full (the archive reads every document); nobody else gets it.
    async run(p) {
      const status = READ_PEOPLE[p.relation].rolle === 'ARK' ? 200 : 403;
      for (const utvalg of ['uten-arkivformat', 'flere-versjoner', 'varianter', 'produksjonsformat']) {
        await json(p, `/api/arkivformat/rapport?utvalg=${utvalg}&perSide=500`, status);
      }
    },
  },
  ...UTTREKK_PROBES,
  {
    route: 'GET /api/lesinglogg',
    each: 'reader',
    run: async (p) => void (await json(p, '/api/lesinglogg', ['ARK', 'SYS'].includes(READ_PEOPLE[p.relation].rolle) ? 200 : 403)),
  },
  ...RECEPTION_PROBES,
  ...PUBLIC_PROBES,
  ...INNSYNSKRAV_PROBES,
  ...NOARK5_PROBES,
];

const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** What opening a file gave: the content (did it hold the secret?), or the refusal's code. */
export function fileOutcome(res: LightMyRequestResponse, secret: string): string {
  if (res.statusCode === 200) return res.body.includes(secret) ? 'content' : 'other content';
  return (res.json() as { code: string }).code;
}

/** The file only with access to the document; a secure-zone file only within the second login step. */
export function expectedFile(p: Probe, b: Built, steppedUp: boolean): string {
  if (!p.sight(b).document) return 'ACCESS_DENIED';
  return b.s.personsensitiv && !steppedUp ? 'STEP_UP_REQUIRED' : 'content';
}
