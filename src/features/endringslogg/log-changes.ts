import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { diffLoggedFields, type ChangeLogObjectType } from '../noark/domain/index.js';
import { endringsloggRepository } from './endringslogg-repository.js';

/**
 * Records, in the caller's transaction, every logged field that differs
 * between `before` and `after` (Noark 5 vedlegg 3). For a new object pass
 * `before = {}` so the initial values are logged too.
 */
export async function logChanges(
  ctx: Ctx,
  tx: Tx,
  objektType: ChangeLogObjectType,
  objektId: string,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Promise<void> {
  await endringsloggRepository.append(tx, {
    organisasjonId: ctx.role.organisasjonId,
    objektType,
    objektId,
    endretAv: ctx.actor.brukerId,
    endretAvNavn: ctx.actor.navn,
    changes: diffLoggedFields(objektType, before, after),
  });
}

interface Skjerming {
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
}

/** Screening of a case or record is logged as its own object (Noark «skjerming»), keyed by the owner's id. */
export function logSkjermingChange(ctx: Ctx, tx: Tx, objektId: string, before: Skjerming, after: Skjerming): Promise<void> {
  return logChanges(
    ctx,
    tx,
    'skjerming',
    objektId,
    { tilgangsrestriksjon: before.tilgangskode, skjermingshjemmel: before.skjermingshjemmel },
    { tilgangsrestriksjon: after.tilgangskode, skjermingshjemmel: after.skjermingshjemmel },
  );
}
