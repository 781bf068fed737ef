import { describe, expect, it } from 'vitest';
import type { Rolle } from '../../../shared/roles.js';
import { mayChange, type ChangeActor, type ChangeKind, type ChangeTarget, type RecordTarget } from './change-rule.js';
import { unitChain } from './unit-chain.js';

/*
 * The change rule as a pure function. The HTTP matrix in
 * tests/access/change-matrix.test.ts proves every write path asks it; here
 * are its corners, each freeze tied to its Noark 5 requirement.
 */

const UNITS = [
  { id: 'TEK', overordnet_enhet_id: null },
  { id: 'BYGG', overordnet_enhet_id: 'TEK' },
  { id: 'HO', overordnet_enhet_id: null },
];
const actor = (rolle: Rolle, brukerId = 'someone', enhetId: string | null = 'BYGG'): ChangeActor => ({ brukerId, rolle, enhetId });

function target(record?: Partial<RecordTarget>, extra: Partial<ChangeTarget> = {}, saksstatus = 'B'): ChangeTarget {
  return {
    saksmappe: { saksansvarligId: 'owner', enhetKjede: unitChain(UNITS, 'BYGG'), saksstatus, saksbehandlere: ['distributed'] },
    ...(record && {
      journalpost: { saksbehandlerId: 'distributed', enhetKjede: ['BYGG', 'TEK'], journalstatus: 'R', journalposttype: 'U', ...record },
    }),
    ...extra,
  };
}
const outcome = (a: ChangeActor, t: ChangeTarget, kind: ChangeKind) => {
  const d = mayChange(a, t, kind);
  return d.allowed ? 'allowed' : `${d.code}${d.krav.length ? ` ${d.krav.join('/')}` : ''}`;
};

describe('who may change', () => {
  it.each([
    ['archivist', actor('ARK', 'x', 'DOK'), 'allowed', 'allowed', 'allowed'],
    ['case owner (SB)', actor('SB', 'owner'), 'allowed', 'allowed', 'allowed'],
    ['case owner (MS)', actor('MS', 'owner', 'POL'), 'allowed', 'allowed', 'allowed'],
    ['distributed case worker', actor('SB', 'distributed'), 'ACCESS_DENIED', 'allowed', 'allowed'],
    ['case worker of the same unit', actor('SB'), 'ACCESS_DENIED', 'ACCESS_DENIED', 'ACCESS_DENIED'],
    ['leader of the unit', actor('LED'), 'allowed', 'allowed', 'allowed'],
    ['deputy of the unit', actor('SF'), 'allowed', 'allowed', 'allowed'],
    ['leader of the unit above', actor('LED', 'x', 'TEK'), 'allowed', 'allowed', 'allowed'],
    ['leader of another unit', actor('LED', 'x', 'HO'), 'ACCESS_DENIED', 'ACCESS_DENIED', 'ACCESS_DENIED'],
    ['meeting secretary, not theirs', actor('MS', 'x', 'POL'), 'ACCESS_DENIED', 'ACCESS_DENIED', 'ACCESS_DENIED'],
    ['read-only', actor('LES', 'owner'), 'ACCESS_DENIED', 'ACCESS_DENIED', 'ACCESS_DENIED'],
    ['system owner', actor('SYS', 'owner'), 'ACCESS_DENIED', 'ACCESS_DENIED', 'ACCESS_DENIED'],
  ] as const)('%s: case %s, register %s, own record %s', (_name, a, saksmappe, registrer, journalpost) => {
    expect(outcome(a, target(), 'saksmappe')).toBe(saksmappe);
    expect(outcome(a, target(), 'registrer')).toBe(registrer);
    expect(outcome(a, target({}), 'journalpost')).toBe(journalpost);
  });

  it("a distributed case worker changes their own records, not others' in the case (seed 002 §3.2)", () => {
    expect(outcome(actor('SB', 'distributed'), target({ saksbehandlerId: 'other' }), 'journalpost')).toBe('ACCESS_DENIED');
    expect(outcome(actor('SB', 'owner'), target({ saksbehandlerId: 'other' }), 'journalpost')).toBe('allowed');
  });

  it('leaves void and move to the archive', () => {
    for (const kind of ['utgaar', 'flytt'] as const) {
      expect(outcome(actor('ARK'), target({}), kind)).toBe('allowed');
      expect(outcome(actor('SB', 'owner'), target({}), kind)).toBe('ACCESS_DENIED');
    }
    expect(outcome(actor('LED'), target({}), 'skjermingsvedtak')).toBe('allowed');
    expect(outcome(actor('ARK'), target({}), 'skjermingsvedtak')).toBe('ACCESS_DENIED');
    expect(outcome(actor('SB', 'owner'), target(), 'skjermingsvedtak')).toBe('ACCESS_DENIED');
    expect(outcome(actor('SB', 'owner'), target({}), 'skjerming')).toBe('allowed');
    expect(outcome(actor('SB', 'distributed'), target({}), 'skjerming')).toBe('ACCESS_DENIED');
  });

  it('refuses who before it speaks of state: a stranger learns nothing about a closed case', () => {
    expect(outcome(actor('SB'), target(undefined, {}, 'A'), 'saksmappe')).toBe('ACCESS_DENIED');
    expect(outcome(actor('SB', 'owner'), target(undefined, {}, 'A'), 'saksmappe')).toBe('CASE_CLOSED');
  });
});

