import { classValue, expectedFile, field, fileOutcome, json, shownTitle, type Json, type Probe, type ReadProbe } from './read-probes.js';
import { word, type Built } from './read-world.js';

/*
 * The Noark 5 API's read paths (issue 16): the same objects as the app API,
 * under the specification's field names, so the same rule must show the same
 * things. Every answer is also searched whole for secret words (Probe.get).
 */

const N5 = '/noark5/v5';

function checkCase(p: Probe, b: Built, body: Json, where: string, page: boolean) {
  const full = p.sight(b).case;
  p.check(
    `${where} case ${b.s.key}`,
    { tittel: body.tittel, klasse: body.klasse?.klasseID, ...(page ? { beskrivelse: body.beskrivelse } : {}) },
    { tittel: shownTitle(b, 'case', full), klasse: classValue(b, full), ...(page ? { beskrivelse: field(b, 'beskr', full) } : {}) },
  );
}

function checkRecord(p: Probe, b: Built, body: Json, where: string) {
  const full = p.sight(b).record;
  p.check(
    `${where} record ${b.s.key}`,
    { tittel: body.tittel, beskrivelse: body.beskrivelse },
    { tittel: shownTitle(b, 'record', full), beskrivelse: field(b, 'jpbeskr', full) },
  );
}

function checkDocument(p: Probe, b: Built, body: Json, where: string) {
  const full = p.sight(b).document;
  p.check(
    `${where} document ${b.s.key}`,
    { tittel: body.tittel, beskrivelse: body.beskrivelse, forfatter: body.forfatter },
    { tittel: shownTitle(b, 'document', full), beskrivelse: field(b, 'dokbeskr', full), forfatter: [field(b, 'forf', full)] },
  );
}

function checkObjekt(p: Probe, b: Built, body: Json, where: string) {
  const full = p.sight(b).document;
  const fil = Object.keys(body._links as Json).some((r) => r.endsWith('/arkivstruktur/fil/'));
  p.check(
    `${where} file object ${b.s.key}`,
    { filnavn: body.filnavn, fil },
    { filnavn: full ? `${word(b.s, 'fil')}.txt` : 'Skjermet', fil: full },
  );
}

/** A list of cases: every built case, titled by the rule. */
function checkCaseList(p: Probe, items: Json[], where: string) {
  for (const b of p.world.built) {
    const item = items.find((i) => i.systemID === b.saksmappeId);
    if (!item) p.check(`${where} lists ${b.s.key}`, false, true);
    else checkCase(p, b, item, where, false);
  }
}

