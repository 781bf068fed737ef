import { SaksmappeKanEndreBody, saksmappeKanEndre } from '../tilgang/kan-endre.js';
import { z } from 'zod';
import { formatSaksnummer, SAKSSTATUS } from '../noark/domain/index.js';
import type { ScreeningReader } from '../journalpost/domain/screening.js';
import {
  code,
  CodeBody,
  JournalpostBody,
  MerknadBody,
  presentJournalpost,
  presentMerknad,
  ref,
  RefBody,
} from '../journalpost/journalpost-presenter.js';
import type { SaksmappeView } from './get-saksmappe.js';
import type { relationsRepository } from './relations-repository.js';
import type { saksmappeRepository } from './saksmappe-repository.js';

const KlasseRefBody = z.object({
  klassifikasjonssystemId: z.uuid().nullable(),
  klasseId: z.uuid().nullable(),
  verdi: z.string(),
  tittel: z.string().nullable(),
});

export const SaksmappeListItemBody = z.object({
  id: z.uuid(),
  saksnummer: z.string(),
  saksaar: z.int(),
  sakssekvensnummer: z.int(),
  tittel: z.string(),
  offentligTittel: z.string().nullable(),
  saksdato: z.string(),
  saksstatus: CodeBody,
  administrativEnhet: RefBody,
  saksansvarlig: RefBody,
  klassifikasjon: z.string().nullable(),
  tilgangskode: z.string().nullable(),
  obsDato: z.string().nullable(),
});

type ListRow = Awaited<ReturnType<typeof saksmappeRepository.list>>['items'][number];

export function presentSaksmappeListItem(s: ListRow) {
  return {
    id: s.id,
    saksnummer: formatSaksnummer(s.saksaar, s.sakssekvensnummer),
    saksaar: s.saksaar,
    sakssekvensnummer: s.sakssekvensnummer,
    tittel: s.tittel,
    offentligTittel: s.offentlig_tittel,
    saksdato: s.saksdato,
    saksstatus: code(SAKSSTATUS, s.saksstatus),
    administrativEnhet: { id: s.administrativ_enhet_id, navn: s.enhet_navn ?? '' },
    saksansvarlig: { id: s.saksansvarlig_id, navn: s.saksansvarlig_navn ?? '' },
    klassifikasjon: s.primaer_klasseverdi,
    tilgangskode: s.tilgangskode,
    obsDato: s.obs_dato,
  };
}

export const PartBody = z.object({
  id: z.uuid(),
  partId: z.string().nullable(),
  partNavn: z.string(),
  partRolle: z.string(),
  postadresse: z.string().nullable(),
  postnummer: z.string().nullable(),
  poststed: z.string().nullable(),
  land: z.string().nullable(),
  epostadresse: z.string().nullable(),
  telefonnummer: z.string().nullable(),
  kontaktperson: z.string().nullable(),
});

type PartRow = Awaited<ReturnType<typeof relationsRepository.insertPart>>;

export function presentPart(p: PartRow) {
  return {
    id: p.id,
    partId: p.part_id,
    partNavn: p.part_navn,
    partRolle: p.part_rolle,
    postadresse: p.postadresse,
    postnummer: p.postnummer,
    poststed: p.poststed,
    land: p.land,
    epostadresse: p.epostadresse,
    telefonnummer: p.telefonnummer,
    kontaktperson: p.kontaktperson,
  };
}

export const KryssreferanseBody = z.object({ id: z.uuid(), tilType: z.string(), tilId: z.uuid(), opprettetDato: z.date() });
export const presentKryssreferanse = (k: Awaited<ReturnType<typeof relationsRepository.insertKryssreferanse>>) => ({
  id: k.id,
  tilType: k.til_type,
  tilId: k.til_id,
  opprettetDato: k.opprettet_dato,
});

export const PresedensBody = z.object({
  id: z.uuid(),
  presedensDato: z.string(),
  tittel: z.string(),
  beskrivelse: z.string().nullable(),
  presedensHjemmel: z.string().nullable(),
  rettskildefaktor: z.string(),
  presedensStatus: z.string(),
});
export const presentPresedens = (p: Awaited<ReturnType<typeof relationsRepository.insertPresedens>>) => ({
  id: p.id,
  presedensDato: p.presedens_dato,
  tittel: p.tittel,
  beskrivelse: p.beskrivelse,
  presedensHjemmel: p.presedens_hjemmel,
  rettskildefaktor: p.rettskildefaktor,
  presedensStatus: p.presedens_status,
});

export const SaksmappeBody = SaksmappeListItemBody.extend({
  beskrivelse: z.string().nullable(),
  journalenhet: z.string().nullable(),
  arkivdelId: z.uuid(),
  primaerKlasse: KlasseRefBody.nullable(),
  sekundaerKlasser: z.array(KlasseRefBody),
  prosjekt: RefBody.nullable(),
  skjermingshjemmel: z.string().nullable(),
  opprettetDato: z.date(),
  avsluttetDato: z.date().nullable(),
  avsluttetAv: RefBody.nullable(),
  parter: z.array(PartBody),
  merknader: z.array(MerknadBody),
  kryssreferanser: z.array(KryssreferanseBody),
  presedenser: z.array(PresedensBody),
  journalposter: z.array(JournalpostBody),
  /** What the reader may change now (the change rule), for the UI's buttons. */
  kanEndre: SaksmappeKanEndreBody,
});

export function presentSaksmappe(v: SaksmappeView, reader: ScreeningReader) {
  const s = v.saksmappe;
  return {
    ...presentSaksmappeListItem({
      ...s,
      enhet_navn: v.units.get(s.administrativ_enhet_id) ?? null,
      saksansvarlig_navn: v.names.get(s.saksansvarlig_id) ?? null,
    }),
    beskrivelse: s.beskrivelse,
    journalenhet: s.journalenhet,
    arkivdelId: s.arkivdel_id,
    primaerKlasse: s.primaer_klasseverdi
      ? {
          klassifikasjonssystemId: v.primaerSystemId,
          klasseId: s.primaer_klasse_id,
          verdi: s.primaer_klasseverdi,
          tittel: v.klasse?.tittel ?? null,
        }
      : null,
    sekundaerKlasser: v.sekundaerKlasser.map((k) => ({
      klassifikasjonssystemId: k.klassifikasjonssystem_id,
      klasseId: k.klasse_id,
      verdi: k.klasseverdi,
      tittel: k.tittel,
    })),
    prosjekt: v.prosjekt ?? null,
    skjermingshjemmel: s.skjermingshjemmel,
    opprettetDato: s.opprettet_dato,
    avsluttetDato: s.avsluttet_dato,
    avsluttetAv: ref(s.avsluttet_av, v.names),
    parter: v.parter.map(presentPart),
    merknader: v.merknader.map(presentMerknad),
    kryssreferanser: v.kryssreferanser.map(presentKryssreferanse),
    presedenser: v.presedenser.map(presentPresedens),
    journalposter: v.journalposter.map((j) => presentJournalpost(j, reader)),
    kanEndre: saksmappeKanEndre(reader, v.changeTarget),
  };
}
