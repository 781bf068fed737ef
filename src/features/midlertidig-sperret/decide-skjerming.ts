import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { journalpostRepository } from '../journalpost/journalpost-repository.js';
import { loadForChange } from '../journalpost/load-for-change.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { accessAdminRepository } from '../tilgang/admin/access-admin-repository.js';
import { checkSkjermingsvedtak, type Skjermingsvedtak } from './domain/decide-rule.js';

/**
 * The leader's decision on a record blocked XX (seed 002, 9.2.1 step 3–4):
 * screen it with a final access code and its legal basis, or lift the block.
 * Either way the record leaves the basket (the database clears its XX date),
 * the public-access assessment date is set, and the database logs the
 * screening change.
 */
export async function decideSkjerming(ctx: Ctx, journalpostId: string, vedtak: Skjermingsvedtak) {
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    // The organisation's own active codes, not only the built-in ones.
    checkSkjermingsvedtak(vedtak, await accessAdminRepository.activeKoder(tx, org));
    // The change rule's 'skjermingsvedtak': a leader or deputy of the record's own unit (else its case's).
    const { record } = await loadForChange(ctx, tx, journalpostId, 'skjermingsvedtak');
    if (record.tilgangskode !== 'XX') {
      throw new DomainError('CONFLICT', {
        nb: 'Journalposten er ikke midlertidig sperret (lenger).',
        en: 'The record is not (or no longer) temporarily blocked.',
      });
    }
    const after =
      vedtak.vedtak === 'skjerm'
        ? { tilgangskode: vedtak.tilgangskode, skjermingshjemmel: vedtak.skjermingshjemmel.trim() }
        : { tilgangskode: null, skjermingshjemmel: null };
    const row = await journalpostRepository.update(tx, org, journalpostId, { ...after, offentlighetsvurdert_dato: osloDate(ctx.now()) });
    ctx.log.info({ journalpostId, vedtak: vedtak.vedtak, brukerId: ctx.actor.brukerId }, 'XX basket: decided');
    return row;
  });
}
