import { z } from 'zod';

export const UnitBody = z.object({
  id: z.uuid(),
  kortnavn: z.string(),
  navn: z.string(),
  overordnetEnhetId: z.uuid().nullable(),
  aktiv: z.boolean(),
});

export function presentUnit(row: { id: string; kortnavn: string; navn: string; overordnet_enhet_id: string | null; aktiv: boolean }) {
  return { id: row.id, kortnavn: row.kortnavn, navn: row.navn, overordnetEnhetId: row.overordnet_enhet_id, aktiv: row.aktiv };
}

export const UserBody = z.object({
  id: z.uuid(),
  brukernavn: z.string(),
  navn: z.string(),
  epost: z.string().nullable(),
  aktiv: z.boolean(),
  integrasjon: z.boolean(),
  roller: z.array(
    z.object({
      id: z.uuid(),
      rolle: z.string(),
      enhet: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
      fraDato: z.iso.date(),
      tilDato: z.iso.date().nullable(),
      gjeldende: z.boolean(),
    }),
  ),
});

/** A role assignment's period as the API takes it: Oslo dates, the end inclusive. */
export const RolePeriodInput = {
  fraDato: z.iso.date().optional(),
  tilDato: z.iso.date().nullish(),
};
