import { AsyncLocalStorage } from 'node:async_hooks';
import { createQueryId, PostgresQueryCompiler, type KyselyPlugin, type RootOperationNode } from 'kysely';
import type { Database } from '../../src/db/open-database.js';

/**
 * Counts the SQL statements run on behalf of one piece of work (an HTTP
 * request), test-side only: a Kysely plugin on a copy of the test's database
 * handle, which the app under test is given instead of the plain one. Work
 * is followed through async calls (AsyncLocalStorage), so the session
 * purge or anything else running meanwhile is not counted. Transaction
 * control (BEGIN, COMMIT) goes through the driver, not the plugin, and is
 * not counted: it is the same for every request that opens a transaction.
 * A statement that fails is not counted either.
 */
export interface QueryCounter {
  /** The database to give the app: every statement run through it inside `count` is counted. */
  db: Database;
  /** Runs `work` and returns its result with the statements it ran. */
  count<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
}

export function queryCounter(db: Database): QueryCounter {
  const current = new AsyncLocalStorage<RootOperationNode[]>();
  // Every query, from the query builder or `sql` template, passes here when it is compiled, and so does
  // every subquery built apart: a statement is counted when its result comes back. Builders derived
  // from one another share a query id, so the SQL shown for a statement is the oldest compiled under
  // its id and not yet shown: right for what the repositories do, a label only.
  const compiled = new WeakMap<object, RootOperationNode[]>();
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      compiled.set(queryId, [...(compiled.get(queryId) ?? []), node]);
      return node;
    },
    transformResult: async ({ result, queryId }) => {
      const nodes = compiled.get(queryId) ?? [];
      current.getStore()?.push(nodes.shift() ?? nodes.at(-1)!);
      return result;
    },
  };
  const compiler = new PostgresQueryCompiler();
  return {
    db: db.withPlugin(plugin),
    async count(work) {
      const nodes: RootOperationNode[] = [];
      // Awaited inside: a thenable (Fastify's inject) starts its work when awaited, and must start in the counted context.
      const result = await current.run(nodes, async () => await work());
      return { result, statements: nodes.map((n) => oneLine(compiler.compileQuery(n, createQueryId()).sql)) };
    },
  };
}

const oneLine = (sqlText: string) => sqlText.replace(/\s+/g, ' ').trim();
