import { inTenant } from '../../db/tenant.js';
import { CAPS } from '../../shared/caps.js';
import type { Ctx } from '../../shared/context.js';
import { cappedPageOf } from '../../db/page-of.js';
import { accessDenied, fieldError } from '../../shared/errors.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';

/** The organisation's access codes and access groups: every role reads them (the screening form offers them). */
export function listTilgangskoder(ctx: Ctx) {
  return inTenant(ctx, (tx) =>
    tx
      .selectFrom('tilgangskode')
      .select(['kode', 'navn', 'skjermingshjemmel', 'aktiv'])
      .where('organisasjon_id', '=', ctx.role.organisasjonId)
      .orderBy('kode')
      .limit(CAPS.tilgangskoder.max)
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
      .limit(CAPS.tilgangsgrupper.max)
      .execute(),
  );
}

/** The reading log is counted no further than this (it grows with every opening); a page beyond is refused. */
export const READ_LOG_COUNTED = 10_000;

/**
 * Who opened screened documents, newest first, a page at a time: for the
 * archive (and the system owner) only. The log grows with every opening, so
 * it is counted only up to READ_LOG_COUNTED (`flere` says there are more).
 */
export function listLesingLogg(ctx: Ctx, page: PageRequest) {
  if (ctx.role.rolle !== 'ARK' && ctx.role.rolle !== 'SYS') throw accessDenied();
  const window = windowOf(page);
  if (window.offset >= READ_LOG_COUNTED) {
    throw fieldError(
      'side',
      `lesingsloggen viser bare de ${READ_LOG_COUNTED} siste`,
      `the reading log shows only the latest ${READ_LOG_COUNTED}`,
    );
  }
  return inTenant(ctx, async (tx) => {
    const q = tx
      .selectFrom('lesing_logg as l')
      .innerJoin('bruker as b', 'b.id', 'l.lest_av')
      .select(['l.id', 'l.objekt_type', 'l.objekt_id', 'l.tilgangskode', 'l.lest_av', 'b.navn as lest_av_navn', 'l.lest_dato'])
      .where('l.organisasjon_id', '=', ctx.role.organisasjonId)
      .orderBy('l.id', 'desc');
    const { rows, total, flere } = await cappedPageOf(tx, q, window, READ_LOG_COUNTED);
    return { items: rows, ...pageInfo(page, total), flere };
  });
}
