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
  roller: z.array(z.object({ id: z.uuid(), rolle: z.string(), enhet: z.object({ id: z.uuid(), navn: z.string() }).nullable() })),
});
