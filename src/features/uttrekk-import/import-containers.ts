import { createHash } from 'node:crypto';
import { inTenant, type Tx } from '../../db/tenant.js';
import { namedOf, type Named } from './domain/map-units.js';
import { field, type XNode } from './xml/xml-units.js';
import { importRepository as repo, type IdTable } from './import-repository.js';
import { IdAllocator, type ImportState } from './import-state.js';

/*
 * The structure above the cases (arkiv, arkivdel, klassifikasjonssystem,
 * klasse), created one element per transaction as the stream reaches it.
 * Each is found again by its systemID when an interrupted import resumes.
 */

const dateOnly = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
const timestamp = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value) : undefined;

/** A short name unique per package and element (kortnavn is unique per organisation). */
const kortnavnOf = (state: ImportState, systemId: string) =>
  `H-${createHash('sha256').update(`${state.importId}/${systemId}`).digest('hex').slice(0, 10).toUpperCase()}`;

/** A systemID for elements that lack one (some vendors leave it out): their position in the file. */
export const systemIdOf = (node: XNode, position: string) => field(node, 'systemID') ?? `#${node.name}@${position}`;

async function ensure(
  state: ImportState,
  table: IdTable,
  systemId: string,
  named: Named,
  create: (tx: Tx, id: string) => Promise<void>,
  arkivdelId?: string,
): Promise<string> {
  return inTenant(state.ctx, async (tx) => {
    const existing = await repo.mapped(tx, state.org, state.importId, systemId);
    if (existing) return existing;
    if (arkivdelId) await repo.allowImportInto(tx, arkivdelId);
    const ids = new IdAllocator(state);
    await ids.prepare(tx, table, [systemId]);
    const id = ids.take(table, systemId, named);
    await create(tx, id);
    await repo.addMappings(tx, ids.mappings);
    return id;
  });
}

export function ensureArkiv(state: ImportState, node: XNode, systemId: string): Promise<string> {
  return ensure(state, 'arkiv', systemId, namedOf(node), async (tx, id) => {
    await repo.insert(tx, 'arkiv', [
      {
        id,
        organisasjon_id: state.org,
        tittel: field(node, 'tittel') ?? 'Historisk arkiv',
        beskrivelse: field(node, 'beskrivelse'),
        arkivstatus: field(node, 'arkivstatus') ?? 'Avsluttet',
        opprettet_dato: timestamp(field(node, 'opprettetDato')),
        opprettet_av: state.ctx.actor.brukerId,
        avsluttet_dato: timestamp(field(node, 'avsluttetDato')) ?? null,
      },
    ]);
    await repo.setProgressArkiv(tx, state.org, state.importId, id);
  });
}

/** An arkivdel of the package: historical, a closed period (P) from its first row on (migration 0082). */
export function ensureArkivdel(state: ImportState, node: XNode, systemId: string, arkivId: string): Promise<string> {
  return ensure(state, 'arkivdel', systemId, namedOf(node), async (tx, id) => {
    await repo.insert(tx, 'arkivdel', [
      {
        id,
        organisasjon_id: state.org,
        arkiv_id: arkivId,
        kortnavn: kortnavnOf(state, systemId),
        tittel: field(node, 'tittel') ?? 'Historisk arkivdel',
        beskrivelse: field(node, 'beskrivelse'),
        arkivdelstatus: 'P',
        historisk: true,
        arkivperiode_start_dato: dateOnly(field(node, 'arkivperiodeStartDato')),
        arkivperiode_slutt_dato: dateOnly(field(node, 'arkivperiodeSluttDato')),
        oppbevaringssted: field(node, 'oppbevaringssted'),
        opprettet_dato: timestamp(field(node, 'opprettetDato')),
        opprettet_av: state.ctx.actor.brukerId,
        avsluttet_dato: timestamp(field(node, 'avsluttetDato')) ?? new Date(),
        avsluttet_av: state.ctx.actor.brukerId,
      },
    ]);
  });
}

export function ensureKlassifikasjonssystem(
  state: ImportState,
  node: XNode,
  systemId: string,
  arkivdelId: string,
  primaer: boolean,
): Promise<string> {
  return ensure(state, 'klassifikasjonssystem', systemId, namedOf(node), async (tx, id) => {
    await repo.insert(tx, 'klassifikasjonssystem', [
      {
        id,
        organisasjon_id: state.org,
        kortnavn: kortnavnOf(state, systemId),
        klassifikasjonstype: field(node, 'klassifikasjonstype') ?? 'Ukjent',
        tittel: field(node, 'tittel') ?? 'Klassifikasjonssystem',
        beskrivelse: field(node, 'beskrivelse'),
        opprettet_dato: timestamp(field(node, 'opprettetDato')),
        opprettet_av: state.ctx.actor.brukerId,
        avsluttet_dato: timestamp(field(node, 'avsluttetDato')) ?? null,
      },
    ]);
    await repo.insert(tx, 'arkivdel_klassifikasjonssystem', [
      { organisasjon_id: state.org, arkivdel_id: arkivdelId, klassifikasjonssystem_id: id, primaer },
    ]);
  });
}

export function ensureKlasse(
  state: ImportState,
  node: XNode,
  systemId: string,
  systemIdKs: string,
  overordnet: string | null,
): Promise<string> {
  return ensure(state, 'klasse', systemId, namedOf(node), async (tx, id) => {
    await repo.insert(tx, 'klasse', [
      {
        id,
        organisasjon_id: state.org,
        klassifikasjonssystem_id: systemIdKs,
        overordnet_klasse_id: overordnet,
        klasse_id: field(node, 'klasseID') ?? systemId,
        tittel: field(node, 'tittel') ?? field(node, 'klasseID') ?? 'Klasse',
        beskrivelse: field(node, 'beskrivelse'),
        opprettet_dato: timestamp(field(node, 'opprettetDato')),
        opprettet_av: state.ctx.actor.brukerId,
        avsluttet_dato: timestamp(field(node, 'avsluttetDato')) ?? null,
      },
    ]);
  });
}
