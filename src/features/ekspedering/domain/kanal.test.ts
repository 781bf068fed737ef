import { describe, expect, it } from 'vitest';
import { avskrivningsmaateFor, kanalProblem, proposeKanal, type Mottaker } from './kanal.js';

const party = (over: Partial<Mottaker> = {}): Mottaker => ({
  korrespondanseparttype: 'EM',
  organisasjonsnummer: null,
  foedselsnummer: null,
  epostadresse: null,
  postadresse: null,
  saksbehandlerId: null,
  administrativEnhetId: null,
  ...over,
});

describe('the channel proposed per recipient', () => {
  it('proposes intern for an internal person or unit, SvarUt for an org or national id, e-mail for an address, else print', () => {
    expect(proposeKanal(party({ korrespondanseparttype: 'IM', saksbehandlerId: 'ola' }))).toBe('intern');
    expect(proposeKanal(party({ korrespondanseparttype: 'IK', administrativEnhetId: 'tek' }))).toBe('intern');
    expect(proposeKanal(party({ organisasjonsnummer: '964947260', epostadresse: 'a@b.no' }))).toBe('svarut');
    expect(proposeKanal(party({ foedselsnummer: '01010112345' }))).toBe('svarut');
    expect(proposeKanal(party({ epostadresse: 'ola@example.no' }))).toBe('epost');
    expect(proposeKanal(party({ postadresse: 'Storgata 1' }))).toBe('utskrift');
    // An internal party naming nobody in the organisation cannot be delivered inside Saksgang.
    expect(proposeKanal(party({ korrespondanseparttype: 'IM', epostadresse: 'x@y.no' }))).toBe('epost');
  });

  it('refuses a channel that cannot reach the recipient', () => {
    expect(kanalProblem(party({ epostadresse: 'a@b.no' }), 'svarut')).not.toBeNull();
    expect(kanalProblem(party({ organisasjonsnummer: '964947260' }), 'epost')).not.toBeNull();
    expect(kanalProblem(party(), 'intern')).not.toBeNull();
    expect(kanalProblem(party({ korrespondanseparttype: 'IM', saksbehandlerId: 'ola' }), 'epost')).not.toBeNull();
    expect(kanalProblem(party(), 'utskrift')).toBeNull();
    expect(kanalProblem(party({ epostadresse: 'a@b.no' }), 'epost')).toBeNull();
  });
});

describe('how a dispatched answer writes off', () => {
  it('writes off with BN for a note, BE when every external recipient gets e-mail, else BU', () => {
    expect(avskrivningsmaateFor('N', ['intern'])).toBe('BN');
    expect(avskrivningsmaateFor('X', ['intern'])).toBe('BN');
    expect(avskrivningsmaateFor('U', ['epost', 'intern'])).toBe('BE');
    expect(avskrivningsmaateFor('U', ['epost', 'svarut'])).toBe('BU');
    expect(avskrivningsmaateFor('U', ['utskrift'])).toBe('BU');
  });
});
