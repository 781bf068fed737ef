import { assertRoomFor } from '../../db/caps-repository.js';
import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError, notFound } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { arkivstrukturRepository as structure } from './arkivstruktur-repository.js';
import { insertArkivdel } from './create-arkivdel.js';
import { checkPeriodMayEnd, dayAfter, statusWhenPeriodEnds } from './domain/periode.js';
import { periodeRepository as periods } from './periode-repository.js';

export interface CloseArkivperiodeInput {
  /** The last day of the ending period; the successor's starts the day after. */
  sluttDato: string;
  /** The successor's short name and title (e.g. SAK-2027, «Sakarkiv 2027–»). */
  kortnavn: string;
  tittel: string;
  /** Krav 6.2.1: the periodisation principles; default the ending part's own. */
  beskrivelse?: string | null | undefined;
  /** Krav 6.2.10: carry every open case over to the successor at once; the part is then closed. */
  overfoerAapneMapper?: boolean | undefined;
}

/**
 * Ends an active part's period (krav 6.2): a successor part takes over with
 * the same classification systems and default access code, the two are
 * linked (forløper/arvtaker, krav 6.2.2), and the ending part goes into
 * overlap while it still holds open cases (krav 6.2.4, 6.2.5) — or is
 * closed at once when none is left, or all were carried over. The archive's
 * work (rolle ARK); logged on both parts.
 */
export async function closeArkivperiode(ctx: Ctx, id: string, input: CloseArkivperiodeInput) {
  requireRole(ctx, ['ARK'], { nb: 'avslutte arkivperioder', en: 'close archive periods' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const del = await structure.findArkivdel(tx, orgId, id);
    if (!del) throw notFound({ nb: 'arkivdelen', en: 'archive part' }, id);
    checkPeriodMayEnd(del);
    if (del.arkivperiode_start_dato && input.sluttDato < del.arkivperiode_start_dato) {
      throw fieldError('sluttDato', 'kan ikke være før periodens startdato', 'cannot be before the period’s start date');
    }
    await assertRoomFor(tx, 'arkivdeler', orgId);
    const systemer = await structure.listSystemerForArkivdel(tx, orgId, id);
    const arvtaker = await insertArkivdel(ctx, tx, {
      arkivId: del.arkiv_id,
      kortnavn: input.kortnavn,
      tittel: input.tittel,
      beskrivelse: input.beskrivelse === undefined ? del.beskrivelse : input.beskrivelse,
      arkivperiodeStartDato: dayAfter(input.sluttDato),
      standardTilgangskode: del.standard_tilgangskode,
      primaerKlassifikasjonssystemId: systemer.find((s) => s.primaer)?.id ?? null,
      sekundaereKlassifikasjonssystemIder: systemer.filter((s) => !s.primaer).map((s) => s.id),
      oppbevaringssted: del.oppbevaringssted,
      referanseForloeper: del.id,
    });
    const overfoert = input.overfoerAapneMapper ? await periods.moveOpenCases(tx, orgId, del.id, arvtaker.id) : 0;
    const status = statusWhenPeriodEnds(await periods.countOpenCases(tx, orgId, del.id));
    const closing = status === 'P';
    const after = await periods.updateArkivdel(tx, orgId, del.id, {
      arkivdelstatus: status,
      arkivperiode_slutt_dato: input.sluttDato,
      referanse_arvtaker: arvtaker.id,
      ...(closing ? { avsluttet_dato: ctx.now(), avsluttet_av: ctx.actor.brukerId } : {}),
    });
    await logChanges(tx, 'arkivdel', del.id, logged(del), logged(after));
    // Both parts use the same systems: shown as the list route shows them.
    const links = systemer.map((s) => ({ klassifikasjonssystem_id: s.id, primaer: s.primaer }));
    return { arkivdel: { ...after, systemer: links }, arvtaker: { ...arvtaker, systemer: links }, overfoert };
  });
}

/** The part's own logged fields, by their Noark names (arkivdel is logged by the application, ADR 0003). */
export function logged(r: {
  arkivdelstatus: string;
  arkivperiode_slutt_dato: string | null;
  referanse_forloeper: string | null;
  referanse_arvtaker: string | null;
}) {
  return {
    arkivdelstatus: r.arkivdelstatus,
    arkivperiodeSluttDato: r.arkivperiode_slutt_dato,
    referanseForloeper: r.referanse_forloeper,
    referanseArvtaker: r.referanse_arvtaker,
  };
}