export const NOARK5_PROBES: ReadProbe[] = [
  ...['sakarkiv/saksmappe', 'arkivstruktur/mappe'].flatMap((kind): ReadProbe[] => [
    {
      route: `GET ${N5}/${kind}/`,
      each: 'reader',
      async run(p) {
        checkCaseList(p, ((await json(p, `${N5}/${kind}/?$top=200`))?.results as Json[]) ?? [], kind);
      },
    },
    {
      route: `GET ${N5}/${kind}/:id/`,
      each: 'scenario',
      async run(p, b) {
        const body = await json(p, `${N5}/${kind}/${b.saksmappeId}/`);
        if (body) checkCase(p, b, body, kind, true);
      },
    },
  ]),
  {
    route: `GET ${N5}/arkivstruktur/arkivdel/:id/mappe/`,
    each: 'reader',
    async run(p) {
      const deler = ((await json(p, `${N5}/arkivstruktur/arkivdel/`))?.results as Json[]) ?? [];
      const items: Json[] = [];
      for (const d of deler)
        items.push(...(((await json(p, `${N5}/arkivstruktur/arkivdel/${d.systemID}/mappe/?$top=200`))?.results as Json[]) ?? []));
      checkCaseList(p, items, 'arkivdel/mappe');
    },
  },
  {
    route: `GET ${N5}/arkivstruktur/mappe/:id/registrering/`,
    each: 'scenario',
    async run(p, b) {
      const results = ((await json(p, `${N5}/arkivstruktur/mappe/${b.saksmappeId}/registrering/`))?.results as Json[]) ?? [];
      p.check(`mappe/registrering ${b.s.key} length`, results.length, 1);
      if (results[0]) checkRecord(p, b, results[0], 'mappe/registrering');
    },
  },
  ...['sakarkiv/journalpost', 'arkivstruktur/registrering'].map((kind): ReadProbe => ({
    route: `GET ${N5}/${kind}/:id/`,
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `${N5}/${kind}/${b.journalpostId}/`);
      if (body) checkRecord(p, b, body, kind);
    },
  })),
  {
    route: `GET ${N5}/arkivstruktur/registrering/:id/dokumentbeskrivelse/`,
    each: 'scenario',
    async run(p, b) {
      const results =
        ((await json(p, `${N5}/arkivstruktur/registrering/${b.journalpostId}/dokumentbeskrivelse/`))?.results as Json[]) ?? [];
      p.check(`registrering/dokumentbeskrivelse ${b.s.key} length`, results.length, 1);
      if (results[0]) checkDocument(p, b, results[0], 'registrering/dokumentbeskrivelse');
    },
  },
  {
    route: `GET ${N5}/arkivstruktur/dokumentbeskrivelse/:id/`,
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `${N5}/arkivstruktur/dokumentbeskrivelse/${b.dokumentId}/`);
      if (body) checkDocument(p, b, body, 'dokumentbeskrivelse');
    },
  },
  {
    route: `GET ${N5}/arkivstruktur/dokumentbeskrivelse/:id/dokumentobjekt/`,
    each: 'scenario',
    async run(p, b) {
      const results = ((await json(p, `${N5}/arkivstruktur/dokumentbeskrivelse/${b.dokumentId}/dokumentobjekt/`))?.results as Json[]) ?? [];
      const objekt = results.find((o) => o.systemID === b.dokumentobjektId);
      if (!objekt) p.check(`dokumentobjekt list ${b.s.key}`, false, true);
      else checkObjekt(p, b, objekt, 'dokumentbeskrivelse/dokumentobjekt');
    },
  },
  {
    route: `GET ${N5}/arkivstruktur/dokumentobjekt/:id/`,
    each: 'scenario',
    async run(p, b) {
      const body = await json(p, `${N5}/arkivstruktur/dokumentobjekt/${b.dokumentobjektId}/`);
      if (body) checkObjekt(p, b, body, 'dokumentobjekt');
    },
  },
  {
    route: `GET ${N5}/arkivstruktur/dokumentobjekt/:id/referanseFil/`,
    each: 'scenario',
    async run(p, b) {
      // The file only with access to the document, and from the secure zone only after the second step (a session's).
      const res = await p.get(`${N5}/arkivstruktur/dokumentobjekt/${b.dokumentobjektId}/referanseFil/`);
      const outcome =
        res.statusCode === 200 ? fileOutcome(res, word(b.s, 'innhold')) : res.statusCode === 403 ? 'refused' : String(res.statusCode);
      const want = expectedFile(p, b, false);
      p.check(`noark5 file ${b.s.key}`, outcome, want === 'content' ? 'content' : 'refused');
    },
  },
  // Parties, parts and remarks: each shown as on its owner's page (a screened party by its own rule).
  ...['', 'person', 'enhet', 'intern'].map((kind): ReadProbe => ({
    route: kind ? `GET ${N5}/arkivstruktur/korrespondansepart${kind}/:id/` : `GET ${N5}/arkivstruktur/registrering/:id/korrespondansepart/`,
    each: 'scenario',
    async run(p, b) {
      const see = p.sight(b);
      const want = { [b.korrespondansepartId]: field(b, 'kpart', see.record), [b.skjultPartId]: field(b, 'kskjult', see.screenedParty) };
      const got: Json = {};
      if (!kind) {
        const list = await json(p, `${N5}/arkivstruktur/registrering/${b.journalpostId}/korrespondansepart/`);
        for (const party of (list?.results as Json[]) ?? []) got[party.systemID] = party.navn;
      } else {
        for (const id of Object.keys(want)) got[id] = (await json(p, `${N5}/arkivstruktur/korrespondansepart${kind}/${id}/`))?.navn;
      }
      p.check(`korrespondansepart${kind || ' list'} ${b.s.key}`, got, want);
    },
  })),
  ...(['mappe', 'registrering'] as const).flatMap((owner): ReadProbe[] => {
    const of = (b: Built) => (owner === 'mappe' ? b.saksmappeId : b.journalpostId);
    const want = (p: Probe, b: Built) =>
      owner === 'mappe' ? field(b, 'merknad', p.sight(b).case) : field(b, 'jpmerknad', p.sight(b).record);
    const list = async (p: Probe, b: Built) => ((await json(p, `${N5}/arkivstruktur/${owner}/${of(b)}/merknad/`))?.results as Json[]) ?? [];
    return [
      {
        route: `GET ${N5}/arkivstruktur/${owner}/:id/merknad/`,
        each: 'scenario',
        async run(p, b) {
          p.check(
            `${owner}/merknad ${b.s.key}`,
            (await list(p, b)).map((m) => m.merknadstekst),
            [want(p, b)],
          );
        },
      },
      {
        route: `GET ${N5}/arkivstruktur/merknad/:id/`,
        each: 'scenario',
        async run(p, b) {
          const [first] = await list(p, b);
          const body = first && (await json(p, `${N5}/arkivstruktur/merknad/${first.systemID}/`));
          p.check(`merknad on ${owner} ${b.s.key}`, body?.merknadstekst, want(p, b));
        },
      },
    ];
  }),
  ...['', 'person', 'enhet'].map((kind): ReadProbe => ({
    route: kind ? `GET ${N5}/arkivstruktur/part${kind}/:id/` : `GET ${N5}/arkivstruktur/mappe/:id/part/`,
    each: 'scenario',
    async run(p, b) {
      const body = kind
        ? await json(p, `${N5}/arkivstruktur/part${kind}/${b.partId}/`)
        : ((await json(p, `${N5}/arkivstruktur/mappe/${b.saksmappeId}/part/`))?.results as Json[] | undefined)?.[0];
      p.check(`part${kind || ' list'} ${b.s.key}`, body?.navn, field(b, 'part', p.sight(b).case));
    },
  })),
];
