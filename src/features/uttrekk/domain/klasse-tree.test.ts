import { describe, expect, it } from 'vitest';
import { buildClassTrees, nameUuid } from './klasse-tree.js';
import type { KlasseRow, KlassifikasjonssystemRow } from './rows.js';

const when = new Date('2020-01-01T00:00:00Z');
const system = (id: string): KlassifikasjonssystemRow => ({
  id,
  klassifikasjonstype: 'Funksjonsbasert',
  tittel: id,
  beskrivelse: null,
  opprettet_dato: when,
  opprettet_av_navn: 'Arkivar',
  avsluttet_dato: null,
});
const klasse = (id: string, parent: string | null, systemId = 'S'): KlasseRow => ({
  id,
  klassifikasjonssystem_id: systemId,
  overordnet_klasse_id: parent,
  klasse_id: id,
  tittel: `Klasse ${id}`,
  beskrivelse: null,
  opprettet_dato: when,
  opprettet_av_navn: 'Arkivar',
  avsluttet_dato: null,
});
const KEY = [klasse('000', null), klasse('002', '000'), klasse('004', '000'), klasse('100', null)];

describe('the class tree of an extraction', () => {
  it('krav 6.4.13: writes every class of the primary system, holding cases or not, in order', () => {
    const [tree] = buildClassTrees({
      arkivdel: 'SAK',
      primarySystem: system('S'),
      systems: [system('S'), system('X')],
      klasser: KEY,
      groups: [{ klasseId: '004', verdi: null, antall: 2 }],
    });
    expect(tree!.roots.map((r) => r.klasse.klasse_id)).toEqual(['000', '100']);
    expect(tree!.roots[0]!.children.map((c) => [c.klasse.klasse_id, c.antall])).toEqual([
      ['002', 0],
      ['004', 2],
    ]);
  });

  it('refuses a class holding both case files and subclasses (the schema allows one), naming it', () => {
    expect(() =>
      buildClassTrees({
        arkivdel: 'SAK',
        primarySystem: system('S'),
        systems: [system('S')],
        klasser: KEY,
        groups: [{ klasseId: '000', verdi: null, antall: 1 }],
      }),
    ).toThrow(/The class 000 in the arkivdel SAK/);
  });

  it('gives a value class (fødselsnummer) a stable UUID systemID of its own', () => {
    const build = () =>
      buildClassTrees({
        arkivdel: 'PERS',
        primarySystem: system('F'),
        systems: [system('F')],
        klasser: [],
        groups: [{ klasseId: null, verdi: '01019012057', antall: 1 }],
      });
    const id = build()[0]!.roots[0]!.klasse.id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(build()[0]!.roots[0]!.klasse.id).toBe(id);
    expect(nameUuid('F/1')).not.toBe(nameUuid('F/2'));
  });

  it('refuses cases without any class, with a clear message', () => {
    expect(() =>
      buildClassTrees({
        arkivdel: 'SAK',
        primarySystem: system('S'),
        systems: [system('S')],
        klasser: KEY,
        groups: [{ klasseId: null, verdi: null, antall: 3 }],
      }),
    ).toThrow(/has 3 case files without a class/);
  });
});
