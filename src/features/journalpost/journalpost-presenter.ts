import { z } from 'zod';
import {
  findCode,
  formatJournalpostId,
  formatLoepenummer,
  formatSaksnummer,
  JOURNALPOSTTYPE,
  JOURNALSTATUS,
  KORRESPONDANSEPARTTYPE,
  type CodeEntry,
} from '../noark/domain/index.js';
import { hasFullAccess } from '../tilgang/domain/read-rule.js';
import { recordObject } from '../tilgang/domain/read-objects.js';
import { publicTitle } from '../tilgang/domain/public-title.js';
import { screenedText, SKJERMET } from '../tilgang/domain/screened-fields.js';
import { presentSkjerming, SkjermingBody } from '../tilgang/skjerming-presenter.js';
import { JournalpostKanEndreBody, journalpostKanEndre } from '../tilgang/kan-endre.js';
import { recordPaging } from './record-pages.js';
import type { MerknadRow, RecordView } from './record-views.js';

export const CodeBody = z.object({ code: z.string(), nb: z.string(), en: z.string() });
export const RefBody = z.object({ id: z.uuid(), navn: z.string() });

/** A stored code with its names; an unknown code (imported data) is shown as itself. */
export function code(list: readonly CodeEntry[], value: string) {
  const entry = findCode(list, value);
  return entry ? { code: entry.code, nb: entry.nb, en: entry.en } : { code: value, nb: value, en: value };
}

export function ref(id: string | null, names: Map<string, string>) {
  return id ? { id, navn: names.get(id) ?? '' } : null;
}

export const MerknadBody = z.object({
  id: z.uuid(),
  merknadstekst: z.string(),
  merknadstype: z.string().nullable(),
  merknadsdato: z.date(),
  registrertAv: RefBody,
});

/** A remark on a screened object shows «Skjermet» to a reader without access. */
export function presentMerknad(m: MerknadRow, full = true) {
  return {
    id: m.id,
    merknadstekst: screenedText(m.merknadstekst, full),
    merknadstype: m.merknadstype,
    merknadsdato: m.merknadsdato,
    registrertAv: { id: m.merknad_registrert_av, navn: m.registrert_av_navn ?? '' },
  };
}

export const KorrespondansepartBody = z.object({
  id: z.uuid(),
  korrespondanseparttype: CodeBody,
  navn: z.string(),
  skjermet: z.boolean(),
  organisasjonsnummer: z.string().nullable(),
  foedselsnummer: z.string().nullable(),
  postadresse: z.string().nullable(),
  postnummer: z.string().nullable(),
  poststed: z.string().nullable(),
  land: z.string().nullable(),
  epostadresse: z.string().nullable(),
  telefonnummer: z.string().nullable(),
  kontaktperson: z.string().nullable(),
  administrativEnhetId: z.uuid().nullable(),
  saksbehandlerId: z.uuid().nullable(),
});

type PartRow = RecordView['korrespondanseparter'][number];

/** A screened party the reader may not see keeps only its type: name, identity numbers and contact details are withheld. */
export function presentKorrespondansepart(p: PartRow, visible: boolean, recordVisible = true) {
  const hide = (p.skjermet && !visible) || !recordVisible;
  const show = (v: string | null) => (hide ? null : v);
  return {
    id: p.id,
    korrespondanseparttype: code(KORRESPONDANSEPARTTYPE, p.korrespondanseparttype),
    navn: hide ? SKJERMET : p.navn,
    skjermet: p.skjermet,
    organisasjonsnummer: show(p.organisasjonsnummer),
    foedselsnummer: show(p.foedselsnummer),
    postadresse: show(p.postadresse),
    postnummer: show(p.postnummer),
    poststed: show(p.poststed),
    land: show(p.land),
    epostadresse: show(p.epostadresse),
    telefonnummer: show(p.telefonnummer),
    kontaktperson: show(p.kontaktperson),
    administrativEnhetId: hide ? null : p.administrativ_enhet_id,
    saksbehandlerId: hide ? null : p.saksbehandler_id,
  };
}

