import { SaksmappeKanEndreBody, saksmappeKanEndre } from '../tilgang/kan-endre.js';
import { z } from 'zod';
import { casePaging } from './case-pages.js';
import { formatJournalpostId, formatSaksnummer, SAKSSTATUS } from '../noark/domain/index.js';
import { caseObject } from '../tilgang/domain/read-objects.js';
import { hasFullAccess } from '../tilgang/domain/read-rule.js';
import { publicTitle } from '../tilgang/domain/public-title.js';
import { screenedText, SKJERMET } from '../tilgang/domain/screened-fields.js';
import { presentSkjerming, SkjermingBody } from '../tilgang/skjerming-presenter.js';
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

export const SaksmappeListItemBody = SkjermingBody.extend({
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

/**
 * A case in a list or on its page, as the reader may see it: `full_tilgang`
 * is the read rule's answer (in SQL for lists, in TypeScript on the page).
 * Without it: the public title, and no object value (a fødselsnummer as class).
 */
export function presentSaksmappeListItem(s: ListRow) {
  const full = s.full_tilgang;
  const offentligTittel = publicTitle(
    { tittel: s.tittel, offentligTittel: s.offentlig_tittel, tilgangskode: s.tilgangskode, skjermedeTittelord: s.skjermede_tittelord },
    'saksmappe',
  );
  return {
    id: s.id,
    saksnummer: formatSaksnummer(s.saksaar, s.sakssekvensnummer),
    saksaar: s.saksaar,
    sakssekvensnummer: s.sakssekvensnummer,
    tittel: full ? s.tittel : offentligTittel,
    offentligTittel,
    saksdato: s.saksdato,
    saksstatus: code(SAKSSTATUS, s.saksstatus),
    administrativEnhet: { id: s.administrativ_enhet_id, navn: s.enhet_navn ?? '' },
    saksansvarlig: { id: s.saksansvarlig_id, navn: s.saksansvarlig_navn ?? '' },
    klassifikasjon: full || s.primaer_klasse_id ? s.primaer_klasseverdi : screenedText(s.primaer_klasseverdi, full),
    tilgangskode: s.tilgangskode,
    obsDato: s.obs_dato,
    ...presentSkjerming(s, full),
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

/** A part of a screened case keeps only its role for a reader without access. */
export function presentPart(p: PartRow, full = true) {
  const show = (v: string | null) => (full ? v : null);
  return {
    id: p.id,
    partId: show(p.part_id),
    partNavn: full ? p.part_navn : SKJERMET,
    partRolle: p.part_rolle,
    postadresse: show(p.postadresse),
    postnummer: show(p.postnummer),
    poststed: show(p.poststed),
    land: show(p.land),
    epostadresse: show(p.epostadresse),
    telefonnummer: show(p.telefonnummer),
    kontaktperson: show(p.kontaktperson),
  };
}

export const KryssreferanseBody = z.object({
  id: z.uuid(),
  tilType: z.string(),
  tilId: z.uuid(),
  /** The target's saksnummer, journalpostId or the class's ordningsverdi. */
  tilNummer: z.string().nullable(),
  opprettetDato: z.date(),
});

type KryssreferanseRow = Awaited<ReturnType<typeof relationsRepository.findKryssreferanse>>;

function targetNumber(k: KryssreferanseRow): string | null {
  if (k.til_type === 'saksmappe' && k.saksaar !== null && k.sakssekvensnummer !== null) {
    return formatSaksnummer(k.saksaar, k.sakssekvensnummer);
  }
  if (k.til_type === 'journalpost' && k.journalpost_saksaar !== null && k.journalpost_sakssekvensnummer !== null) {
    return formatJournalpostId(k.journalpost_saksaar, k.journalpost_sakssekvensnummer, k.journalpostnummer!);
  }
  return k.ordningsverdi;
}

export const presentKryssreferanse = (k: KryssreferanseRow) => ({
  id: k.id,
  tilType: k.til_type,
  tilId: k.til_id,
  tilNummer: targetNumber(k),
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
  /** The case owner's reminder beside the OBS date (seed 002 10.12). */
  obsMerknad: z.string().nullable(),
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
  /** Which page of each list above the body holds, and each list's total: fetch more with `<list>Side`. */
  sider: casePaging.SiderBody,
  /** What the reader may change now (the change rule), for the UI's buttons. */
  kanEndre: SaksmappeKanEndreBody,
});

export function presentSaksmappe(v: SaksmappeView) {
  const s = v.saksmappe;
  const full = hasFullAccess(v.access.reader, caseObject(s, v.access.interneKontakter));
  const klasseverdi = (verdi: string, klasseId: string | null) => (full || klasseId ? verdi : SKJERMET);
  return {
    ...presentSaksmappeListItem({
      ...s,
      full_tilgang: full,
      enhet_navn: v.units.get(s.administrativ_enhet_id) ?? null,
      saksansvarlig_navn: v.names.get(s.saksansvarlig_id) ?? null,
    }),
    beskrivelse: screenedText(s.beskrivelse, full),
    obsMerknad: screenedText(s.obs_merknad, full),
    journalenhet: s.journalenhet,
    arkivdelId: s.arkivdel_id,
    primaerKlasse: s.primaer_klasseverdi
      ? {
          klassifikasjonssystemId: v.primaerSystemId,
          klasseId: s.primaer_klasse_id,
          verdi: klasseverdi(s.primaer_klasseverdi, s.primaer_klasse_id),
          tittel: v.klasse?.tittel ?? null,
        }
      : null,
    sekundaerKlasser: v.sekundaerKlasser.map((k) => ({
      klassifikasjonssystemId: k.klassifikasjonssystem_id,
      klasseId: k.klasse_id,
      verdi: klasseverdi(k.klasseverdi, k.klasse_id),
      tittel: k.tittel,
    })),
    prosjekt: v.prosjekt ?? null,
    skjermingshjemmel: s.skjermingshjemmel,
    opprettetDato: s.opprettet_dato,
    avsluttetDato: s.avsluttet_dato,
    avsluttetAv: ref(s.avsluttet_av, v.names),
    parter: v.parter.map((p) => presentPart(p, full)),
    merknader: v.merknader.map((m) => presentMerknad(m, full)),
    kryssreferanser: v.kryssreferanser.map(presentKryssreferanse),
    presedenser: v.presedenser.map(presentPresedens),
    journalposter: v.journalposter.map(presentJournalpost),
    sider: v.sider,
    kanEndre: saksmappeKanEndre(v.access.changer, v.changeTarget),
  };
}
