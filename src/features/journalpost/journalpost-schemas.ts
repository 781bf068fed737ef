import { z } from 'zod';
import { codesOf, JOURNALPOSTTYPE, JOURNALSTATUS, KORRESPONDANSEPARTTYPE } from '../noark/domain/index.js';
import { isoDate, MerknadSchema, optionalText, text } from '../saksmappe/saksmappe-schemas.js';

const isoDateTime = z.iso.datetime({ offset: true });

export const KorrespondansepartSchema = z.strictObject({
  korrespondanseparttype: z.enum(codesOf(KORRESPONDANSEPARTTYPE)),
  navn: text(500),
  organisasjonsnummer: optionalText(20),
  foedselsnummer: optionalText(20),
  postadresse: optionalText(500),
  postnummer: optionalText(20),
  poststed: optionalText(100),
  land: optionalText(100),
  epostadresse: optionalText(300),
  telefonnummer: optionalText(50),
  kontaktperson: optionalText(300),
  administrativEnhetId: z.uuid().nullish(),
  saksbehandlerId: z.uuid().nullish(),
  skjermet: z.boolean().optional(),
});

const journalpostFields = {
  tittel: text(1000),
  offentligTittel: optionalText(1000),
  beskrivelse: optionalText(),
  journaldato: isoDate,
  dokumentetsDato: isoDate.nullish(),
  mottattDato: isoDateTime.nullish(),
  sendtDato: isoDateTime.nullish(),
  forfallsdato: isoDate.nullish(),
  offentlighetsvurdertDato: isoDate.nullish(),
  antallVedlegg: z.int().min(0).max(10000).nullish(),
  administrativEnhetId: z.uuid(),
  saksbehandlerId: z.uuid(),
  journalenhet: optionalText(50),
  // Any code of the organisation's list; the use case checks it is one, and active.
  tilgangskode: z.string().trim().min(1).max(10).nullish(),
  skjermingshjemmel: optionalText(500),
};

export const RegisterJournalpostSchema = z.strictObject({
  ...journalpostFields,
  /** arkivnotat: kept in the case without journal numbers. */
  registreringstype: z.enum(['journalpost', 'arkivnotat']).optional(),
  journalposttype: z.enum(codesOf(JOURNALPOSTTYPE)).optional(),
  journalstatus: z.enum(codesOf(JOURNALSTATUS)).optional(),
  journaldato: isoDate.optional(),
  administrativEnhetId: z.uuid().nullish(),
  saksbehandlerId: z.uuid().nullish(),
  korrespondanseparter: z.array(KorrespondansepartSchema).max(500).optional(),
  merknader: z.array(MerknadSchema).max(100).optional(),
  /** An own record (U, N, X, S, arkivnotat) starts from this template: its merged DOCX is the main document. */
  brevmalId: z.uuid().optional(),
});

export const UpdateJournalpostSchema = z.strictObject(journalpostFields).partial();

export const JournalstatusSchema = z.strictObject({ journalstatus: z.enum(codesOf(JOURNALSTATUS)) });
export const MoveSchema = z.strictObject({ saksmappeId: z.uuid() });
export const VoidSchema = z.strictObject({ begrunnelse: optionalText(2000) });
