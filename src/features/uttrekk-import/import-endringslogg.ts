import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Insertable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import { importRepository as repo } from './import-repository.js';
import type { ImportState } from './import-state.js';
import { field, readUnits, type XNode } from './xml/xml-units.js';

const SHAPE = { containers: new Set(['endringslogg']), units: new Set(['endring']) };
const BATCH = 500;

const timestamp = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value) : null;

/**
 * Keeps the package's change log (endringslogg.xml) as it was, each entry
 * tied to the imported object its referanseArkivenhet names (when that
 * object was imported). Resumes after the entries an earlier run stored.
 */
export async function importEndringslogg(state: ImportState, done: number): Promise<void> {
  const file = path.join(state.katalog, 'endringslogg.xml');
  if (!existsSync(file)) return;
  let index = 0;
  let pending: XNode[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    await inTenant(state.ctx, async (tx) => {
      const refs = [...new Set(batch.map((e) => field(e, 'referanseArkivenhet')).filter((r): r is string => r !== null))];
      const objects = await repo.mappedMany(tx, state.org, state.importId, refs);
      const rows: Insertable<DB['uttrekk_import_endring']>[] = batch.map((e) => {
        const ref = field(e, 'referanseArkivenhet') ?? '';
        const object = objects.get(ref);
        return {
          organisasjon_id: state.org,
          import_id: state.importId,
          objekt_type: object?.objekt_type ?? null,
          objekt_id: object?.objekt_id ?? null,
          referanse_arkivenhet: ref,
          referanse_metadata: field(e, 'referanseMetadata'),
          endret_dato: timestamp(field(e, 'endretDato')),
          endret_av: field(e, 'endretAv'),
          tidligere_verdi: field(e, 'tidligereVerdi'),
          ny_verdi: field(e, 'nyVerdi'),
        };
      });
      await repo.insert(tx, 'uttrekk_import_endring', rows);
      await repo.setEndringerFerdig(tx, state.org, state.importId, index);
    });
    state.counts.endringer += batch.length;
  };
  for await (const event of readUnits(file, SHAPE)) {
    if (event.kind !== 'unit') continue;
    if (++index <= done) continue;
    pending.push(event.node);
    if (pending.length >= BATCH) await flush();
  }
  await flush();
}
