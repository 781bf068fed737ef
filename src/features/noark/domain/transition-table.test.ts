import { describe, expect, it } from 'vitest';
import { TRANSITIONS, type TransitionRule } from './transition-table.js';

/*
 * The lifecycle written out by hand, independent of the data: editing a row
 * in transition-table.ts without meaning to breaks this test. Format:
 * "<entity> <types> <from>→<to> <roles> [conditions]", ∅ = creation.
 */
const EXPECTED = [
  'saksmappe - ∅→R SB,LED,SF,MS',
  'saksmappe - ∅→B ARK',
  'saksmappe - R→B ARK',
  'saksmappe - B→S SB,LED,SF,MS [allRecordsWrittenOff]',
  'saksmappe - S→B ARK,SB,LED,SF,MS',
  'saksmappe - S→A ARK [recordsFinished,archivalFormats]',
  'saksmappe - B→A ARK [recordsFinished,archivalFormats]',
  'saksmappe - A→B ARK',
  'saksmappe - R→U ARK [noActiveRecords]',
  'saksmappe - B→U ARK [noActiveRecords]',
  'journalpost I ∅→M ARK',
  'journalpost I ∅→S SB,LED,SF,MS',
  'journalpost I ∅→J ARK [noTemporaryScreening,documentsFinalised,archivalFormats]',
  'journalpost I M→J ARK [noTemporaryScreening,documentsFinalised,archivalFormats]',
  'journalpost I S→J ARK [noTemporaryScreening,documentsFinalised,archivalFormats]',
  'journalpost I M→U ARK',
  'journalpost I S→U ARK',
  'journalpost UNXS ∅→R SB,LED,SF,MS',
  'journalpost UNXS R→F SB,LED,SF,MS [approvalCompleted]',
  'journalpost UNXS R→U SB,LED,SF,MS,ARK',
  'journalpost UNXS F→E SB,LED,SF,MS [documentsFinalised]',
  'journalpost UNXS F→J ARK [documentsFinalised,archivalFormats]',
  'journalpost UNXS E→J ARK [documentsFinalised,archivalFormats]',
  'journalpost UNXS F→U ARK',
  'journalpost UNXS E→U ARK',
  // The archive stores its own lists (the quarterly backlog run) as X notes, journalført at once.
  'journalpost X ∅→J ARK [documentsFinalised,archivalFormats]',
  'journalpost IUNXS J→A ARK [documentsFinalised]',
  'journalpost IUNXS J→U ARK',
];

function render(r: TransitionRule): string {
  const types = r.entity === 'journalpost' ? r.types.join('') : '-';
  const when = r.when ? ` [${r.when.join(',')}]` : '';
  return `${r.entity} ${types} ${r.from ?? '∅'}→${r.to} ${r.allowedRoles.join(',')}${when}`;
}

describe('the transition table', () => {
  it('is exactly the lifecycle the routines describe', () => {
    expect(TRANSITIONS.map(render)).toEqual(EXPECTED);
  });

  it('has no duplicate (entity, type, from, to)', () => {
    const keys = TRANSITIONS.flatMap((r) =>
      (r.entity === 'journalpost' ? r.types : ['-']).map((t) => `${r.entity}/${t}/${r.from}/${r.to}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never leaves a final status, except the archive reopening a closed case', () => {
    const fromFinal = TRANSITIONS.filter((r) => r.from === 'U' || (r.entity === 'journalpost' && r.from === 'A'));
    expect(fromFinal).toEqual([]);
    const fromClosedCase = TRANSITIONS.filter((r) => r.entity === 'saksmappe' && r.from === 'A');
    expect(fromClosedCase.map(render)).toEqual(['saksmappe - A→B ARK']);
  });

  it('gives SYS and LES no transition at all', () => {
    expect(TRANSITIONS.filter((r) => r.allowedRoles.some((role) => role === 'SYS' || role === 'LES'))).toEqual([]);
  });
});
