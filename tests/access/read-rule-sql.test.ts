import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { hasFullAccessTo, type FlatReadObject, type Reader } from '../../src/features/tilgang/domain/read-rule.js';
import { publicTitle } from '../../src/features/tilgang/domain/public-title.js';
import { fullAccessSql } from '../../src/features/tilgang/read-rule-sql.js';
import { ROLLER } from '../../src/shared/roles.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ARKIVMELDINGER, givesToRead, LUKKET_HVORDAN, OPPGAVETYPER } from '../../src/features/oppgaver/domain/task-kinds.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createCase, valerTeam, type ValerTeam } from '../records/records-world.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ME, OTHER, UNIT_A, UNIT_B, UNIT_C, GROUP_G, GROUP_H] = [1, 2, 3, 4, 5, 6, 7].map(id) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const readers: Reader[] = ROLLER.flatMap((rolle) =>
  [[], [UNIT_A], [UNIT_A, UNIT_B]].flatMap((ledetEnheter) =>
    [[], [GROUP_G]].map((tilgangsgrupper) => ({ brukerId: ME, rolle, ledetEnheter, tilgangsgrupper })),
  ),
);

const objects: FlatReadObject[] = [null, 'U', 'XX'].flatMap((tilgangskode) =>
  [null, GROUP_G, GROUP_H].flatMap((tilgangsgruppeId) =>
    [[], [ME], [OTHER, null], [OTHER, ME]].flatMap((personer) =>
      [[UNIT_A], [UNIT_B], [UNIT_C], [null], [UNIT_C, UNIT_B]].map((enheter) => ({ tilgangskode, tilgangsgruppeId, personer, enheter })),
    ),
  ),
);

const uuidArray = (xs: readonly (string | null)[]) => sql`ARRAY[${sql.join(xs.map((x) => sql`${x}::uuid`))}]::uuid[]`;

describe(`the read rule's SQL twin agrees with the pure rule (${engineName()})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());

  it(`over ${readers.length} readers × ${objects.length} objects`, async () => {
    const rows = sql.join(
      objects.map(
        (o, i) =>
          sql`(${i}::int, ${o.tilgangskode}::text, ${o.tilgangsgruppeId}::uuid, ${o.personer.length ? uuidArray(o.personer) : sql`'{}'::uuid[]`}, ${uuidArray(o.enheter)})`,
      ),
    );
    let checked = 0;
    for (const reader of readers) {
      const access = fullAccessSql(reader, {
        tilgangskode: sql.ref('o.kode'),
        tilgangsgruppeId: sql.ref('o.gruppe'),
        personer: sql.ref('o.personer'),
        enheter: sql.ref('o.enheter'),
      });
      const result = await sql<{ i: number; full: boolean }>`
        SELECT o.i, ${access} AS full FROM (VALUES ${rows}) AS o(i, kode, gruppe, personer, enheter) ORDER BY o.i`.execute(handle.db);
      const fromSql = result.rows.map((r) => r.full);
      expect(fromSql, JSON.stringify(reader)).toEqual(objects.map((o) => hasFullAccessTo(reader, o)));
      checked += fromSql.length;
    }
    expect(checked).toBe(readers.length * objects.length);
  });
});

describe(`the public title's SQL twin agrees with publicTitle (${engineName()})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());

  it('over codes, marked words, hand-written public titles and object types', async () => {
    const cases = (['saksmappe', 'journalpost'] as const).flatMap((type) =>
      [null, 'U', 'P', 'E'].flatMap((tilgangskode) =>
        [null, 'Søknad om permisjon'].flatMap((offentligTittel) =>
          [[], [2, 3], [0], [1, 3]].map((skjermedeTittelord) => ({
            type,
            t: { tittel: 'Personalmappe – Ole Knutsen', offentligTittel, tilgangskode, skjermedeTittelord },
          })),
        ),
      ),
    );
    for (const { type, t } of cases) {
      const marked = t.skjermedeTittelord.length ? sql`ARRAY[${sql.join(t.skjermedeTittelord)}]::int[]` : sql`'{}'::int[]`;
      const row = await sql<{ tittel: string }>`
        SELECT tilgang_offentlig_tittel(${type}, ${t.tittel}, ${t.offentligTittel}, ${t.tilgangskode}, ${marked}) AS tittel`.execute(
        handle.db,
      );
      expect(row.rows[0]!.tittel, JSON.stringify({ type, t })).toBe(publicTitle(t, type));
    }
  });
});

describe(`those a record was given to read: tilgang_mottakere agrees with givesToRead (${engineName()})`, () => {
  let team: ValerTeam;
  valerTeam((t) => (team = t));

  it('over every task kind that has a receiver and every way of closing it', async () => {
    const sak = await createCase(team.ark, {});
    const jp = await registerJournalpost(team.ark, sak.id, { journalposttype: 'I', tittel: 'Brev', dokumentmedium: 'F' });
    const org = team.ark.role.organisasjonId;
    const who = team.sbCtx.actor.brukerId;
    const kinds = OPPGAVETYPER.filter((k) => !(ARKIVMELDINGER as readonly string[]).includes(k));
    for (const oppgavetype of kinds) {
      for (const lukketHvordan of [null, ...LUKKET_HVORDAN]) {
        const task = await team.handle.db
          .insertInto('oppgave')
          .values({
            organisasjon_id: org,
            oppgavetype,
            mottaker_bruker_id: who,
            saksmappe_id: sak.id,
            journalpost_id: jp.id,
            opprettet_av: who,
            ...(lukketHvordan ? { lukket_dato: new Date(), lukket_av: who, lukket_hvordan: lukketHvordan } : {}),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const got = await sql<{ m: string[] }>`SELECT tilgang_mottakere(${jp.id}::uuid, ${org}::uuid, false) AS m`.execute(team.handle.db);
        expect(got.rows[0]!.m.includes(who), `${oppgavetype} ${lukketHvordan}`).toBe(givesToRead({ oppgavetype, lukketHvordan }));
        await team.handle.db.deleteFrom('oppgave').where('id', '=', task.id).execute();
      }
    }
  });
});
