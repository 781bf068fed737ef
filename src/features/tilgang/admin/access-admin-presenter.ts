import { z } from 'zod';
import { isBuiltInCode } from '../domain/access-admin-rules.js';

/* What the API shows of access codes, access groups, members and internal contacts. */

export const TilgangskodeBody = z.object({
  kode: z.string(),
  navn: z.string(),
  skjermingshjemmel: z.string().nullable(),
  aktiv: z.boolean(),
  /** One of U, P, E, S, XX that every organisation has. */
  innebygd: z.boolean(),
});
export const TilgangsgruppeBody = z.object({ id: z.uuid(), navn: z.string(), beskrivelse: z.string().nullable(), aktiv: z.boolean() });
export const PersonBody = z.object({ id: z.uuid(), brukernavn: z.string(), navn: z.string() });
export const PersonListBody = z.array(PersonBody.extend({ lagtTilDato: z.date() }));

type CodeRow = { kode: string; navn: string; skjermingshjemmel: string | null; aktiv: boolean };
export const presentTilgangskode = (r: CodeRow) => ({
  kode: r.kode,
  navn: r.navn,
  skjermingshjemmel: r.skjermingshjemmel,
  aktiv: r.aktiv,
  innebygd: isBuiltInCode(r.kode),
});
export const presentGruppe = (r: z.infer<typeof TilgangsgruppeBody>) => ({
  id: r.id,
  navn: r.navn,
  beskrivelse: r.beskrivelse,
  aktiv: r.aktiv,
});
export const presentPeople = (rows: { id: string; brukernavn: string; navn: string; opprettet_dato: Date }[]) =>
  rows.map((r) => ({ id: r.id, brukernavn: r.brukernavn, navn: r.navn, lagtTilDato: r.opprettet_dato }));
