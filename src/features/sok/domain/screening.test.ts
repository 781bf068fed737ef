import { describe, expect, it } from 'vitest';
import { ROLLER } from '../../../shared/roles.js';
import { maySeeScreenedParties } from '../../journalpost/domain/screening.js';
import { mayReadInFull, screenedAccess } from './screening.js';

describe('search screening rule', () => {
  it('agrees with the record page’s rule for every role, person and unit', () => {
    const people = ['me', 'other', null] as const;
    const units = ['mine', 'theirs', null] as const;
    let checked = 0;
    for (const rolle of ROLLER)
      for (const sb of people)
        for (const sa of ['me', 'other'] as const)
          for (const jpUnit of units)
            for (const caseUnit of ['mine', 'theirs'] as const) {
              const reader = { brukerId: 'me', rolle, administrativEnhetId: 'mine' };
              const record = { saksbehandler_id: sb, administrativ_enhet_id: jpUnit };
              const saksmappe = { saksansvarlig_id: sa, administrativ_enhet_id: caseUnit };
              // The index stores the record's worker and unit, falling back to the case's.
              const row = { ansvarligId: sb ?? sa, enhetId: jpUnit ?? caseUnit, sakAnsvarligId: sa, sakEnhetId: caseUnit };
              expect(mayReadInFull(screenedAccess(reader), row), `${rolle} ${sb} ${sa} ${jpUnit} ${caseUnit}`).toBe(
                maySeeScreenedParties(reader, record, saksmappe),
              );
              checked++;
            }
    expect(checked).toBe(7 * 3 * 2 * 3 * 2);
  });
});
