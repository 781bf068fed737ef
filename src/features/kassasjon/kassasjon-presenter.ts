import type { Effective } from './domain/arv.js';
import { ownKassasjon, type Kassasjon, type KassasjonNivaa } from './domain/kassasjon.js';
import type { Chain, DueRow } from './kassasjon-repository.js';

const present = (k: Kassasjon | null) =>
  k && {
    kassasjonsvedtak: k.kassasjonsvedtak,
    kassasjonshjemmel: k.kassasjonshjemmel,
    bevaringstid: k.bevaringstid,
    kassasjonsdato: k.kassasjonsdato,
  };

/** An object's disposal metadata: its own, what holds for it and from where, and the date. */
export function presentKassasjon(nivaa: KassasjonNivaa, id: string, chain: Chain, effective: Effective, dato: string | null) {
  return {
    objekttype: nivaa,
    id,
    egen: present(ownKassasjon(chain.own)),
    effektiv: present(effective.kassasjon),
    kilde: effective.kilde,
    kassasjonsdato: dato,
    kassasjonArv: chain.arv ?? null,
  };
}

/** One row of the Kassasjonsliste (krav 6.1.29). */
export function presentDueRow(r: DueRow) {
  return {
    id: r.id,
    mappeID: `${r.saksaar}/${r.sakssekvensnummer}`,
    tittel: r.tittel,
    fullTilgang: r.full_tilgang,
    opprettetDato: new Date(r.opprettet_dato).toISOString(),
    kassasjonsvedtak: r.kassasjonsvedtak,
    kassasjonshjemmel: r.kassasjonshjemmel,
    bevaringstid: r.bevaringstid,
    kassasjonsdato: r.kassasjonsdato,
    kilde: r.kilde,
    administrativEnhet: { id: r.enhet_id, navn: r.enhet_navn },
    journalenhet: r.journalenhet,
    arkivdel: {
      id: r.arkivdel_id,
      kortnavn: r.arkivdel_kortnavn,
      tittel: r.arkivdel_tittel,
      referanseForelder: r.arkiv_id,
      arkivperiodeStartDato: r.arkivperiode_start_dato,
      arkivperiodeSluttDato: r.arkivperiode_slutt_dato,
    },
    klasse: r.klasse_id === null ? null : { klasseID: r.klasse_id, tittel: r.klasse_tittel ?? '' },
    rettsligHold: r.rettslig_hold,
    uttrukket: r.uttrukket,
    kanKasseres: r.rettslig_hold === null && r.uttrukket,
  };
}