describe('freezing', () => {
  it('a closed case takes nothing but a status change', () => {
    const closed = (r?: Partial<RecordTarget>) => target(r, {}, 'A');
    expect(outcome(actor('ARK'), closed(), 'status')).toBe('allowed');
    for (const kind of ['saksmappe', 'registrer', 'merknad'] as const) expect(outcome(actor('ARK'), closed(), kind)).toBe('CASE_CLOSED');
    for (const kind of ['journalpost', 'status', 'dokument', 'dokumentvariant', 'merknad'] as const) {
      expect(outcome(actor('ARK'), closed({ journalstatus: 'A' }), kind)).toBe('CASE_CLOSED');
    }
  });

  it('a journalført or void record is corrected by the archive only; remarks may follow', () => {
    for (const journalstatus of ['J', 'U']) {
      expect(outcome(actor('SB', 'owner'), target({ journalstatus, journalposttype: 'I' }), 'journalpost')).toBe('RECORD_LOCKED');
      expect(outcome(actor('SB', 'owner'), target({ journalstatus, journalposttype: 'I' }), 'dokument')).toBe('RECORD_LOCKED');
      expect(outcome(actor('SB', 'owner'), target({ journalstatus, journalposttype: 'I' }), 'merknad')).toBe('allowed');
      expect(outcome(actor('ARK'), target({ journalstatus, journalposttype: 'I' }), 'journalpost')).toBe('allowed');
    }
  });

  it('krav 2.6.7 and 3.2.17: an archived record takes no documents, not from the archive either', () => {
    expect(outcome(actor('ARK'), target({ journalstatus: 'A' }), 'dokument')).toBe('OBJECT_FROZEN 2.6.7/3.2.17');
  });

  it('krav 3.2.14 and 3.2.23: an archived record is frozen; krav 3.2.27: the archive may add a variant', () => {
    const a = target({ journalstatus: 'A', journalposttype: 'I' });
    expect(outcome(actor('ARK'), a, 'journalpost')).toBe('OBJECT_FROZEN 3.2.14/3.2.23');
    expect(outcome(actor('ARK'), a, 'korrespondansepart')).toBe('OBJECT_FROZEN 3.2.14/3.2.23');
    expect(outcome(actor('ARK'), a, 'flytt')).toBe('OBJECT_FROZEN 3.2.14');
    expect(outcome(actor('ARK'), a, 'dokumentvariant')).toBe('allowed');
    expect(outcome(actor('SB', 'owner'), a, 'dokumentvariant')).toBe('RECORD_LOCKED');
  });

  it('krav 3.2.24: a dispatched own document keeps its title, dates, case worker, unit and parties — for the author too', () => {
    for (const journalstatus of ['E', 'J'])
      for (const journalposttype of ['U', 'N', 'X']) {
        const e = (felt: string[]) => target({ journalstatus, journalposttype }, { felt });
        for (const felt of ['tittel', 'dokumentetsDato', 'sendtDato', 'saksbehandlerId', 'administrativEnhetId']) {
          expect(outcome(actor('ARK'), e([felt, 'beskrivelse']), 'journalpost')).toBe('OBJECT_FROZEN 3.2.24');
        }
        expect(outcome(actor('ARK'), e(['beskrivelse', 'forfallsdato']), 'journalpost')).toBe('allowed');
        expect(outcome(actor('ARK'), e([]), 'korrespondansepart')).toBe('OBJECT_FROZEN 3.2.24');
      }
    const dispatched = (felt: string[]) => target({ journalstatus: 'E' }, { felt });
    expect(outcome(actor('SB', 'distributed'), dispatched(['tittel']), 'journalpost')).toBe('OBJECT_FROZEN 3.2.24');
    expect(outcome(actor('SB', 'distributed'), dispatched(['beskrivelse']), 'journalpost')).toBe('allowed');
    expect(outcome(actor('SB', 'distributed'), target({ journalstatus: 'F' }, { felt: ['tittel'] }), 'journalpost')).toBe('allowed');
  });

  it('krav 3.2.22: the archive cannot change mottattDato of a journalført incoming record', () => {
    const j = (felt: string[], journalstatus = 'J') => target({ journalstatus, journalposttype: 'I' }, { felt });
    expect(outcome(actor('ARK'), j(['mottattDato']), 'journalpost')).toBe('OBJECT_FROZEN 3.2.22');
    expect(outcome(actor('ARK'), j(['tittel']), 'journalpost')).toBe('allowed');
    expect(outcome(actor('ARK'), j(['mottattDato'], 'M'), 'journalpost')).toBe('allowed');
  });

  it('krav 3.2.31: a finalised document gets no new version, not from the archive either; krav 3.2.27: a variant still', () => {
    const f = (dokumentstatus: string, journalstatus = 'S') => target({ journalstatus, journalposttype: 'I' }, { dokumentstatus });
    expect(outcome(actor('SB', 'distributed'), f('B'), 'dokumentversjon')).toBe('allowed');
    expect(outcome(actor('SB', 'distributed'), f('F'), 'dokumentversjon')).toBe('OBJECT_FROZEN 3.2.31');
    expect(outcome(actor('ARK'), f('F'), 'dokumentversjon')).toBe('OBJECT_FROZEN 3.2.31');
    expect(outcome(actor('ARK'), f('F', 'J'), 'dokumentversjon')).toBe('OBJECT_FROZEN 3.2.31');
    expect(outcome(actor('ARK'), f('F', 'J'), 'dokumentvariant')).toBe('allowed');
    expect(outcome(actor('SB', 'distributed'), f('F', 'E'), 'dokumentvariant')).toBe('allowed');
  });

  it('status changes and voiding leave the states to the transition table', () => {
    expect(outcome(actor('ARK'), target({ journalstatus: 'A' }), 'status')).toBe('allowed');
    expect(outcome(actor('ARK'), target({ journalstatus: 'J' }), 'utgaar')).toBe('allowed');
  });
});

