import { sql, PostgresQueryCompiler, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { getJournalpost } from '../../src/features/journalpost/get-journalpost.js';
import { listArkivdeler } from '../../src/features/arkivstruktur/list-arkivdeler.js';
import { listDokumenter } from '../../src/features/dokumenter/list-dokumenter.js';
import { listSaksmappeEndringslogg } from '../../src/features/endringslogg/list-endringslogg.js';
import { getSaksmappe } from '../../src/features/saksmappe/get-saksmappe.js';
import { listSaksmapper } from '../../src/features/saksmappe/list-saksmapper.js';
import { updateSaksmappe } from '../../src/features/saksmappe/update-saksmappe.js';
import { search } from '../../src/features/sok/search.js';
import { listTilgangsgrupper, listTilgangskoder } from '../../src/features/tilgang/list-tilgang.js';
import { as, seedRecordsWorld } from '../records/records-world.js';
import { fillEveryTenantTable } from '../security/every-tenant-table.js';
import { createTestDatabase, engineName } from '../support/test-db.js';

/*
 * Issue 12 item 5: the schema is ready for a distributed PostgreSQL (Citus)
 * with organisasjon_id as the distribution column. docs/scaling.md names the
 * same three kinds of tables as below; the two lists must stay alike.
 *
 * Part 1 reads the catalog of a migrated database (on PGlite and on
 * PostgreSQL), so a new table joins the check by existing: every distributed
 * table's primary key and unique indexes contain organisasjon_id, and every
 * foreign key between distributed tables carries it on both sides (Citus
 * enforces only keys it can check inside one shard). Reference tables are
 * copied to every node: a key may point into them, but they may point only
 * at each other.
 *
 * Part 2 watches the statements the use cases really send. A Kysely plugin
 * compiles every query of a workload of use cases (register, read, list,
 * search, change) and keeps those naming a distributed table; each must name
 * organisasjon_id, as Citus routes a statement to one node only by its
 * distribution column. We chose watching over reading the source because the
 * repositories build their SQL in many ways (query builder, raw templates,
 * shared fragments such as the read rule's SQL twin) and only the compiled
 * statement tells what is sent. It is coarse on purpose: it checks that the
 * statement names the organisation, not that every joined table is filtered
 * by it. Installation work (migrations, the job runner's claims across
 * organisations, purges) is not in the workload: it runs on the coordinator.
 */

/** Tables copied to every node: installation-wide, small, read at login before an organisation is chosen. */
const REFERENCE_TABLES = [
  'organisasjon',
  'dokumentsenter',
  'bruker',
  'rolletildeling', // a user's roles across organisations, read at login and role switch
  'administrativ_enhet', // units: a few hundred per organisation; roles point at them
  'endringslogg_felt',
];
/** Tables that stay on the coordinator only (installation work; no organisation, or queued across organisations). */
const COORDINATOR_TABLES = ['schema_migration', 'session', 'api_token', 'login_failure', 'oidc_login_state', 'jobb'];

const handle = await createTestDatabase();

interface TableRow {
  tabell: string;
  har_org: boolean;
}
const tables = (
  await sql<TableRow>`
    SELECT c.relname AS tabell,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisasjon_id' AND NOT a.attisdropped) AS har_org
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`.execute(handle.db)
).rows;
const DISTRIBUTED = tables.map((t) => t.tabell).filter((t) => !REFERENCE_TABLES.includes(t) && !COORDINATOR_TABLES.includes(t));

interface UniqueRow {
  tabell: string;
  indeks: string;
  def: string;
}
/** Every unique index (primary keys and unique constraints are backed by one) of a distributed table without organisasjon_id. */
async function uniqueWithoutOrganisation(): Promise<string[]> {
  const rows = (
    await sql<UniqueRow>`
      SELECT t.relname AS tabell, i.relname AS indeks, pg_get_indexdef(x.indexrelid) AS def
      FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND x.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'organisasjon_id'
          AND a.attnum = ANY (x.indkey::int2[]))`.execute(handle.db)
  ).rows;
  return rows.filter((r) => DISTRIBUTED.includes(r.tabell)).map((r) => `${r.tabell}: ${r.def}`);
}

interface ForeignKeyRow {
  tabell: string;
  til: string;
  def: string;
  /** organisasjon_id sits at the same place in the key and in the referenced key. */
  parret: boolean;
}
const foreignKeys = async () =>
  (
    await sql<ForeignKeyRow>`
      SELECT c.conrelid::regclass::text AS tabell, c.confrelid::regclass::text AS til, pg_get_constraintdef(c.oid) AS def,
        EXISTS (SELECT 1 FROM generate_subscripts(c.conkey, 1) k
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[k]
          JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[k]
          WHERE a.attname = 'organisasjon_id' AND b.attname IN ('organisasjon_id', 'id')
            AND (b.attname = 'organisasjon_id' OR c.confrelid = 'organisasjon'::regclass)) AS parret
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema()`.execute(handle.db)
  ).rows;

afterAll(() => handle.close());

describe(`distribution readiness: the catalog (${engineName()})`, () => {
  it('knows every table: distributed ones carry organisasjon_id, the named others exist', () => {
    const names = tables.map((t) => t.tabell);
    expect([...REFERENCE_TABLES, ...COORDINATOR_TABLES].filter((t) => !names.includes(t))).toEqual([]);
    expect(tables.filter((t) => DISTRIBUTED.includes(t.tabell) && !t.har_org).map((t) => t.tabell)).toEqual([]);
    expect(DISTRIBUTED).toEqual(expect.arrayContaining(['saksmappe', 'journalpost', 'dokumentobjekt', 'sok_indeks', 'endringslogg']));
  });

  it('has organisasjon_id in every primary key and unique index of a distributed table', async () => {
    expect(await uniqueWithoutOrganisation()).toEqual([]);
  });

  it('has organisasjon_id on both sides of every key between distributed tables', async () => {
    const bad = (await foreignKeys()).filter((f) => DISTRIBUTED.includes(f.tabell) && DISTRIBUTED.includes(f.til) && !f.parret);
    expect(bad.map((f) => `${f.tabell}: ${f.def}`)).toEqual([]);
  });

  it('lets distributed tables point only at distributed or reference tables, reference tables only at reference tables', async () => {
    const keys = await foreignKeys();
    const fromDistributed = keys.filter(
      (f) => DISTRIBUTED.includes(f.tabell) && !DISTRIBUTED.includes(f.til) && !REFERENCE_TABLES.includes(f.til),
    );
    const fromReference = keys.filter((f) => REFERENCE_TABLES.includes(f.tabell) && !REFERENCE_TABLES.includes(f.til));
    expect([...fromDistributed, ...fromReference].map((f) => `${f.tabell}: ${f.def}`)).toEqual([]);
  });
});

/** Keeps the compiled text of every statement that names a distributed table. */
class StatementRecorder implements KyselyPlugin {
  readonly statements: string[] = [];
  private readonly compiler = new PostgresQueryCompiler();
  recording = false;
  transformQuery(args: PluginTransformQueryArgs) {
    if (this.recording) this.statements.push(this.compiler.compileQuery(args.node, args.queryId).sql);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

/** The distributed tables a statement reads or writes (quoted by the query builder, bare in raw SQL). */
function tablesIn(statement: string): string[] {
  const named = [...statement.matchAll(/\b(?:from|join|update|into)\s+"?([a-z_]+)"?/gi)].map((m) => m[1]!.toLowerCase());
  return [...new Set(named.filter((t) => DISTRIBUTED.includes(t)))];
}

describe(`distribution readiness: every query of a use case names the organisation (${engineName()})`, () => {
  const recorder = new StatementRecorder();
  const watched = { ...handle, db: handle.db.withPlugin(recorder) };

  beforeAll(async () => {
    await seedRecordsWorld(handle);
    const ctx = await as(watched, 'valer', 'ARK');
    recorder.recording = true;
    await fillEveryTenantTable(watched, ctx);
    const views = await Promise.all((await listSaksmapper(ctx, {})).items.map((s) => getSaksmappe(ctx, s.id)));
    const view = views.find((v) => v.journalposter.length > 0)!;
    const sak = view.saksmappe;
    const record = view.journalposter[0]!.record;
    await getJournalpost(ctx, record.id);
    await listDokumenter(ctx, record.id);
    await updateSaksmappe(ctx, sak.id, { tittel: 'Byggesak – garasje og bod' });
    await changeJournalstatus(ctx, record.id, { journalstatus: 'A' });
    await search(ctx, { q: 'garasje' });
    await listSaksmappeEndringslogg(ctx, sak.id, { side: 1, perSide: 50 });
    await listTilgangskoder(ctx);
    await listTilgangsgrupper(ctx);
    await listArkivdeler(ctx);
    recorder.recording = false;
  });

  it('watched statements on distributed tables', () => {
    expect(recorder.statements.filter((s) => tablesIn(s).length > 0).length).toBeGreaterThan(20);
  });

  it('names organisasjon_id in every statement that reads or writes a distributed table', () => {
    const unrouted = recorder.statements.filter((s) => tablesIn(s).length > 0 && !/organisasjon_id/.test(s));
    expect(unrouted).toEqual([]);
  });
});
