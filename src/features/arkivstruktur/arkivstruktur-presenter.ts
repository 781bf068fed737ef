import { z } from 'zod';
import { ARKIVDELSTATUS } from '../noark/domain/index.js';
import type { ArkivdelTable, ArkivTable, KlasseTable, KlassifikasjonssystemTable } from '../noark/tables.js';
import type { Selectable } from 'kysely';
import { statusCode } from './domain/periode.js';

export const ArkivBody = z.object({
  id: z.uuid(),
  tittel: z.string(),
  beskrivelse: z.string().nullable(),
  arkivstatus: z.string(),
  opprettetDato: z.date(),
});

export function presentArkiv(r: Selectable<ArkivTable>) {
  return { id: r.id, tittel: r.tittel, beskrivelse: r.beskrivelse, arkivstatus: r.arkivstatus, opprettetDato: r.opprettet_dato };
}

export const ArkivdelBody = z.object({
  id: z.uuid(),
  arkivId: z.uuid(),
  kortnavn: z.string(),
  tittel: z.string(),
  beskrivelse: z.string().nullable(),
  arkivdelstatus: z.object({ code: z.string(), nb: z.string(), en: z.string() }),
  arkivperiodeStartDato: z.string().nullable(),
  arkivperiodeSluttDato: z.string().nullable(),
  standardTilgangskode: z.string().nullable(),
  /** Krav 6.2.2: the previous and the next period's part. */
  referanseForloeper: z.uuid().nullable(),
  referanseArvtaker: z.uuid().nullable(),
  oppbevaringssted: z.string().nullable(),
  avsluttetDato: z.date().nullable(),
  primaerKlassifikasjonssystemId: z.uuid().nullable(),
  sekundaereKlassifikasjonssystemIder: z.array(z.uuid()),
});

type ArkivdelRow = Selectable<ArkivdelTable> & { systemer?: { klassifikasjonssystem_id: string; primaer: boolean }[] };

export function presentArkivdel(r: ArkivdelRow) {
  const status = ARKIVDELSTATUS.find((s) => s.code === statusCode(r.arkivdelstatus));
  const systemer = r.systemer ?? [];
  return {
    id: r.id,
    arkivId: r.arkiv_id,
    kortnavn: r.kortnavn,
    tittel: r.tittel,
    beskrivelse: r.beskrivelse,
    arkivdelstatus: status
      ? { code: status.code, nb: status.nb, en: status.en }
      : { code: r.arkivdelstatus, nb: r.arkivdelstatus, en: r.arkivdelstatus },
    arkivperiodeStartDato: r.arkivperiode_start_dato,
    arkivperiodeSluttDato: r.arkivperiode_slutt_dato,
    standardTilgangskode: r.standard_tilgangskode,
    referanseForloeper: r.referanse_forloeper,
    referanseArvtaker: r.referanse_arvtaker,
    oppbevaringssted: r.oppbevaringssted,
    avsluttetDato: r.avsluttet_dato,
    primaerKlassifikasjonssystemId: systemer.find((s) => s.primaer)?.klassifikasjonssystem_id ?? null,
    sekundaereKlassifikasjonssystemIder: systemer.filter((s) => !s.primaer).map((s) => s.klassifikasjonssystem_id),
  };
}

export const KlassifikasjonssystemBody = z.object({
  id: z.uuid(),
  kortnavn: z.string(),
  tittel: z.string(),
  beskrivelse: z.string().nullable(),
  klassifikasjonstype: z.string(),
  verdiformat: z.string().nullable(),
});

export function presentKlassifikasjonssystem(r: Selectable<KlassifikasjonssystemTable>) {
  return {
    id: r.id,
    kortnavn: r.kortnavn,
    tittel: r.tittel,
    beskrivelse: r.beskrivelse,
    klassifikasjonstype: r.klassifikasjonstype,
    verdiformat: r.verdiformat,
  };
}

export const KlasseBody = z.object({
  id: z.uuid(),
  klassifikasjonssystemId: z.uuid(),
  klasseId: z.string(),
  tittel: z.string(),
  beskrivelse: z.string().nullable(),
  overordnetKlasseId: z.uuid().nullable(),
});

export function presentKlasse(r: Selectable<KlasseTable>) {
  return {
    id: r.id,
    klassifikasjonssystemId: r.klassifikasjonssystem_id,
    klasseId: r.klasse_id,
    tittel: r.tittel,
    beskrivelse: r.beskrivelse,
    overordnetKlasseId: r.overordnet_klasse_id,
  };
}
