import { pageOf } from '../../db/page-of.js';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';

/** XX records with their unit (the record's own, else the case's). */
function base(tx: Tx, org: string) {
  return tx
    .selectFrom('journalpost as j')
    .innerJoin('saksmappe as s', 's.id', 'j.saksmappe_id')
    .leftJoin('administrativ_enhet as e', (join) =>
      join.on((eb) => eb('e.id', '=', eb.fn.coalesce('j.administrativ_enhet_id', 's.administrativ_enhet_id'))),
    )
    .leftJoin('bruker as b', (join) => join.on((eb) => eb('b.id', '=', eb.fn.coalesce('j.saksbehandler_id', 's.saksansvarlig_id'))))
    .where('j.organisasjon_id', '=', org);
}

/** The XX basket. */
export const midlertidigSperretRepository = {
  /** A page of the basket, oldest blocking first, with the total: of one unit, or blocked on or before `sperretTil` (the overdue). */
  page(tx: Tx, org: string, filter: { enhetId?: string | undefined; sperretTil?: string | undefined }, page: Window) {
    let q = base(tx, org)
      .select([
        'j.id',
        's.id as saksmappeId',
        's.saksaar',
        's.sakssekvensnummer',
        'j.journalpostnummer',
        'j.journalposttype',
        'j.tittel',
        'j.offentlig_tittel',
        'j.journaldato',
        'j.midlertidig_sperret_dato',
        'e.id as enhetId',
        'e.navn as enhetNavn',
        'b.navn as saksbehandlerNavn',
      ])
      .where('j.tilgangskode', '=', 'XX')
      .where('j.midlertidig_sperret_dato', 'is not', null);
    const { enhetId, sperretTil } = filter;
    if (enhetId) q = q.where((eb) => eb(eb.fn.coalesce('j.administrativ_enhet_id', 's.administrativ_enhet_id'), '=', enhetId));
    if (sperretTil) q = q.where('j.midlertidig_sperret_dato', '<=', sperretTil);
    const ordered = q
      .orderBy('j.midlertidig_sperret_dato')
      .orderBy('s.saksaar')
      .orderBy('s.sakssekvensnummer')
      .orderBy('j.journalpostnummer');
    return pageOf(ordered, page);
  },
};
