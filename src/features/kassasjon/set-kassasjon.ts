import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { checkKassasjon, type KassasjonArv, type KassasjonNivaa, type Kassasjonsvedtak } from './domain/kassasjon.js';
import { chainOrThrow, viewOf } from './get-kassasjon.js';
import { requireArchive } from './kassasjon-access.js';
import { kassasjonRepository as repo } from './kassasjon-repository.js';

export interface KassasjonInput {
  kassasjonsvedtak: Kassasjonsvedtak;
  kassasjonshjemmel?: string | null;
  bevaringstid?: number | null;
  kassasjonsdato?: string | null;
}

/**
 * The archive registers a disposal decision, its legal basis and retention
 * period (and on a case, record or document a date of its own) by hand;
 * `null` removes the object's own so it inherits again (krav 6.1.4, 6.1.5,
 * 6.1.8, 6.1.11). On a part or class `kassasjonArv` says how far it is
 * inherited (6.1.9, 6.1.10). Logged by the database (0080).
 */
export async function setKassasjon(ctx: Ctx, nivaa: KassasjonNivaa, id: string, input: KassasjonInput | null, kassasjonArv?: KassasjonArv) {
  requireArchive(ctx, { nb: 'registrere kassasjonsvedtak', en: 'register disposal decisions' });
  const k =
    input &&
    checkKassasjon(nivaa, {
      kassasjonsvedtak: input.kassasjonsvedtak,
      kassasjonshjemmel: input.kassasjonshjemmel ?? null,
      bevaringstid: input.bevaringstid ?? null,
      kassasjonsdato: input.kassasjonsdato ?? null,
    });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    await chainOrThrow(tx, ctx, nivaa, id);
    await repo.setKassasjon(tx, orgId, nivaa, id, k);
    if (kassasjonArv && (nivaa === 'arkivdel' || nivaa === 'klasse')) await repo.setArv(tx, orgId, nivaa, id, kassasjonArv);
    return viewOf(nivaa, id, await chainOrThrow(tx, ctx, nivaa, id));
  });
}
