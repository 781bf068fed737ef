import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listArbeidsliste } from '../../src/features/arbeidslister/list-arbeidsliste.js';
import { ekspederJournalpost } from '../../src/features/ekspedering/ekspeder-journalpost.js';
import { avskrivJournalpost } from '../../src/features/oppgaver/avskriv-journalpost.js';
import { awaitingParts } from '../../src/features/oppgaver/domain/avskrivning.js';
import { fordelJournalpost } from '../../src/features/oppgaver/fordel-journalpost.js';
import { awaitingPartsSql } from '../../src/features/oppgaver/restanse-sql.js';
import { listRapport } from '../../src/features/rapporter/list-rapport.js';
import { getAvslutning } from '../../src/features/saksmappe/get-avslutning.js';
import type { Ctx } from '../../src/shared/context.js';
import { finishedRecord, officeOf, type Office } from '../ekspedering/ekspedering-world.js';
import { valerTeam, type ValerTeam } from '../records/records-world.js';
import { engineName } from '../support/test-db.js';

/*
 * Krav 3.4.6, issue 14 item 1: an N note is written off per internal
 * recipient. The backlog (the worklist «Restanser», the reports) counts a
 * part per recipient, against the recipient and not the author; the closing
 * check holds the case while any part is open; each recipient's write-off
 * clears only their part, the author's write-off the whole note. The pure
 * rule (`awaitingParts`) and its SQL twin (`awaitingPartsSql`) are asked of
 * the same records and must both give the expected parts.
 */
describe(`the backlog per note recipient (${engineName()})`, () => {
  let team: ValerTeam;
  let o: Office;
  valerTeam((t) => (team = t));
  const setup = async () => (o ??= await officeOf(team.handle));

  const db = () => team.handle.db;
  const restanser = async (ctx: Ctx) =>
    (await listArbeidsliste(ctx, 'restanser', { side: 1, perSide: 200 })).items.map((i) => i.journalpost?.id);
  /** The backlog report's rows of one record, as the archive reads it: whose each part is. */
  const reportRows = async (id: string) =>
    (await listRapport(o.ark, 'restanseliste', {}, { side: 1, perSide: 500 })).items
      .filter((r) => r.id === id)
      .map((r) => [r.enhet?.id ?? null, r.saksbehandler?.id ?? null])
      .sort();
  const closingOpen = async (sakId: string) => (await getAvslutning(o.sb, sakId)).ikkeAvskrevet.items.map((i) => i.id);

  /** The parts awaiting a write-off by the pure rule (from the record's rows) and by the SQL twin: both, sorted. */
  async function parts(id: string) {
    const j = await db()
      .selectFrom('journalpost')
      .select(['journalposttype', 'journalstatus'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const mottakere = await db()
      .selectFrom('korrespondansepart')
      .select('id')
      .where('journalpost_id', '=', id)
      .where('korrespondanseparttype', '=', 'IM')
      .where((eb) => eb.or([eb('saksbehandler_id', 'is not', null), eb('administrativ_enhet_id', 'is not', null)]))
      .execute();
    const avskrivninger = await db().selectFrom('avskrivning').select('korrespondansepart_id').where('journalpost_id', '=', id).execute();
    const pure = awaitingParts({
      ...j,
      mottakere: mottakere.map((m) => m.id),
      avskrivninger: avskrivninger.map((a) => a.korrespondansepart_id),
    });
    const twin = await sql<{ korrespondansepart_id: string | null }>`
      SELECT p.korrespondansepart_id FROM journalpost j CROSS JOIN LATERAL ${awaitingPartsSql('j')} p WHERE j.id = ${id}`.execute(db());
    const sorted = (xs: (string | null)[]) => [...xs].sort((a, b) => String(a).localeCompare(String(b)));
    return { pure: sorted(pure), twin: sorted(twin.rows.map((r) => r.korrespondansepart_id)) };
  }
  const expectParts = async (id: string, expected: (string | null)[]) => {
    const sorted = [...expected].sort((a, b) => String(a).localeCompare(String(b)));
    expect(await parts(id)).toEqual({ pure: sorted, twin: sorted });
  };
  const partyOf = async (id: string, col: 'saksbehandler_id' | 'administrativ_enhet_id', value: string) =>
    (
      await db()
        .selectFrom('korrespondansepart')
        .select('id')
        .where('journalpost_id', '=', id)
        .where(col, '=', value)
        .executeTakeFirstOrThrow()
    ).id;

  /** A dispatched N note of the case worker (BYGG) to a colleague in BYGG and to the unit TEK. */
  async function note() {
    const { sakId, jp } = await finishedRecord(o.sb, 'N', [
      { korrespondanseparttype: 'IM', navn: o.sb2.actor.navn, saksbehandlerId: o.sb2.actor.brukerId },
      { korrespondanseparttype: 'IM', navn: 'Teknisk', administrativEnhetId: o.tek },
    ]);
    await ekspederJournalpost(o.sb, jp.id);
    return {
      sakId,
      id: jp.id,
      person: await partyOf(jp.id, 'saksbehandler_id', o.sb2.actor.brukerId),
      unit: await partyOf(jp.id, 'administrativ_enhet_id', o.tek),
    };
  }

  it("counts a part per recipient, against the recipient; each recipient's write-off clears only their part", async () => {
    await setup();
    const n = await note();
    await expectParts(n.id, [n.person, n.unit]);
    expect(await restanser(o.sb2)).toContain(n.id);
    expect(await restanser(o.sb)).not.toContain(n.id);
    expect(await reportRows(n.id)).toEqual(
      [
        [o.bygg, o.sb2.actor.brukerId],
        [o.tek, null],
      ].sort(),
    );
    expect(await closingOpen(n.sakId)).toEqual([n.id]);

    await avskrivJournalpost(o.sb2, n.id, { avskrivningsmaate: 'TE' });
    await expectParts(n.id, [n.unit]);
    expect(await restanser(o.sb2)).not.toContain(n.id);
    expect(await reportRows(n.id)).toEqual([[o.tek, null]]);
    expect(await closingOpen(n.sakId)).toEqual([n.id]);

    // The unit's leader distributes it inside TEK; that case worker writes it off for the unit.
    const task = (await listArbeidsliste(o.tekLed, 'til-fordeling', { side: 1, perSide: 200 })).items.find(
      (i) => i.journalpost?.id === n.id,
    )!;
    await fordelJournalpost(o.tekLed, task.oppgaveId!, { saksbehandlerId: o.tekSb.actor.brukerId });
    await avskrivJournalpost(o.tekSb, n.id, { avskrivningsmaate: 'TO' });
    await expectParts(n.id, []);
    expect(await reportRows(n.id)).toEqual([]);
    expect(await closingOpen(n.sakId)).toEqual([]);
  });

  it("clears every part with the author's write-off of the whole note; a recipient-less note and a letter await as a whole", async () => {
    await setup();
    const n = await note();
    await avskrivJournalpost(o.sb, n.id, { avskrivningsmaate: 'TE' });
    await expectParts(n.id, []);
    expect(await restanser(o.sb2)).not.toContain(n.id);

    const { jp } = await finishedRecord(o.sb, 'N', [{ korrespondanseparttype: 'IM', navn: 'Noen utenfor systemet' }]);
    await expectParts(jp.id, [null]);
    expect(await restanser(o.sb)).toContain(jp.id);
    expect(await reportRows(jp.id)).toEqual([[o.bygg, o.sb.actor.brukerId]]);
    await avskrivJournalpost(o.sb, jp.id, { avskrivningsmaate: 'TE' });
    await expectParts(jp.id, []);
  });
});
