import { describe, expect, it } from 'vitest';
import { describeHendelse, type HendelseFakta } from './hendelse.js';

const base: HendelseFakta = {
  hendelse: 'sak-opprettet',
  kode: null,
  kode2: null,
  nummer: '2026/7-2',
  svarNummer: null,
  dokumentnummer: null,
  partNavn: null,
  personNavn: null,
  merknad: null,
};
const say = (f: Partial<HendelseFakta>) => describeHendelse({ ...base, ...f });

describe('the timeline in words', () => {
  it('tells the case status by what it means: asked to close, closed, sent back, reopened', () => {
    expect(say({ hendelse: 'saksstatus', kode: 'S', kode2: 'B' }).nb).toBe('Saksbehandler ba om at saken avsluttes');
    expect(say({ hendelse: 'saksstatus', kode: 'A', kode2: 'S' }).en).toBe('The case was closed');
    expect(say({ hendelse: 'saksstatus', kode: 'B', kode2: 'S' }).nb).toBe('Saken ble sendt tilbake til saksbehandler');
    expect(say({ hendelse: 'saksstatus', kode: 'B', kode2: 'A' }).en).toBe('The case was reopened');
  });

  it('names the write-off code, the answer and the recipient, and leaves out what is screened (null)', () => {
    expect(say({ hendelse: 'avskrevet', kode: 'BN', svarNummer: '2026/7-3', partNavn: 'Oppvekst' }).nb).toBe(
      'Journalpost 2026/7-2 avskrevet BN (besvart med notat) av 2026/7-3 for Oppvekst',
    );
    expect(say({ hendelse: 'avskrevet', kode: 'TLF' }).en).toBe('Record 2026/7-2 written off TLF (answered by telephone)');
  });

  it("tells each recipient's channel and the flow's decisions", () => {
    expect(say({ hendelse: 'ekspedert', kode: 'svarut', kode2: 'sendt', partNavn: 'Firma AS' }).nb).toBe(
      'Journalpost 2026/7-2 ekspedert til Firma AS med SvarUt (sendt)',
    );
    expect(say({ hendelse: 'flyt-svar', kode: 'V', personNavn: 'Rådmann', merknad: 'Til deg' }).nb).toBe(
      'Journalpost 2026/7-2 videresendt til Rådmann – Til deg',
    );
    expect(say({ hendelse: 'flyt-svar', kode: 'I', merknad: 'Rett opp' }).en).toBe(
      'Record 2026/7-2 not approved, returned to the case worker – Rett opp',
    );
    expect(say({ hendelse: 'journalpost-flyttet', kode: '2026/7-2', kode2: '2026/3-4' }).nb).toBe(
      'Journalpost 2026/7-2 flyttet hit fra 2026/3-4',
    );
  });
});
