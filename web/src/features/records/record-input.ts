import { today } from '../common/format';
import { needsTemplate } from '../templates/TemplatePicker';
import { defaultPartyType, isInternalParty, type PartyValues, type RecordValues } from './record-validation';
import type { NyJournalpost } from './types';

let nextKey = 1;

/** An empty party row; the key keeps React's rows apart when one is removed. */
export function newParty(journalposttype: string): PartyValues {
  return {
    key: nextKey++,
    korrespondanseparttype: defaultPartyType(journalposttype),
    navn: '',
    postadresse: '',
    epostadresse: '',
    skjermet: false,
    internTil: 'saksbehandlerId',
    internId: '',
  };
}

/** An incoming letter, received today, from one sender: the most common registration. */
export function initialRecord(): RecordValues {
  return {
    journalposttype: 'I',
    brevmalId: '',
    tittel: '',
    offentligTittel: '',
    dokumentetsDato: today(),
    mottattDato: today(),
    forfallsdato: '',
    haster: false,
    kunPapir: false,
    parter: [newParty('I')],
  };
}

/** Parties still of the old type's default follow the new type (a sender becomes a recipient). */
export function withType(v: RecordValues, type: string): RecordValues {
  const oldDefault = defaultPartyType(v.journalposttype);
  const parter = v.parter.map((p) =>
    p.korrespondanseparttype === oldDefault ? { ...p, korrespondanseparttype: defaultPartyType(type) } : p,
  );
  // Templates fit some record types only: pick again.
  return { ...v, journalposttype: type, brevmalId: '', parter };
}

const optional = (value: string) => value.trim() || undefined;

/** mottattDato is a moment: now when received today, otherwise noon of the chosen day (local time). */
export function receivedAt(day: string): string | undefined {
  if (!day) return undefined;
  return (day === today() ? new Date() : new Date(`${day}T12:00:00`)).toISOString();
}

/** The request body: trimmed, empty optional fields left out, mottattDato only for incoming post. */
export function toNyJournalpost(v: RecordValues): NyJournalpost {
  return {
    journalposttype: v.journalposttype,
    brevmalId: needsTemplate(v.journalposttype) ? v.brevmalId : undefined,
    tittel: v.tittel.trim(),
    offentligTittel: optional(v.offentligTittel),
    dokumentetsDato: optional(v.dokumentetsDato),
    mottattDato: v.journalposttype === 'I' ? receivedAt(v.mottattDato) : undefined,
    forfallsdato: optional(v.forfallsdato),
    ...(v.journalposttype === 'I' && v.haster ? { haster: true } : {}),
    ...(v.kunPapir && ['I', 'U'].includes(v.journalposttype) ? { dokumentmedium: 'F' as const } : {}),
    korrespondanseparter: v.parter.map((p) =>
      isInternalParty(p.korrespondanseparttype)
        ? { korrespondanseparttype: p.korrespondanseparttype, navn: p.navn.trim(), [p.internTil]: p.internId, skjermet: p.skjermet }
        : {
            korrespondanseparttype: p.korrespondanseparttype,
            navn: p.navn.trim(),
            postadresse: optional(p.postadresse),
            epostadresse: optional(p.epostadresse),
            skjermet: p.skjermet,
          },
    ),
  };
}