export const JournalpostBody = SkjermingBody.extend({
  id: z.uuid(),
  registreringstype: z.enum(['journalpost', 'arkivnotat']),
  saksmappeId: z.uuid(),
  saksnummer: z.string(),
  journalpostId: z.string(),
  journalaar: z.int().nullable(),
  journalsekvensnummer: z.int().nullable(),
  loepenummer: z.string().nullable(),
  journalpostnummer: z.int(),
  journalposttype: CodeBody,
  journalstatus: CodeBody,
  journaldato: z.string(),
  tittel: z.string(),
  offentligTittel: z.string().nullable(),
  beskrivelse: z.string().nullable(),
  dokumentetsDato: z.string().nullable(),
  mottattDato: z.date().nullable(),
  sendtDato: z.date().nullable(),
  forfallsdato: z.string().nullable(),
  offentlighetsvurdertDato: z.string().nullable(),
  antallVedlegg: z.int().nullable(),
  administrativEnhet: RefBody.nullable(),
  saksbehandler: RefBody.nullable(),
  journalenhet: z.string().nullable(),
  tilgangskode: z.string().nullable(),
  skjermingshjemmel: z.string().nullable(),
  /** Noark dokumentmedium; «F»: the archive confirmed the letter exists on paper only. */
  dokumentmedium: z.enum(['F', 'E', 'B']).nullable(),
  /** Urgent: shown with a red flag. */
  haster: z.boolean(),
  opprettetDato: z.date(),
  arkivertDato: z.date().nullable(),
  korrespondanseparter: z.array(KorrespondansepartBody),
  merknader: z.array(MerknadBody),
  /** Which page of its parties and remarks the body holds, and each list's total: fetch more with `<list>Side`. */
  sider: recordPaging.SiderBody,
  /** What the reader may change now (the change rule), for the UI's buttons. */
  kanEndre: JournalpostKanEndreBody,
});

/**
 * A record as its reader may see it (read rule): in full, or with the public
 * title and «Skjermet» for description, parties and remarks. A screened
 * party on a record the reader sees in full is shown to those the rule
 * would let read the record were it screened.
 */
export function presentJournalpost(view: RecordView) {
  const { record: j, saksmappe: s, access } = view;
  const object = recordObject(j, s, access.interneKontakter);
  const full = hasFullAccess(access.reader, object);
  const visible = full && hasFullAccess(access.reader, { ...object, tilgangskode: j.tilgangskode ?? SKJERMET });
  const offentligTittel = publicTitle(
    { tittel: j.tittel, offentligTittel: j.offentlig_tittel, tilgangskode: j.tilgangskode, skjermedeTittelord: j.skjermede_tittelord },
    'journalpost',
  );
  return {
    id: j.id,
    registreringstype: j.registreringstype as 'journalpost' | 'arkivnotat',
    saksmappeId: s.id,
    saksnummer: formatSaksnummer(s.saksaar, s.sakssekvensnummer),
    journalpostId: formatJournalpostId(s.saksaar, s.sakssekvensnummer, j.journalpostnummer),
    journalaar: j.journalaar,
    journalsekvensnummer: j.journalsekvensnummer,
    loepenummer: j.journalaar && j.journalsekvensnummer ? formatLoepenummer(j.journalaar, j.journalsekvensnummer) : null,
    journalpostnummer: j.journalpostnummer,
    journalposttype: code(JOURNALPOSTTYPE, j.journalposttype),
    journalstatus: code(JOURNALSTATUS, j.journalstatus),
    journaldato: j.journaldato,
    tittel: full ? j.tittel : offentligTittel,
    offentligTittel,
    beskrivelse: screenedText(j.beskrivelse, full),
    dokumentetsDato: j.dokumentets_dato,
    mottattDato: j.mottatt_dato,
    sendtDato: j.sendt_dato,
    forfallsdato: j.forfallsdato,
    offentlighetsvurdertDato: j.offentlighetsvurdert_dato,
    antallVedlegg: j.antall_vedlegg,
    administrativEnhet: ref(j.administrativ_enhet_id, view.units),
    saksbehandler: ref(j.saksbehandler_id, view.names),
    journalenhet: j.journalenhet,
    tilgangskode: j.tilgangskode,
    skjermingshjemmel: j.skjermingshjemmel,
    dokumentmedium: j.dokumentmedium as 'F' | 'E' | 'B' | null,
    haster: j.haster,
    opprettetDato: j.opprettet_dato,
    arkivertDato: j.arkivert_dato,
    korrespondanseparter: view.korrespondanseparter.map((p) => presentKorrespondansepart(p, visible, full)),
    merknader: view.merknader.map((m) => presentMerknad(m, full)),
    sider: view.sider,
    ...presentSkjerming(j, full),
    kanEndre: journalpostKanEndre(access.changer, view.changeTarget),
  };
}
