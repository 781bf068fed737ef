import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../noark/domain/transition-table.js';
import { findActivity, openActivities, statusSteps, unmetConditions, type Routine } from './routine.js';
import { STANDARD_ROUTINE } from './standard-routine.js';

const routine: Routine = {
  versjon: 1,
  aktiviteter: [
    {
      id: 'a',
      objekt: 'journalpost',
      navn: { nb: 'A', en: 'A' },
      beskrivelse: { nb: '', en: '' },
      naar: [['type:I', 'type:N'], 'kan:merknad'],
      utfoerer: 'x',
    },
    { id: 'b', objekt: 'saksmappe', navn: { nb: 'B', en: 'B' }, beskrivelse: { nb: '', en: '' }, naar: [], utfoerer: 'y' },
  ],
};

describe('routines as data', () => {
  it('offers an activity when every condition holds, a list of names meaning any one of them', () => {
    expect(openActivities(routine, 'journalpost', new Set(['type:N', 'kan:merknad'])).map((a) => a.id)).toEqual(['a']);
    expect(openActivities(routine, 'journalpost', new Set(['type:U', 'kan:merknad']))).toEqual([]);
    expect(openActivities(routine, 'journalpost', new Set(['type:I']))).toEqual([]);
    expect(unmetConditions(findActivity(routine, 'a')!, new Set(['type:I']))).toEqual(['kan:merknad']);
  });

  it('offers only activities on the kind of object asked about', () => {
    expect(openActivities(routine, 'saksmappe', new Set()).map((a) => a.id)).toEqual(['b']);
  });

  it('the standard routine is serialisable, versioned, with unique ids', () => {
    const copy = JSON.parse(JSON.stringify(STANDARD_ROUTINE)) as Routine;
    expect(copy).toEqual(STANDARD_ROUTINE);
    expect(STANDARD_ROUTINE.versjon).toBeGreaterThan(0);
    const ids = STANDARD_ROUTINE.aktiviteter.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every status a transition leads to is reached by a step of the standard routine', () => {
    for (const t of TRANSITIONS) {
      if (t.from === null) continue; // creation is registration, not a step
      expect(statusSteps(STANDARD_ROUTINE, t.entity, t.to), `${t.entity} → ${t.to}`).not.toEqual([]);
    }
  });

  it('offers answering to whoever holds the record to answer only while its state allows (a closed case is answered no more)', () => {
    const answering = (facts: string[]) =>
      openActivities(STANDARD_ROUTINE, 'journalpost', new Set(facts))
        .map((a) => a.id)
        .filter((id) => id.includes('svar'));
    expect(answering(['type:N', 'status:J', 'besvarer', 'ikkeStengt'])).toEqual(['besvar', 'forelopig-svar', 'besvar-uten-avskrivning']);
    expect(answering(['type:N', 'status:J', 'besvarer'])).toEqual([]);
    expect(answering(['type:X', 'status:J', 'kan:merknad', 'ikkeStengt'])).toEqual(['besvar-uten-avskrivning']);
    expect(answering(['type:I', 'status:U', 'kan:merknad', 'ikkeStengt'])).toEqual([]);
  });
});
