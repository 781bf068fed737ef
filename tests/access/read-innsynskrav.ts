import { createHash } from 'node:crypto';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { publicTitle } from '../../src/features/tilgang/domain/public-title.js';
import type { Probe, ReadProbe } from './read-probes.js';
import { READ_PEOPLE, secretsOf, type Built, type ReadRelation, type ReadWorld } from './read-world.js';

/*
 * Access requests in the read matrix (issue 15 item 3): a request on each
 * scenario's record, routed to the case owner. The decision page is for
 * the routed case owner, leaders and the archive, each seeing the record's
 * title and documents as the read rule lets them; the page images only of a
 * document the decider reads in full; the requester's receipt, public, only
 * the record's public title.
 */

const VALER_ORGNR = '964947260';
const requests = new Map<string, { id: string; delId: string; token: string }>();

/** A request on every scenario's record, written as the intake writes it (the intake itself: tests/innsynskrav). */
export async function buildInnsynskrav(handle: DatabaseHandle, world: ReadWorld): Promise<void> {
  const org = await handle.db
    .selectFrom('organisasjon')
    .select('id')
    .where('organisasjonsnummer', '=', VALER_ORGNR)
    .executeTakeFirstOrThrow();
  for (const b of world.built) {
    const token = `kvittering-${b.s.key}-${'x'.repeat(24)}`;
    const krav = await handle.db
      .insertInto('innsynskrav')
      .values({
        organisasjon_id: org.id,
        saksmappe_id: b.saksmappeId,
        journalpost_id: b.journalpostId,
        kanal: 'offentlig',
        bestiller_navn: 'Per Presse',
        bestiller_epost: 'per@avis.no',
        kvittering_hash: createHash('sha256').update(token).digest('hex'),
        frist: '2026-12-04',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const del = await handle.db
      .insertInto('innsynskrav_del')
      .values({
        organisasjon_id: org.id,
        innsynskrav_id: krav.id,
        journalpost_id: b.journalpostId,
        saksbehandler_id: world.ids.owner,
        rekkefolge: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    requests.set(b.s.key, { id: krav.id, delId: del.id, token });
  }
}

/** Who opens the decision page (and decides): the routed case owner, leaders and the archive. */
const decides = (r: ReadRelation) => r === 'owner' || ['ARK', 'LED', 'SF'].includes(READ_PEOPLE[r].rolle);

export const INNSYNSKRAV_PROBES: ReadProbe[] = [
  {
    route: 'GET /api/innsynskrav/:id',
    each: 'scenario',
    async run(p: Probe, b: Built) {
      const k = requests.get(b.s.key)!;
      const res = await p.get(`/api/innsynskrav/${k.id}`);
      p.check(`innsynskrav ${b.s.key} status`, res.statusCode, decides(p.relation) ? 200 : 403);
      if (res.statusCode !== 200) return;
      const del = res.json().deler[0];
      const sight = p.sight(b);
      p.check(`innsynskrav ${b.s.key} title shown`, del.tittel !== null, sight.record);
      p.check(`innsynskrav ${b.s.key} documents listed`, del.dokumenter.length, sight.record && sight.document ? 1 : 0);
    },
  },
  {
    route: 'GET /api/innsynskrav/:id/deler/:delId/dokumenter/:dokumentId/sider/:side',
    each: 'scenario',
    async run(p: Probe, b: Built) {
      const k = requests.get(b.s.key)!;
      const res = await p.get(`/api/innsynskrav/${k.id}/deler/${k.delId}/dokumenter/${b.dokumentId}/sider/1`);
      const sight = p.sight(b);
      // The scenarios' documents are text files: a decider who reads one is told it is no PDF (or in the secure zone).
      const want = !decides(p.relation) ? 403 : !(sight.record && sight.document) ? 404 : b.s.personsensitiv ? 409 : 422;
      p.check(`page image ${b.s.key} status`, res.statusCode, want);
    },
  },
  {
    route: 'GET /api/offentlig/:orgnr/innsynskrav/:kvittering',
    each: 'scenario',
    async run(p: Probe, b: Built) {
      const k = requests.get(b.s.key)!;
      const res = await p.get(`/api/offentlig/${VALER_ORGNR}/innsynskrav/${k.token}`);
      p.check(`receipt ${b.s.key} status`, res.statusCode, 200);
      const shown = res.json().journalposter[0].offentligTittel as string;
      p.check(`receipt ${b.s.key} public title`, shown, publicTitle(b.titles.record, 'journalpost'));
      // Whoever asks, the receipt is the public's: no secret word beyond what the public title itself shows.
      const rest = res.body.replace(JSON.stringify(shown).slice(1, -1), '').toLowerCase();
      p.check(
        `receipt ${b.s.key} words`,
        secretsOf(b.s)
          .map((s) => s.word.toLowerCase())
          .filter((w) => rest.includes(w)),
        [],
      );
      p.check(`receipt ${b.s.key} requester`, rest.includes('per@avis.no') || rest.includes('per presse'), false);
    },
  },
];
