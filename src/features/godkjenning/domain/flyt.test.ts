import { describe, expect, it } from 'vitest';
import { approvalCompleted, checkStart, currentStep, decide, flowFacts, type Flyt, type StartFacts, type Steg } from './flyt.js';

const steg = (id: string, rekkefoelge: number, mottatt: boolean, status: Steg['status'] = null): Steg => ({
  id,
  rekkefoelge,
  flytTil: id,
  mottatt,
  status,
});
/** Case worker sb → head of department fagsjef → chief executive raadmann; fagsjef has it now. */
const flyt = (over: Partial<Flyt> = {}): Flyt => ({
  id: 'f',
  flyttype: 'godkjenning',
  sendtAv: 'sb',
  utfall: null,
  steg: [steg('fagsjef', 1, true), steg('raadmann', 2, false)],
  ...over,
});

describe('starting a round', () => {
  const start = (over: Partial<StartFacts> = {}): StartFacts => ({
    flyttype: 'godkjenning',
    actor: { brukerId: 'sb', rolle: 'SB' },
    record: { journalposttype: 'S', journalstatus: 'R' },
    active: null,
    til: ['fagsjef', 'raadmann'],
    eligible: new Set(['fagsjef', 'raadmann']),
    ...over,
  });
  const code = (f: StartFacts) => {
    const r = checkStart(f);
    return r.ok ? 'ok' : `${r.refusal.code}${r.refusal.field ? ` ${r.refusal.field}` : ''}`;
  };

  it('sends a reserved own document to leaders in order', () => {
    expect(code(start())).toBe('ok');
  });

  it('refuses a finished or incoming record for approval, but lets an incoming letter go to review', () => {
    expect(code(start({ record: { journalposttype: 'S', journalstatus: 'F' } }))).toBe('CONFLICT');
    expect(code(start({ record: { journalposttype: 'I', journalstatus: 'J' } }))).toBe('CONFLICT');
    expect(code(start({ flyttype: 'gjennomgang', record: { journalposttype: 'I', journalstatus: 'J' } }))).toBe('ok');
    expect(code(start({ flyttype: 'gjennomgang', record: { journalposttype: 'I', journalstatus: 'U' } }))).toBe('CONFLICT');
  });

  it('refuses a second round while one goes on, and readers and the archive', () => {
    expect(code(start({ active: { flyttype: 'gjennomgang' } }))).toBe('CONFLICT');
    expect(code(start({ actor: { brukerId: 'sb', rolle: 'LES' } }))).toBe('ACCESS_DENIED');
    expect(code(start({ actor: { brukerId: 'sb', rolle: 'ARK' } }))).toBe('ACCESS_DENIED');
  });

  it('names the bad recipient: nobody, oneself, twice, not a leader', () => {
    expect(code(start({ til: [] }))).toBe('VALIDATION_FAILED til');
    expect(code(start({ til: ['fagsjef', 'sb'] }))).toBe('VALIDATION_FAILED til.1');
    expect(code(start({ til: ['fagsjef', 'fagsjef'] }))).toBe('VALIDATION_FAILED til.1');
    expect(code(start({ til: ['fagsjef', 'kollega'] }))).toBe('VALIDATION_FAILED til.1');
    expect(code(start({ til: Array.from({ length: 11 }, (_, i) => `l${i}`) }))).toBe('VALIDATION_FAILED til');
  });
});

