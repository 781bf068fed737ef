import { describe, expect, it } from 'vitest';
import { tasksOnDispatch, tasksOnRegistration, type RegisteredRecord } from './registration-tasks.js';
import { mayTakeStep } from './task-rule.js';

const record = (over: Partial<RegisteredRecord> = {}): RegisteredRecord => ({
  id: 'jp',
  saksmappeId: 'sak',
  journalposttype: 'I',
  journalpostnummer: 2,
  saksbehandlerId: 'owner',
  administrativEnhetId: 'bygg',
  forfallsdato: '2026-02-01',
  ...over,
});
const who = (ts: ReturnType<typeof tasksOnRegistration>) => ts.map((t) => [t.oppgavetype, t.mottakerBrukerId ?? t.mottakerEnhetId]);

describe('tasks on registration', () => {
  it("sends the archive's letter in a new case to the unit, and other incoming post to its case worker", () => {
    expect(who(tasksOnRegistration(record({ journalpostnummer: 1 }), true))).toEqual([['fordele', 'bygg']]);
    expect(who(tasksOnRegistration(record(), true))).toEqual([['besvare', 'owner']]);
    // A case worker's own new case: theirs to answer.
    expect(who(tasksOnRegistration(record({ journalpostnummer: 1 }), false))).toEqual([['besvare', 'owner']]);
    expect(tasksOnRegistration(record(), true)[0]!.frist).toBe('2026-02-01');
  });

  it('makes no task when an own record is registered: a note reaches its recipients when dispatched', () => {
    for (const journalposttype of ['U', 'N', 'X', 'S']) expect(tasksOnRegistration(record({ journalposttype }), true)).toEqual([]);
  });
});

describe('tasks on dispatch', () => {
  const parties = [
    { korrespondanseparttype: 'IM', saksbehandlerId: 'ola' },
    { korrespondanseparttype: 'IM', saksbehandlerId: 'ola' },
    { korrespondanseparttype: 'IM', administrativEnhetId: 'tek' },
    { korrespondanseparttype: 'IK', saksbehandlerId: 'kari' },
    { korrespondanseparttype: 'EM', saksbehandlerId: 'ekstern' },
    { korrespondanseparttype: 'IM' },
  ];
  it('gives an N note to each internal recipient to answer (a unit: to distribute), once each; an internal copy for information', () => {
    expect(who(tasksOnDispatch(record({ journalposttype: 'N' }), parties))).toEqual([
      ['besvare', 'ola'],
      ['fordele', 'tek'],
      ['kopi', 'kari'],
    ]);
  });

  it("gives an X note and an outgoing letter's internal copies for information only, never to answer", () => {
    expect(who(tasksOnDispatch(record({ journalposttype: 'X' }), parties))).toEqual([
      ['kopi', 'ola'],
      ['kopi', 'tek'],
      ['kopi', 'kari'],
    ]);
    expect(who(tasksOnDispatch(record({ journalposttype: 'U' }), parties))).toEqual([
      ['kopi', 'ola'],
      ['kopi', 'tek'],
      ['kopi', 'kari'],
    ]);
  });
});

describe('who takes a step on a task', () => {
  const unitTask = { oppgavetype: 'fordele' as const, mottakerBrukerId: null, mottakerEnhetId: 'bygg' };
  it("lets the unit's own leader or deputy and the archive distribute, not a leader of another unit or a case worker", () => {
    expect(mayTakeStep({ brukerId: 'l', rolle: 'LED', enhetId: 'bygg' }, unitTask, 'fordel')).toBe(true);
    expect(mayTakeStep({ brukerId: 'd', rolle: 'SF', enhetId: 'bygg' }, unitTask, 'fordel')).toBe(true);
    expect(mayTakeStep({ brukerId: 'a', rolle: 'ARK', enhetId: 'dok' }, unitTask, 'fordel')).toBe(true);
    expect(mayTakeStep({ brukerId: 'l', rolle: 'LED', enhetId: 'tek' }, unitTask, 'fordel')).toBe(false);
    expect(mayTakeStep({ brukerId: 's', rolle: 'SB', enhetId: 'bygg' }, unitTask, 'fordel')).toBe(false);
  });

  it("marks a copy read only by its recipient, and closes the archive's queue only by the archive", () => {
    const copy = { oppgavetype: 'kopi' as const, mottakerBrukerId: 'kari', mottakerEnhetId: null };
    expect(mayTakeStep({ brukerId: 'kari', rolle: 'SB', enhetId: null }, copy, 'lest')).toBe(true);
    expect(mayTakeStep({ brukerId: 'a', rolle: 'ARK', enhetId: null }, copy, 'lest')).toBe(false);
    const queue = { oppgavetype: 'merknad' as const, mottakerBrukerId: null, mottakerEnhetId: null };
    expect(mayTakeStep({ brukerId: 'a', rolle: 'ARK', enhetId: null }, queue, 'utfoert')).toBe(true);
    expect(mayTakeStep({ brukerId: 'l', rolle: 'LED', enhetId: 'bygg' }, queue, 'utfoert')).toBe(false);
  });
});
