import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { FileStore } from '../../files/file-store.js';
import { importRepository as repo, type IdTable } from './import-repository.js';

/** What one import run carries from batch to batch. */
export interface ImportState {
  ctx: Ctx;
  org: string;
  importId: string;
  katalog: string;
  files: FileStore;
  /** The organisation's top unit, the administrative unit of imported cases. */
  enhetId: string;
  /** What could not be mapped, counted by kind. */
  ikkeKartlagt: Record<string, number>;
  /** Document files whose bytes did not match the checksum the package gave. */
  sjekksumAvvik: string[];
  counts: { mapper: number; registreringer: number; dokumenter: number; filer: number; endringer: number };
}

export const noteUnmapped = (state: ImportState) => (what: string) => {
  state.ikkeKartlagt[what] = (state.ikkeKartlagt[what] ?? 0) + 1;
};

/**
 * Hands out our ids for the package's objects within one transaction: the
 * systemID when it is a free UUID (kept as it was), else a new one; every
 * object with a systemID is recorded in uttrekk_import_objekt.
 */
export class IdAllocator {
  private readonly free = new Map<IdTable, Set<string>>();
  readonly mappings: Insertable<DB['uttrekk_import_objekt']>[] = [];

  constructor(private readonly state: ImportState) {}

  /** Asks the database once per table which of `systemIds` are free. */
  async prepare(tx: Tx, table: IdTable, systemIds: (string | null)[]): Promise<void> {
    const candidates = systemIds.filter((s): s is string => s !== null);
    this.free.set(table, await repo.freeIds(tx, table, candidates));
  }

  take(table: IdTable, systemId: string | null, opprinnelig?: Record<string, string | null | undefined>): string {
    const free = this.free.get(table);
    const wanted = systemId?.toLowerCase();
    let id: string;
    if (wanted && free?.has(wanted)) {
      free.delete(wanted);
      id = wanted;
    } else {
      id = randomUUID();
    }
    if (systemId) {
      const kept =
        opprinnelig && Object.values(opprinnelig).some((v) => v !== null && v !== undefined) ? JSON.stringify(opprinnelig) : null;
      this.mappings.push({
        organisasjon_id: this.state.org,
        import_id: this.state.importId,
        system_id: systemId,
        objekt_type: table,
        objekt_id: id,
        opprinnelig: kept,
      });
    }
    return id;
  }
}
