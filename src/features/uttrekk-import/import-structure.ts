import path from 'node:path';
import { ensureArkiv, ensureArkivdel, ensureKlasse, ensureKlassifikasjonssystem, systemIdOf } from './import-containers.js';
import { noteUnmapped, type ImportState } from './import-state.js';
import { importUnits, type UnitItem } from './import-units.js';
import { field, readUnits, type XEvent } from './xml/xml-units.js';

export const ARKIVSTRUKTUR_SHAPE = {
  containers: new Set(['arkiv', 'arkivdel', 'klassifikasjonssystem', 'klasse']),
  units: new Set(['mappe', 'registrering']),
};

interface Level {
  name: string;
  id: string | null;
}

/**
 * Walks arkivstruktur.xml: containers are created as the stream reaches
 * them, cases gathered in batches per arkivdel. Units up to `unitsDone` were
 * imported by an earlier, interrupted run and are skipped.
 */
export async function importStructure(state: ImportState, unitsDone: number, batchSize: number, stopAfterUnits?: number) {
  const unmapped = noteUnmapped(state);
  const stack: Level[] = [];
  let arkivId: string | null = null;
  let arkivdelId: string | null = null;
  let ksId: string | null = null;
  let ksCount = 0;
  let unitIndex = 0;
  let pending: UnitItem[] = [];
  const flush = async () => {
    if (pending.length > 0 && arkivdelId) await importUnits(state, arkivdelId, pending, unitIndex);
    pending = [];
  };
  const klasse = () => {
    const level = [...stack].reverse().find((l) => l.name === 'klasse');
    return level?.id ?? null;
  };
  const klasseVerdier = new Map<string, string>();

  for await (const event of readUnits(path.join(state.katalog, 'arkivstruktur.xml'), ARKIVSTRUKTUR_SHAPE) as AsyncIterable<XEvent>) {
    if (event.kind === 'open') {
      const node = event.node;
      const systemId = systemIdOf(node, String(event.depth) + ':' + stack.length + ':' + unitIndex);
      let id: string | null = null;
      if (node.name === 'arkiv') {
        if (arkivId) unmapped('underarkiv (arkivdelene lagt under det øverste arkivet)');
        else id = arkivId = await ensureArkiv(state, node, systemId);
      } else if (node.name === 'arkivdel' && arkivId) {
        await flush();
        id = arkivdelId = await ensureArkivdel(state, node, systemId, arkivId);
        ksCount = 0;
      } else if (node.name === 'klassifikasjonssystem' && arkivdelId) {
        id = ksId = await ensureKlassifikasjonssystem(state, node, systemId, arkivdelId, ksCount++ === 0);
      } else if (node.name === 'klasse' && ksId) {
        id = await ensureKlasse(state, node, systemId, ksId, klasse());
        klasseVerdier.set(id, field(node, 'klasseID') ?? systemId);
      }
      stack.push({ name: node.name, id });
    } else if (event.kind === 'close') {
      const level = stack.pop();
      if (level?.name === 'arkivdel') await flush();
    } else {
      unitIndex++;
      if (unitIndex <= unitsDone) continue;
      if (event.node.name === 'registrering') {
        unmapped('registrering uten mappe');
        continue;
      }
      if (!arkivdelId) {
        unmapped('mappe utenfor arkivdel');
        continue;
      }
      const klasseId = klasse();
      pending.push({ node: event.node, klasse: klasseId ? { id: klasseId, verdi: klasseVerdier.get(klasseId)! } : null });
      if (pending.length >= batchSize) await flush();
      if (stopAfterUnits !== undefined && unitIndex >= stopAfterUnits) {
        await flush();
        return { arkivId, unitsDone: unitIndex, interrupted: true };
      }
    }
  }
  await flush();
  return { arkivId, unitsDone: unitIndex, interrupted: false };
}
