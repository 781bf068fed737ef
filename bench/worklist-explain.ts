import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql, type CompiledQuery } from 'kysely';
import type { Tx } from '../src/db/tenant.js';
import { arbeidslisteRepository } from '../src/features/arbeidslister/arbeidsliste-repository.js';
import { listOwnerOf } from '../src/features/arbeidslister/list-arbeidsliste.js';
import { osloDate } from '../src/features/saksmappe/oslo-calendar.js';
import { readerColumns, readerFrom, type ReaderRow } from '../src/features/tilgang/reader.js';
import { enterTenantWith } from '../src/db/tenant.js';
import type { Ctx } from '../src/shared/context.js';
import type { Setup } from './pages.js';

/** The statement `work` would send, compiled but not run (a database that only records). */
async function compiled(work: (tx: Tx) => Promise<unknown>): Promise<CompiledQuery> {
  let last: CompiledQuery | undefined;
  const recorder = new Kysely<never>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => void (last = event.query),
  });
  await work(recorder as unknown as Tx);
  return last!;
}

const explain = (q: CompiledQuery) => sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${sql.raw(inline(q))}`;

const print = (what: string, plan: { rows: { 'QUERY PLAN': string }[] }) =>
  console.log(`\n--- ${what}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);

/** The statement with its parameters written in (EXPLAIN takes no parameters of its own). */
function inline(q: CompiledQuery): string {
  return q.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const v = q.parameters[Number(n) - 1];
    return typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`;
  });
}

/**
 * BENCH_EXPLAIN=1: the plans of the worklist's first page as the use case
 * runs it (in the tenant, as saksgang_app under row-level security) and of
 * the bare SQL, printed once before the timing.
 */
export async function explainWorklist(s: Setup, ctx: Ctx, bare: (tx: Tx) => Promise<unknown>): Promise<void> {
  const today = osloDate(ctx.now());
  const bareSql = await compiled(async (tx) => bare(tx));
  await s.db.transaction().execute(async (tx) => {
    const row = (await enterTenantWith(tx, ctx, readerColumns(ctx))) as unknown as ReaderRow;
    const page = await compiled((rec) =>
      arbeidslisteRepository.page(rec, 'ubesvarte', listOwnerOf(ctx, today), readerFrom(ctx, row), { limit: 50, offset: 0 }),
    );
    print('use case (in the tenant, under row-level security)', await explain(page).execute(tx));
  });
  print('bare SQL', await explain(bareSql).execute(s.db));
}
