import { describe, expect, it } from 'vitest';
import { ROLLER } from '../../../shared/roles.js';
import { mayMarkPersonsensitiv } from './mark-rule.js';

describe('who may move a document into the secure zone', () => {
  const owner = 'eier';

  it('the archive always; the case owner in a case-working role; nobody else', () => {
    const allowed = ROLLER.flatMap((rolle) =>
      ['eier', 'annen'].filter((brukerId) => mayMarkPersonsensitiv({ brukerId, rolle }, owner)).map((b) => `${rolle}:${b}`),
    );
    expect(allowed.sort()).toEqual(['ARK:annen', 'ARK:eier', 'LED:eier', 'SB:eier', 'SF:eier']);
  });
});
