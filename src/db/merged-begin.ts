import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver, type QueryResult, type TransactionSettings } from 'kysely';
import { inlineParameters } from './inline-parameters.js';

/** Runs a script of several statements in one round trip and returns the last statement's result. */
export type RunScript = (connection: DatabaseConnection, script: string) => Promise<QueryResult<unknown>>;

/**
 * A dialect whose transactions send BEGIN together with their first
 * statement, in one round trip (issue 12 item 2): a tenant transaction's
 * first statement is the tenant entry, whose parameters are ids, so it can
 * go as plain text behind BEGIN (inlineParameters; a statement that cannot
 * is sent after a BEGIN of its own, as before). A transaction that sends no
 * statement sends no BEGIN or COMMIT either. What the transaction sets with
 * set_config(…, true) still ends at its COMMIT or ROLLBACK: nothing is set
 * outside a transaction, so nothing can pass to the connection's next user.
 */
export function withMergedBegin(inner: Dialect, runScript: RunScript): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createDriver: () => new MergedBeginDriver(inner.createDriver(), runScript),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createIntrospector: (db) => inner.createIntrospector(db),
  };
}

class MergedBeginDriver implements Driver {
  private readonly connections = new WeakMap<DatabaseConnection, PendingBegin>();

  constructor(
    private readonly inner: Driver,
    private readonly runScript: RunScript,
  ) {}

  init() {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection();
    let wrapped = this.connections.get(connection);
    if (!wrapped) this.connections.set(connection, (wrapped = new PendingBegin(connection, this.runScript)));
    return wrapped;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const c = connection as PendingBegin;
    if (settings.isolationLevel || settings.accessMode) return this.inner.beginTransaction(c.inner, settings);
    c.pending = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as PendingBegin;
    if (c.pending) c.pending = false;
    else await this.inner.commitTransaction(c.inner);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as PendingBegin;
    if (c.pending) c.pending = false;
    else await this.inner.rollbackTransaction(c.inner);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as PendingBegin;
    c.pending = false;
    return this.inner.releaseConnection(c.inner);
  }

  destroy() {
    return this.inner.destroy();
  }
}

/** A connection that owes its transaction a BEGIN until its first statement. */
class PendingBegin implements DatabaseConnection {
  pending = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly runScript: RunScript,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.pending) return this.inner.executeQuery<R>(query);
    this.pending = false;
    const inlined = inlineParameters(query.sql, query.parameters);
    if (inlined !== null) return (await this.runScript(this.inner, `begin; ${inlined}`)) as QueryResult<R>;
    await this.inner.executeQuery(CompiledQuery.raw('begin'));
    return this.inner.executeQuery<R>(query);
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (this.pending) {
      this.pending = false;
      await this.inner.executeQuery(CompiledQuery.raw('begin'));
    }
    yield* this.inner.streamQuery<R>(query, chunkSize);
  }
}
