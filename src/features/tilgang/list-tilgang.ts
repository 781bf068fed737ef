import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied } from '../../shared/errors.js';

/** The organisation's access codes and access groups: every role reads them (the screening form offers them). */
export function listTilgangskoder(ctx: Ctx) {
  return inTenant(ctx, (tx) =>
    tx
      .selectFrom('tilgangskode')
      .select(['kode', 'navn', 'skjermingshjemmel', 'aktiv'])
      .where('organisasjon_id', '=', ctx.role.organisasjonId)
      .orderBy('kode')
      .execute(),
  );
}

export function listTilgangsgrupper(ctx: Ctx) {
  return inTenant(ctx, (tx) =>
    tx
      .selectFrom('tilgangsgruppe')
      .select(['id', 'navn', 'beskrivelse', 'aktiv'])
      .where('organisasjon_id', '=', ctx.role.organisasjonId)
      .orderBy('navn')
      .execute(),
  );
}

/** Who opened screened documents, newest first: for the archive (and the system owner) only. */
export function listLesingLogg(ctx: Ctx, limit = 200) {
  if (ctx.role.rolle !== 'ARK' && ctx.role.rolle !== 'SYS') throw accessDenied();
  return inTenant(ctx, (tx) =>
    tx
      .selectFrom('lesing_logg as l')
      .innerJoin('bruker as b', 'b.id', 'l.lest_av')
      .select(['l.id', 'l.objekt_type', 'l.objekt_id', 'l.tilgangskode', 'l.lest_av', 'b.navn as lest_av_navn', 'l.lest_dato'])
      .where('l.organisasjon_id', '=', ctx.role.organisasjonId)
      .orderBy('l.id', 'desc')
      .limit(limit)
      .execute(),
  );
}