describe('screening and the secure zone', () => {
  const everyone = {
    archivist: actor('ARK', 'x', 'DOK'),
    'owner (SB)': actor('SB', 'owner'),
    'owner (MS)': actor('MS', 'owner', 'POL'),
    distributed: actor('SB', 'distributed'),
    'same-unit case worker': actor('SB'),
    leader: actor('LED'),
    deputy: actor('SF'),
    'leader above': actor('LED', 'x', 'TEK'),
    'leader of another unit': actor('LED', 'x', 'HO'),
    'read-only owner': actor('LES', 'owner'),
    'system owner': actor('SYS', 'owner'),
  };
  const allowedFor = (kind: ChangeKind, t: ChangeTarget) =>
    Object.entries(everyone)
      .filter(([, a]) => mayChange(a, t, kind).allowed)
      .map(([name]) => name);

  it('screening is set by the archive, the case owner and leaders of the unit or above (docs/status.md)', () => {
    const who = ['archivist', 'owner (SB)', 'owner (MS)', 'leader', 'deputy', 'leader above'];
    expect(allowedFor('skjerming', target())).toEqual(who);
    expect(allowedFor('skjerming', target({}))).toEqual(who);
    expect(mayChange(actor('SB', 'distributed'), target({}), 'skjerming')).toMatchObject({ reason: 'SCREENING_RESPONSIBLE' });
  });

  it("only the leader or deputy of the record's own unit decides on XX, not a unit above, not the archive (seed 002, 9.2)", () => {
    expect(allowedFor('skjermingsvedtak', target({}))).toEqual(['leader', 'deputy']);
    // A record of another unit is that unit's leader's to decide; without a unit of its own, its case's.
    expect(outcome(actor('LED', 'x', 'HO'), target({ enhetKjede: ['HO'] }), 'skjermingsvedtak')).toBe('allowed');
    expect(outcome(actor('LED'), target({ enhetKjede: ['HO'] }), 'skjermingsvedtak')).toBe('ACCESS_DENIED');
    expect(allowedFor('skjermingsvedtak', target({ enhetKjede: [] }))).toEqual(['leader', 'deputy']);
    expect(mayChange(actor('LED', 'x', 'TEK'), target({}), 'skjermingsvedtak')).toMatchObject({ reason: 'LEADERS_ONLY' });
  });

  it('the archive and the case owner in a case-working role move a document into the secure zone (seed 001)', () => {
    expect(allowedFor('personsensitiv', target({}))).toEqual(['archivist', 'owner (SB)']);
    const ledOwner = target({}, { saksmappe: { ...target().saksmappe, saksansvarligId: 'x' } });
    expect(outcome(actor('LED', 'x'), ledOwner, 'personsensitiv')).toBe('allowed');
    expect(mayChange(actor('LED'), target({}), 'personsensitiv')).toMatchObject({ reason: 'ARCHIVE_OR_OWNER' });
  });

  it('protects a journalført or archived record too; only a closed case stops it', () => {
    for (const journalstatus of ['J', 'U', 'A']) {
      const t = target({ journalstatus, journalposttype: 'I' });
      expect(outcome(actor('SB', 'owner'), t, 'skjerming')).toBe('allowed');
      expect(outcome(actor('SB', 'owner'), t, 'personsensitiv')).toBe('allowed');
      expect(outcome(actor('LED'), t, 'skjermingsvedtak')).toBe('allowed');
    }
    const closed = target({ journalstatus: 'A' }, {}, 'A');
    for (const kind of ['skjerming', 'skjermingsvedtak', 'personsensitiv'] as const) {
      expect(outcome(actor(kind === 'skjermingsvedtak' ? 'LED' : 'ARK'), closed, kind)).toBe('CASE_CLOSED');
    }
    expect(outcome(actor('ARK'), target(undefined, {}, 'A'), 'skjerming')).toBe('CASE_CLOSED');
  });
});

describe('unitChain', () => {
  it('walks up to the top and survives a cycle', () => {
    expect(unitChain(UNITS, 'BYGG')).toEqual(['BYGG', 'TEK']);
    expect(unitChain(UNITS, null)).toEqual([]);
    expect(
      unitChain(
        [
          { id: 'a', overordnet_enhet_id: 'b' },
          { id: 'b', overordnet_enhet_id: 'a' },
        ],
        'a',
      ),
    ).toEqual(['a', 'b']);
  });
});
