import { createHash } from 'node:crypto';
import { DomainError } from '../../../shared/errors.js';
import type { KlasseOut } from './arkivstruktur-xml.js';
import type { KlasseRow, KlassifikasjonssystemRow } from './rows.js';

/*
 * Which classes an arkivdel's extraction writes, and in what tree. A case
 * sits under its primary class; the schema lets a class hold subclasses or
 * folders, never both, and an arkivdel hold classification systems or
 * folders, never both. Krav 6.4.13: the whole primary classification system
 * is written, every class, whether it holds cases or not; another system
 * only with the classes cases are classed by.
 * A case classed by value alone (fødselsnummer in personnel and pupil files:
 * the value is the class, no class row) gets a class made from the value,
 * with a systemID derived from system and value so a second extraction
 * writes the same one.
 */

/** Where the cases of one class are found: by class row, or by value in a system without rows. */
export type KlasseKey = { klasseId: string } | { systemId: string; verdi: string };

/** One group of an arkivdel's cases: its primary class (row or value) and how many. */
export interface CaseGroup {
  klasseId: string | null;
  verdi: string | null;
  antall: number;
}

export interface KlasseNode {
  klasse: KlasseOut;
  key: KlasseKey;
  children: KlasseNode[];
  antall: number;
}

export interface SystemTree {
  system: KlassifikasjonssystemRow;
  roots: KlasseNode[];
}

/** A UUID named by a text (SHA-256, shaped as a version 5-style UUID). */
export function nameUuid(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function buildClassTrees(input: {
  arkivdel: string;
  primarySystem: KlassifikasjonssystemRow | undefined;
  systems: readonly KlassifikasjonssystemRow[];
  klasser: readonly KlasseRow[];
  groups: readonly CaseGroup[];
}): SystemTree[] {
  const byId = new Map(input.klasser.map((k) => [k.id, k]));
  const nodes = new Map<string, KlasseNode>();
  const rootsOf = new Map<string, KlasseNode[]>();
  const addRoot = (systemId: string, node: KlasseNode) => rootsOf.set(systemId, [...(rootsOf.get(systemId) ?? []), node]);

  const nodeOf = (k: KlasseRow): KlasseNode => {
    const found = nodes.get(k.id);
    if (found) return found;
    const node: KlasseNode = { klasse: k, key: { klasseId: k.id }, children: [], antall: 0 };
    nodes.set(k.id, node);
    const parent = k.overordnet_klasse_id ? byId.get(k.overordnet_klasse_id) : undefined;
    if (parent) nodeOf(parent).children.push(node);
    else addRoot(k.klassifikasjonssystem_id, node);
    return node;
  };

  const primaryId = input.primarySystem?.id;
  for (const k of input.klasser) if (k.klassifikasjonssystem_id === primaryId) nodeOf(k);
  for (const g of input.groups) {
    const row = g.klasseId ? byId.get(g.klasseId) : undefined;
    if (row) {
      nodeOf(row).antall += g.antall;
    } else if (g.verdi && input.primarySystem) {
      const system = input.primarySystem;
      addRoot(system.id, {
        klasse: {
          id: nameUuid(`${system.id}/${g.verdi}`),
          klasse_id: g.verdi,
          tittel: g.verdi,
          beskrivelse: null,
          opprettet_dato: system.opprettet_dato,
          opprettet_av_navn: system.opprettet_av_navn,
          avsluttet_dato: null,
        },
        key: { systemId: system.id, verdi: g.verdi },
        children: [],
        antall: g.antall,
      });
    } else {
      throw new DomainError('CONFLICT', {
        nb: `Arkivdelen ${input.arkivdel} har ${g.antall} saksmapper uten klasse; gi dem en klasse før uttrekket.`,
        en: `The arkivdel ${input.arkivdel} has ${g.antall} case files without a class; class them before the extraction.`,
      });
    }
  }
  for (const node of nodes.values()) {
    if (node.antall > 0 && node.children.length > 0) {
      throw new DomainError('CONFLICT', {
        nb: `Klassen ${node.klasse.klasse_id} i arkivdelen ${input.arkivdel} har både saksmapper og underklasser; Noark 5-uttrekket tillater bare det ene.`,
        en: `The class ${node.klasse.klasse_id} in the arkivdel ${input.arkivdel} holds both case files and subclasses; a Noark 5 extraction allows only one.`,
      });
    }
  }
  const sort = (list: KlasseNode[]) => {
    list.sort((a, b) => a.klasse.klasse_id.localeCompare(b.klasse.klasse_id));
    for (const n of list) sort(n.children);
    return list;
  };
  return input.systems.filter((s) => rootsOf.has(s.id)).map((system) => ({ system, roots: sort(rootsOf.get(system.id)!) }));
}
