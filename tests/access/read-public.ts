import { publicTitle } from '../../src/features/tilgang/domain/public-title.js';
import type { Reader } from '../../src/features/tilgang/domain/read-rule.js';
import { hiddenWords, type Probe, type ReadProbe } from './read-probes.js';
import { sightOf, word, type Built } from './read-world.js';

/*
 * The public's read paths (issue 15): the public journal and its XML answer
 * without login, the same to every caller, cookie or not. What they show is
 * what the read rule shows a person with no role: every probe checks the
 * answer against that reader, not the caller, and searches it for every
 * secret word the public may not see.
 */

/** A person with no role: no identity anyone is related to, no group, no unit, not the archive. */
const THE_PUBLIC: Reader = { brukerId: '00000000-0000-4000-8000-0000000000aa', rolle: 'LES', ledetEnheter: [], tilgangsgrupper: [] };
const publicSight = (b: Built) => sightOf(THE_PUBLIC, b);

const VALER = '964947260';
const ALL_TIME = 'fra=2000-01-01&til=2099-12-31';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Fails the probe if the answer names a word hidden from the public, whoever asked. */
function checkNoPublicSecret(p: Probe, url: string, body: string) {
  const text = body.toLowerCase();
  const leaked = hiddenWords(p.world, publicSight).filter((w) => text.includes(w));
  p.check(`GET ${url} hides from the public`, leaked, []);
}

export const PUBLIC_PROBES: ReadProbe[] = [
  {
    route: 'GET /api/offentlig/:orgnr/journal',
    each: 'reader',
    async run(p) {
      const url = `/api/offentlig/${VALER}/journal?${ALL_TIME}&perSide=200`;
      const res = await p.get(url);
      p.check(`GET ${url} status`, res.statusCode, 200);
      checkNoPublicSecret(p, url, res.body);
      const items = (res.json() as { items: Json[] }).items;
      for (const b of p.world.built) {
        const item = items.find((i) => i.id === b.journalpostId);
        if (!item) continue;
        const sight = publicSight(b);
        p.check(
          `public journal ${b.s.key}`,
          {
            tittel: item.offentligTittel,
            sak: item.saksmappe.offentligTittel,
            parter: (item.korrespondanseparter as Json[]).map((k) => k.navn).sort(),
          },
          {
            tittel: publicTitle(b.titles.record, 'journalpost'),
            sak: publicTitle(b.titles.case, 'saksmappe'),
            parter: [sight.record ? word(b.s, 'kpart') : 'Skjermet', 'Skjermet'].sort(),
          },
        );
      }
      // The same for everyone: searched once, by the archive's session, for every word hidden from the public.
      if (p.relation !== 'archivist') return;
      for (const w of hiddenWords(p.world, publicSight)) {
        const found = await p.get(`/api/offentlig/${VALER}/journal?${ALL_TIME}&q=${encodeURIComponent(w)}`);
        p.check(`public journal search for ${w}`, found.json().total, 0);
      }
    },
  },
  {
    route: 'GET /api/offentlig/:orgnr/journal.xml',
    each: 'reader',
    async run(p) {
      const url = `/api/offentlig/${VALER}/journal.xml?${ALL_TIME}`;
      const res = await p.get(url);
      checkNoPublicSecret(p, url, res.body);
    },
  },
  {
    route: 'GET /api/offentlig/:orgnr/dokumenter/:id/fil',
    each: 'scenario',
    async run(p, b) {
      // Nothing of the matrix is published: no file is served to the public, whoever asks and whatever its screening.
      const url = `/api/offentlig/${VALER}/dokumenter/${b.dokumentobjektId}/fil`;
      const res = await p.get(url);
      p.check(`GET ${url} status`, res.statusCode, 404);
      checkNoPublicSecret(p, url, res.body);
    },
  },
];