describe('deciding a step', () => {
  const by = (brukerId: string, decision: Parameters<typeof decide>[0]['decision'], f = flyt(), forwardEligible = true) =>
    decide({ flyt: f, actor: { brukerId }, decision, forwardEligible });

  it('approves to the next planned step, and the last approval approves the round', () => {
    const first = by('fagsjef', { handling: 'godkjenn', merknad: ' Fint ' });
    expect(first).toEqual({
      ok: true,
      value: { step: { id: 'fagsjef', status: 'G', merknad: 'Fint' }, next: { existing: steg('raadmann', 2, false) }, utfall: null },
    });
    const last = by('raadmann', { handling: 'godkjenn' }, flyt({ steg: [steg('fagsjef', 1, true, 'G'), steg('raadmann', 2, true)] }));
    expect(last.ok && last.value).toEqual({ step: { id: 'raadmann', status: 'G', merknad: null }, next: null, utfall: 'godkjent' });
  });

  it('returns with a required comment and ends the round returned', () => {
    expect(by('fagsjef', { handling: 'returner' })).toMatchObject({ ok: false, refusal: { code: 'VALIDATION_FAILED', field: 'merknad' } });
    const r = by('fagsjef', { handling: 'returner', merknad: 'Rett tallene' });
    expect(r.ok && r.value).toEqual({ step: { id: 'fagsjef', status: 'I', merknad: 'Rett tallene' }, next: null, utfall: 'returnert' });
  });

  it('forwards to another eligible person, after the current step, with a comment', () => {
    const r = by('fagsjef', { handling: 'videresend', til: 'okonomisjef', merknad: 'Økonomi ser på det' });
    expect(r.ok && r.value).toEqual({
      step: { id: 'fagsjef', status: 'V', merknad: 'Økonomi ser på det' },
      next: { newFor: 'okonomisjef', after: 1 },
      utfall: null,
    });
    const code = (d: Parameters<typeof decide>[0]['decision'], eligible = true) => {
      const x = by('fagsjef', d, flyt(), eligible);
      return x.ok ? 'ok' : `${x.refusal.code} ${x.refusal.field}`;
    };
    expect(code({ handling: 'videresend', til: 'okonomisjef' })).toBe('VALIDATION_FAILED merknad');
    expect(code({ handling: 'videresend', merknad: 'x' })).toBe('VALIDATION_FAILED til');
    expect(code({ handling: 'videresend', til: 'fagsjef', merknad: 'x' })).toBe('VALIDATION_FAILED til');
    expect(code({ handling: 'videresend', til: 'sb', merknad: 'x' })).toBe('VALIDATION_FAILED til');
    expect(code({ handling: 'videresend', til: 'kollega', merknad: 'x' }, false)).toBe('VALIDATION_FAILED til');
  });

  it('lets only the current person act, on a round that goes on', () => {
    expect(by('raadmann', { handling: 'godkjenn' })).toMatchObject({ ok: false, refusal: { code: 'ACCESS_DENIED' } });
    expect(by('sb', { handling: 'godkjenn' })).toMatchObject({ ok: false, refusal: { code: 'ACCESS_DENIED' } });
    expect(by('fagsjef', { handling: 'godkjenn' }, flyt({ utfall: 'returnert' }))).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT' },
    });
    expect(decide({ flyt: null, actor: { brukerId: 'x' }, decision: { handling: 'godkjenn' }, forwardEligible: true })).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT' },
    });
  });

  it('reviews without approving: «gjennomgått» moves on and ends reviewed; approve and return are not offered', () => {
    const review = flyt({ flyttype: 'gjennomgang', steg: [steg('kollega', 1, true)] });
    const r = by('kollega', { handling: 'gjennomgaatt', merknad: 'Ser bra ut' }, review);
    expect(r.ok && r.value).toEqual({ step: { id: 'kollega', status: 'S', merknad: 'Ser bra ut' }, next: null, utfall: 'gjennomgaatt' });
    expect(by('kollega', { handling: 'godkjenn' }, review)).toMatchObject({ ok: false, refusal: { code: 'CONFLICT' } });
    expect(by('fagsjef', { handling: 'gjennomgaatt' })).toMatchObject({ ok: false, refusal: { code: 'CONFLICT' } });
  });
});

describe('the round as a condition of finishing', () => {
  it('holds the record while approval goes on or was refused, never without approval asked, never for review', () => {
    expect(approvalCompleted(null)).toBe(true);
    expect(approvalCompleted({ utfall: 'godkjent' })).toBe(true);
    expect(approvalCompleted({ utfall: null })).toBe(false);
    expect(approvalCompleted({ utfall: 'returnert' })).toBe(false);
  });

  it('knows the current step', () => {
    expect(currentStep(flyt())?.id).toBe('fagsjef');
    expect(currentStep(flyt({ utfall: 'godkjent' }))).toBeNull();
  });
});

describe('the flow as facts for the activity engine', () => {
  it('names a round going on, whose turn it is, and whether approval is awaited', () => {
    expect(flowFacts(null, null, 'sb')).toEqual(['flyt:ingen', 'godkjenning:fullfoert']);
    expect(flowFacts(flyt(), flyt(), 'fagsjef')).toEqual(['flyt:aktiv', 'flyt:mitt:godkjenning', 'godkjenning:venter']);
    expect(flowFacts(flyt(), flyt(), 'raadmann')).toEqual(['flyt:aktiv', 'godkjenning:venter']);
    expect(flowFacts(null, { utfall: 'returnert' }, 'sb')).toEqual(['flyt:ingen', 'godkjenning:venter']);
    const review = flyt({ flyttype: 'gjennomgang', steg: [steg('kollega', 1, true)] });
    expect(flowFacts(review, { utfall: 'godkjent' }, 'kollega')).toEqual(['flyt:aktiv', 'flyt:mitt:gjennomgang', 'godkjenning:fullfoert']);
  });
});
