import { describe, expect, it } from 'vitest';
import { diffLoggedFields, renderLogValue } from './change-log-diff.js';
import { CHANGE_LOG_FIELDS, loggedFields, type ChangeLogObjectType } from './change-log-fields.js';

const names = (type: ChangeLogObjectType) => loggedFields(type).map((f) => f.felt);
const fromVedlegg3 = (type: ChangeLogObjectType) =>
  loggedFields(type)
    .filter((f) => f.vedlegg3)
    .map((f) => f.felt);

describe('the logged fields', () => {
  it.each(Object.keys(CHANGE_LOG_FIELDS) as ChangeLogObjectType[])('%s lists each field once', (type) => {
    expect(new Set(names(type)).size).toBe(names(type).length);
  });

  it('carries the vedlegg 3 minimum for saksmappe and journalpost', () => {
    expect(fromVedlegg3('saksmappe')).toEqual([
      'tittel',
      'referanseArkivdel',
      'saksdato',
      'administrativEnhet',
      'saksansvarlig',
      'journalenhet',
      'saksstatus',
    ]);
    expect(fromVedlegg3('journalpost')).toEqual(
      expect.arrayContaining(['journalstatus', 'journaldato', 'dokumentetsDato', 'mottattDato', 'sendtDato', 'offentlighetsvurdertDato']),
    );
    expect(loggedFields('saksmappe').find((f) => f.felt === 'saksstatus')?.vedlegg3?.mNr).toBe('M052');
    expect(loggedFields('dokumentbeskrivelse').find((f) => f.felt === 'tittel')?.vedlegg3?.loggingstidspunkt).toBe(
      'Ved endring etter status E',
    );
  });

  it('adds the fields the product must log beyond the minimum, marked as ours', () => {
    const ours = (type: ChangeLogObjectType) =>
      loggedFields(type)
        .filter((f) => !f.vedlegg3)
        .map((f) => f.felt);
    expect(ours('saksmappe')).toEqual(expect.arrayContaining(['offentligTittel', 'klassifikasjon']));
    expect(ours('journalpost')).toEqual(expect.arrayContaining(['offentligTittel', 'forfallsdato', 'journalposttype']));
    expect(ours('skjerming')).toContain('tilgangsrestriksjon');
    expect(names('saksmappe')).toEqual(
      expect.arrayContaining(['saksstatus', 'tittel', 'offentligTittel', 'saksansvarlig', 'administrativEnhet', 'klassifikasjon']),
    );
    expect(names('journalpost')).toEqual(
      expect.arrayContaining(['journalstatus', 'tittel', 'offentligTittel', 'forfallsdato', 'journalposttype', 'dokumentetsDato']),
    );
  });
});

describe('diffLoggedFields', () => {
  it('reports the changed logged fields in list order, and nothing else', () => {
    const before = { tittel: 'Byggesak', saksstatus: 'B', saksansvarlig: 'kari', notLogged: 1 };
    const after = { tittel: 'Byggesak – Storgata 1', saksstatus: 'A', saksansvarlig: 'kari', notLogged: 2 };
    expect(diffLoggedFields('saksmappe', before, after)).toEqual([
      { felt: 'tittel', tidligereVerdi: 'Byggesak', nyVerdi: 'Byggesak – Storgata 1' },
      { felt: 'saksstatus', tidligereVerdi: 'B', nyVerdi: 'A' },
    ]);
  });

  it('logs setting and clearing a value with null on the empty side', () => {
    expect(diffLoggedFields('journalpost', { forfallsdato: null }, { forfallsdato: '2026-04-01' })).toEqual([
      { felt: 'forfallsdato', tidligereVerdi: null, nyVerdi: '2026-04-01' },
    ]);
    expect(diffLoggedFields('journalpost', { offentligTittel: 'Søknad' }, { offentligTittel: undefined })).toEqual([
      { felt: 'offentligTittel', tidligereVerdi: 'Søknad', nyVerdi: null },
    ]);
  });

  it('treats null, undefined and empty as the same empty value', () => {
    expect(diffLoggedFields('saksmappe', { offentligTittel: null }, { offentligTittel: '' })).toEqual([]);
    expect(diffLoggedFields('skjerming', { skjermingMetadata: undefined }, { skjermingMetadata: [] })).toEqual([]);
  });

  it('skips fields the new snapshot does not mention, so a patch can be passed', () => {
    expect(diffLoggedFields('saksmappe', { tittel: 'A', saksstatus: 'B' }, { saksstatus: 'S' })).toEqual([
      { felt: 'saksstatus', tidligereVerdi: 'B', nyVerdi: 'S' },
    ]);
  });

  it('renders a date field as its calendar day in Norway, whichever midnight the driver used', () => {
    const utcMidnight = new Date('2026-03-05T00:00:00Z');
    const osloMidnight = new Date('2026-03-04T23:00:00Z');
    expect(renderLogValue(utcMidnight, 'date')).toBe('2026-03-05');
    expect(renderLogValue(osloMidnight, 'date')).toBe('2026-03-05');
    expect(renderLogValue(new Date('2026-07-01T22:30:00Z'), 'date')).toBe('2026-07-02'); // summer time
    expect(diffLoggedFields('journalpost', { dokumentetsDato: '2026-03-05' }, { dokumentetsDato: osloMidnight })).toEqual([]);
  });

  it('keeps the instant for date-time fields', () => {
    const at = new Date('2026-03-05T08:15:00.000Z');
    expect(diffLoggedFields('journalpost', { mottattDato: null }, { mottattDato: at })).toEqual([
      { felt: 'mottattDato', tidligereVerdi: null, nyVerdi: '2026-03-05T08:15:00.000Z' },
    ]);
  });

  it('renders numbers and treats lists as sets', () => {
    expect(diffLoggedFields('kassasjon', { bevaringstid: 10 }, { bevaringstid: 25 })).toEqual([
      { felt: 'bevaringstid', tidligereVerdi: '10', nyVerdi: '25' },
    ]);
    expect(diffLoggedFields('skjerming', { skjermingMetadata: ['TRO', 'NA'] }, { skjermingMetadata: ['NA', 'TRO'] })).toEqual([]);
    expect(diffLoggedFields('skjerming', { skjermingMetadata: ['NA'] }, { skjermingMetadata: ['TRO', 'NA'] })).toEqual([
      { felt: 'skjermingMetadata', tidligereVerdi: 'NA', nyVerdi: 'NA, TRO' },
    ]);
  });

  it('renders other values plainly', () => {
    expect(renderLogValue(true, 'text')).toBe('true');
    expect(renderLogValue(12n, 'text')).toBe('12');
    expect(renderLogValue({ klasseID: '614' }, 'text')).toBe('{"klasseID":"614"}');
  });
});
