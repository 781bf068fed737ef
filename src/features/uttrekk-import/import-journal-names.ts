import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Insertable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTenant } from '../../db/tenant.js';
import type { Named } from './domain/map-units.js';
import { importRepository as repo } from './import-repository.js';
import type { ImportState } from './import-state.js';
import { child, field, readUnits } from './xml/xml-units.js';

const SHAPE = { containers: new Set(['loependeJournal']), units: new Set(['journalregistrering']) };
const BATCH = 500;

/**
 * The key of the journal's names of a record in uttrekk_import_objekt: the
 * record's systemID with this suffix (a row beside the record's own, which
 * an import never rewrites; no systemID ends so).
 */
export const JOURNAL_NAMES = '#loependeJournal';

/**
 * Keeps what the journal (loependeJournal.xml) names on a record and
 * arkivstruktur.xml has no place for — the record's own administrativEnhet
 * and saksbehandler — as text beside its other names, so an extraction of
 * the imported arkivdel writes them again. Read after the structure (the
 * records must exist); a run that resumes reads it again, and what is kept
 * already is kept once.
 */
export async function importJournalNames(state: ImportState): Promise<void> {
  const file = path.join(state.katalog, 'loependeJournal.xml');
  if (!existsSync(file)) return;
  let pending: { systemId: string; named: Named }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    await inTenant(state.ctx, async (tx) => {
      const records = await repo.mappedMany(
        tx,
        state.org,
        state.importId,
        batch.map((b) => b.systemId),
      );
      const rows: Insertable<DB['uttrekk_import_objekt']>[] = batch.flatMap(({ systemId, named }) => {
        const record = records.get(systemId);
        if (record?.objekt_type !== 'journalpost') return [];
        return [
          {
            organisasjon_id: state.org,
            import_id: state.importId,
            system_id: `${systemId}${JOURNAL_NAMES}`,
            objekt_type: 'journalpost',
            objekt_id: record.objekt_id,
            opprinnelig: JSON.stringify(named),
          },
        ];
      });
      await repo.addMappings(tx, rows);
    });
  };
  for await (const event of readUnits(file, SHAPE)) {
    if (event.kind !== 'unit') continue;
    const journalpost = child(event.node, 'journalpost');
    const systemId = journalpost ? field(journalpost, 'systemID') : null;
    if (!journalpost || !systemId || systemId.length + JOURNAL_NAMES.length > 400) continue;
    const named: Named = {};
    const enhet = field(journalpost, 'administrativEnhet');
    const saksbehandler = field(journalpost, 'saksbehandler');
    if (enhet) named.administrativEnhet = enhet;
    if (saksbehandler) named.saksbehandler = saksbehandler;
    if (!enhet && !saksbehandler) continue;
    pending.push({ systemId, named });
    if (pending.length >= BATCH) await flush();
  }
  await flush();
}
