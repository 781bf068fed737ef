import { z } from 'zod';
import { FLYTSTATUS, FLYTTYPER, HANDLINGER, UTFALL, type Flytstatus } from './domain/flyt.js';
import type { DokumentflytView } from './get-dokumentflyt.js';

const Person = z.object({ id: z.uuid(), navn: z.string() });
const Status = z.object({ kode: z.enum(Object.keys(FLYTSTATUS) as [Flytstatus, ...Flytstatus[]]), navn: z.string(), navnEn: z.string() });

export const DokumentflytBody = z.object({
  runder: z.array(
    z.object({
      id: z.uuid(),
      flyttype: z.enum(FLYTTYPER),
      sendtAv: Person,
      sendtDato: z.string(),
      utfall: z.enum(UTFALL).nullable(),
      avsluttetDato: z.string().nullable(),
      dokumentflyt: z.array(
        z.object({
          id: z.uuid(),
          rekkefoelge: z.number().int(),
          flytTil: Person,
          flytFra: Person.nullable(),
          flytMottattDato: z.string().nullable(),
          flytSendtDato: z.string().nullable(),
          flytStatus: Status.nullable(),
          /** Null also when the reader may not read the record in full. */
          flytMerknad: z.string().nullable(),
        }),
      ),
    }),
  ),
  aktivFlyttype: z.enum(FLYTTYPER).nullable(),
  mineHandlinger: z.array(z.enum(HANDLINGER)),
});

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The trail as the record page shows it; comments only to full readers. */
export function presentDokumentflyt(v: DokumentflytView): z.infer<typeof DokumentflytBody> {
  return {
    runder: v.runder.map((r) => ({
      id: r.id,
      flyttype: r.flyttype as (typeof FLYTTYPER)[number],
      sendtAv: { id: r.sendt_av, navn: r.sendt_av_navn },
      sendtDato: iso(r.sendt_dato)!,
      utfall: r.utfall as (typeof UTFALL)[number] | null,
      avsluttetDato: iso(r.avsluttet_dato),
      dokumentflyt: r.steg.map((s) => ({
        id: s.id,
        rekkefoelge: s.rekkefoelge,
        flytTil: { id: s.flyt_til, navn: s.flyt_til_navn },
        flytFra: s.flyt_fra ? { id: s.flyt_fra, navn: s.flyt_fra_navn ?? '' } : null,
        flytMottattDato: iso(s.flyt_mottatt_dato),
        flytSendtDato: iso(s.flyt_sendt_dato),
        flytStatus: s.flyt_status
          ? {
              kode: s.flyt_status as Flytstatus,
              navn: FLYTSTATUS[s.flyt_status as Flytstatus].nb,
              navnEn: FLYTSTATUS[s.flyt_status as Flytstatus].en,
            }
          : null,
        flytMerknad: v.full ? s.flyt_merknad : null,
      })),
    })),
    aktivFlyttype: v.flyttype,
    mineHandlinger: v.handlinger,
  };
}
