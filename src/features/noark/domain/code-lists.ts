import { codeGuard, type CodeEntry, type CodeOf } from './code-list.js';

/*
 * Code lists of the registry (sakarkiv) part of Noark 5. Codes and names from
 * the tjenestegrensesnitt (TG 1.1, ch. 7 "Kodelister"); names match the v4.0
 * XSD enumerations and the v5.0 standard text, which is what the extraction
 * carries.
 */

/**
 * M052. F «Ferdig fra saksbehandler» and P «Unntatt prosesstyring» are left
 * out: no municipal routine in the seeds uses them (Elverum's «X Unntatt fra
 * prosesstyring» has no step that sets it), and a flow can add them as data
 * later. Elverum calls R «Reservert»; the Noark name is used here.
 */
export const SAKSSTATUS = [
  { code: 'R', nb: 'Opprettet av saksbehandler', en: 'Created by case worker' },
  { code: 'B', nb: 'Under behandling', en: 'In progress' },
  { code: 'S', nb: 'Avsluttet av saksbehandler', en: 'Closed by case worker' },
  { code: 'A', nb: 'Avsluttet', en: 'Closed' },
  { code: 'U', nb: 'Utgår', en: 'Void' },
] as const satisfies readonly CodeEntry[];
export type Saksstatus = CodeOf<typeof SAKSSTATUS>;
export const isSaksstatus = codeGuard(SAKSSTATUS);

/** M053. TG calls this an open list; G is kept for import but no routine sets it. */
export const JOURNALSTATUS = [
  { code: 'M', nb: 'Midlertidig registrering av innkommet dokument', en: 'Temporarily registered incoming document' },
  { code: 'S', nb: 'Saksbehandler har registrert innkommet dokument', en: 'Incoming document registered by case worker' },
  { code: 'R', nb: 'Reservert dokument', en: 'Reserved document' },
  { code: 'F', nb: 'Ferdigstilt fra saksbehandler', en: 'Finished by case worker' },
  { code: 'G', nb: 'Godkjent av leder', en: 'Approved by leader' },
  { code: 'E', nb: 'Ekspedert', en: 'Dispatched' },
  { code: 'J', nb: 'Journalført', en: 'Registered in journal' },
  { code: 'A', nb: 'Arkivert', en: 'Archived' },
  { code: 'U', nb: 'Utgår', en: 'Void' },
] as const satisfies readonly CodeEntry[];
export type Journalstatus = CodeOf<typeof JOURNALSTATUS>;
export const isJournalstatus = codeGuard(JOURNALSTATUS);

/** M082 */
export const JOURNALPOSTTYPE = [
  { code: 'I', nb: 'Inngående dokument', en: 'Incoming document' },
  { code: 'U', nb: 'Utgående dokument', en: 'Outgoing document' },
  { code: 'N', nb: 'Organinternt dokument for oppfølging', en: 'Internal document for follow-up' },
  { code: 'X', nb: 'Organinternt dokument uten oppfølging', en: 'Internal document without follow-up' },
  { code: 'S', nb: 'Saksframlegg', en: 'Case paper' },
] as const satisfies readonly CodeEntry[];
export type Journalposttype = CodeOf<typeof JOURNALPOSTTYPE>;
export const isJournalposttype = codeGuard(JOURNALPOSTTYPE);

/** M087. IK and IS come from TG and the v4.0 XSD. */
export const KORRESPONDANSEPARTTYPE = [
  { code: 'EA', nb: 'Avsender', en: 'Sender' },
  { code: 'EM', nb: 'Mottaker', en: 'Recipient' },
  { code: 'EK', nb: 'Kopimottaker', en: 'Copy recipient' },
  { code: 'GM', nb: 'Gruppemottaker', en: 'Group recipient' },
  { code: 'IA', nb: 'Intern avsender', en: 'Internal sender' },
  { code: 'IM', nb: 'Intern mottaker', en: 'Internal recipient' },
  { code: 'IK', nb: 'Intern kopimottaker', en: 'Internal copy recipient' },
  { code: 'IS', nb: 'Medavsender', en: 'Co-sender' },
] as const satisfies readonly CodeEntry[];
export type Korrespondanseparttype = CodeOf<typeof KORRESPONDANSEPARTTYPE>;
export const isKorrespondanseparttype = codeGuard(KORRESPONDANSEPARTTYPE);

/** M217 */
export const TILKNYTTET_REGISTRERING_SOM = [
  { code: 'H', nb: 'Hoveddokument', en: 'Main document' },
  { code: 'V', nb: 'Vedlegg', en: 'Attachment' },
] as const satisfies readonly CodeEntry[];
export type TilknyttetRegistreringSom = CodeOf<typeof TILKNYTTET_REGISTRERING_SOM>;
export const isTilknyttetRegistreringSom = codeGuard(TILKNYTTET_REGISTRERING_SOM);

/** M054. The extraction only accepts F. */
export const DOKUMENTSTATUS = [
  { code: 'B', nb: 'Dokumentet er under redigering', en: 'Document is being edited' },
  { code: 'F', nb: 'Dokumentet er ferdigstilt', en: 'Document is finalised' },
] as const satisfies readonly CodeEntry[];
export type Dokumentstatus = CodeOf<typeof DOKUMENTSTATUS>;
export const isDokumentstatus = codeGuard(DOKUMENTSTATUS);

/** M700. O is the public, redacted variant (offentlig variant). */
export const VARIANTFORMAT = [
  { code: 'P', nb: 'Produksjonsformat', en: 'Production format' },
  { code: 'A', nb: 'Arkivformat', en: 'Archival format' },
  { code: 'O', nb: 'Dokument hvor deler av innholdet er skjermet', en: 'Document with parts of the content screened' },
] as const satisfies readonly CodeEntry[];
export type Variantformat = CodeOf<typeof VARIANTFORMAT>;
export const isVariantformat = codeGuard(VARIANTFORMAT);

/** M619. BN and SA are TG additions (also in the v4.0 XSD); SA is set when a case is closed. */
export const AVSKRIVNINGSMAATE = [
  { code: 'BU', nb: 'Besvart med brev', en: 'Answered by letter' },
  { code: 'BE', nb: 'Besvart med e-post', en: 'Answered by e-mail' },
  { code: 'TLF', nb: 'Besvart på telefon', en: 'Answered by telephone' },
  { code: 'TE', nb: 'Tatt til etterretning', en: 'Noted for compliance' },
  { code: 'TO', nb: 'Tatt til orientering', en: 'Noted for information' },
  { code: 'BN', nb: 'Besvart med notat', en: 'Answered by internal memo' },
  { code: 'SA', nb: 'Saken ble avsluttet', en: 'The case was closed' },
] as const satisfies readonly CodeEntry[];
export type Avskrivningsmaate = CodeOf<typeof AVSKRIVNINGSMAATE>;
export const isAvskrivningsmaate = codeGuard(AVSKRIVNINGSMAATE);
