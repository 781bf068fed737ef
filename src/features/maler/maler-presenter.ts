import { z } from 'zod';
import { MALTYPE, MALTYPER } from './domain/brevmal-kinds.js';
import { MERGE_FIELDS } from './domain/merge-fields.js';
import type { BrevmalRow } from './maler-repository.js';

export const BrevmalBody = z.object({
  id: z.uuid(),
  navn: z.string(),
  maltype: z.enum(MALTYPER),
  beskrivelse: z.string().nullable(),
  filnavn: z.string(),
  filstoerrelse: z.int(),
  sjekksum: z.string(),
  flettefelt: z.array(z.string()),
  versjon: z.int(),
  aktiv: z.boolean(),
  opprettetDato: z.date(),
  opprettetAv: z.string().nullable(),
  endretDato: z.date().nullable(),
});

export function presentBrevmal(m: BrevmalRow): z.infer<typeof BrevmalBody> {
  return {
    id: m.id,
    navn: m.navn,
    maltype: m.maltype as z.infer<typeof BrevmalBody>['maltype'],
    beskrivelse: m.beskrivelse,
    filnavn: m.filnavn,
    filstoerrelse: m.filstoerrelse,
    sjekksum: m.sjekksum,
    flettefelt: m.flettefelt,
    versjon: m.versjon,
    aktiv: m.aktiv,
    opprettetDato: m.opprettet_dato,
    opprettetAv: m.opprettet_av_navn,
    endretDato: m.endret_dato ? new Date(m.endret_dato) : null,
  };
}

export const FlettefeltBody = z.object({
  items: z.array(z.object({ navn: z.string(), gruppe: z.string(), nb: z.string(), en: z.string(), eksempel: z.string() })),
  maltyper: z.array(
    z.object({
      kode: z.enum(MALTYPER),
      nb: z.string(),
      en: z.string(),
      journalposttyper: z.array(z.string()),
      seksjoner: z.array(z.string()),
    }),
  ),
});

/** The merge fields with their meaning and what they give for an example record, and the kinds with their rules. */
export function presentFlettefelt(eksempel: ReadonlyMap<string, string>): z.infer<typeof FlettefeltBody> {
  return {
    items: MERGE_FIELDS.map((f) => ({ navn: f.navn, gruppe: f.gruppe, nb: f.nb, en: f.en, eksempel: eksempel.get(f.navn) ?? '' })),
    maltyper: MALTYPER.map((kode) => ({
      kode,
      nb: MALTYPE[kode].nb,
      en: MALTYPE[kode].en,
      journalposttyper: [...MALTYPE[kode].journalposttyper],
      seksjoner: [...MALTYPE[kode].seksjoner],
    })),
  };
}

const optional = z.string().trim().max(300).nullish();
export const BrevhodeSchema = z.strictObject({
  postadresse: optional,
  postnummer: optional,
  poststed: optional,
  telefon: optional,
  epost: optional,
  nettside: optional,
});
export const BrevhodeBody = z.object({
  postadresse: z.string().nullable(),
  postnummer: z.string().nullable(),
  poststed: z.string().nullable(),
  telefon: z.string().nullable(),
  epost: z.string().nullable(),
  nettside: z.string().nullable(),
});
