import type { Tx } from '../../db/tenant.js';

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
  list(tx: Tx, org: string, enhetId: string | undefined) {
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
    if (enhetId) q = q.where((eb) => eb(eb.fn.coalesce('j.administrativ_enhet_id', 's.administrativ_enhet_id'), '=', enhetId));
    return q.orderBy('j.midlertidig_sperret_dato').orderBy('s.saksaar').orderBy('s.sakssekvensnummer').limit(1000).execute();
  },
};
