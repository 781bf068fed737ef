import { z } from 'zod';
import { codesOf, SAKSSTATUS } from '../noark/domain/index.js';

/* Request bodies of the case API; the use cases check what needs the database. */

export const text = (max = 1000) => z.string().trim().min(1).max(max);
export const optionalText = (max = 4000) => z.string().trim().max(max).nullish();
export const isoDate = z.iso.date();

export const KlassifikasjonSchema = z.strictObject({
  klasseId: z.uuid().nullish(),
  klassifikasjonssystemId: z.uuid().nullish(),
  verdi: z.string().trim().max(100).nullish(),
});

export const PartSchema = z.strictObject({
  partNavn: text(500),
  partRolle: text(100),
  partId: optionalText(100),
  postadresse: optionalText(500),
  postnummer: optionalText(20),
  poststed: optionalText(100),
  land: optionalText(100),
  epostadresse: optionalText(300),
  telefonnummer: optionalText(50),
  kontaktperson: optionalText(300),
});

export const MerknadSchema = z.strictObject({ merknadstekst: text(4000), merknadstype: optionalText(100) });

export const KryssreferanseSchema = z.strictObject({ tilType: z.enum(['saksmappe', 'journalpost', 'klasse']), tilId: z.uuid() });

export const PresedensSchema = z.strictObject({
  presedensDato: isoDate,
  tittel: text(1000),
  beskrivelse: optionalText(),
  presedensHjemmel: optionalText(500),
  rettskildefaktor: text(200),
});

const saksmappeFields = {
  tittel: text(1000),
  offentligTittel: optionalText(1000),
  beskrivelse: optionalText(),
  saksdato: isoDate,
  administrativEnhetId: z.uuid(),
  saksansvarligId: z.uuid(),
  journalenhet: optionalText(50),
  primaerKlasse: KlassifikasjonSchema,
  sekundaerKlasser: z.array(KlassifikasjonSchema).max(20),
  obsDato: isoDate.nullish(),
  obsMerknad: optionalText(1000),
  prosjekt: optionalText(300),
  // Any code of the organisation's list; the use case checks it is one, and active.
  tilgangskode: z.string().trim().min(1).max(10).nullish(),
  skjermingshjemmel: optionalText(500),
};

export const CreateSaksmappeSchema = z.strictObject({
  ...saksmappeFields,
  arkivdelId: z.uuid().nullish(),
  saksdato: isoDate.optional(),
  administrativEnhetId: z.uuid().nullish(),
  saksansvarligId: z.uuid().nullish(),
  primaerKlasse: KlassifikasjonSchema.nullish(),
  sekundaerKlasser: saksmappeFields.sekundaerKlasser.optional(),
  parter: z.array(PartSchema).max(100).optional(),
  merknader: z.array(MerknadSchema).max(100).optional(),
  kryssreferanser: z.array(KryssreferanseSchema).max(100).optional(),
  presedenser: z.array(PresedensSchema).max(20).optional(),
});

export const UpdateSaksmappeSchema = z.strictObject(saksmappeFields).partial();

export const SaksstatusSchema = z.strictObject({ saksstatus: z.enum(codesOf(SAKSSTATUS)) });

export const ListSaksmapperQuery = z.strictObject({
  saksstatus: z.enum(codesOf(SAKSSTATUS)).optional(),
  administrativEnhetId: z.uuid().optional(),
  saksansvarligId: z.uuid().optional(),
  saksaar: z.coerce.number().int().min(1000).max(9999).optional(),
  arkivdelId: z.uuid().optional(),
  /** Only open cases (not closed A or void U): with arkivdelId, the overview of krav 6.2.8. */
  aapne: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const IdParams = z.object({ id: z.uuid() });
