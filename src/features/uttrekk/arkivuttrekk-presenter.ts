import path from 'node:path';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { TestReport } from '../uttrekk-sjekk/test-report.js';
import { ARKIVUTTREKK_FASER, type ArkivuttrekkTable } from './tables.js';
import { packageDir } from './uttrekk-dir.js';

type Run = Selectable<ArkivuttrekkTable>;
type ArkivdelOf = { arkivuttrekk_id: string; id: string; kortnavn: string; tittel: string };

export const ArkivuttrekkBody = z.object({
  id: z.uuid(),
  status: z.enum(['pågår', 'fullført', 'feilet']),
  fase: z.enum(ARKIVUTTREKK_FASER).nullable(),
  arkivdeler: z.array(z.object({ id: z.uuid(), kortnavn: z.string(), tittel: z.string() })),
  periodeFra: z.string().nullable(),
  periodeTil: z.string().nullable(),
  startetDato: z.date(),
  fullfoertDato: z.date().nullable(),
  sistAktiv: z.date().nullable(),
  framdrift: z.object({ registreringer: z.int(), totalt: z.int(), dokumentfiler: z.int() }).nullable(),
  antallMapper: z.int().nullable(),
  antallRegistreringer: z.int().nullable(),
  antallDokumentfiler: z.int().nullable(),
  sjekksumArkivuttrekk: z.string().nullable(),
  selvkontroll: z
    .object({
      bestaatt: z.boolean(),
      feil: z.int(),
      feiledeKontroller: z.array(z.object({ id: z.string(), navn: z.string(), feil: z.int() })),
    })
    .nullable(),
  feilmelding: z.string().nullable(),
  /** The package and the deposit report can be downloaded (a finished run the background job made). */
  nedlasting: z.boolean(),
});

/** The self-check's outcome from its stored report (Arkade's shape): the controls that found errors. */
function selvkontrollOf(report: unknown) {
  const r = report as TestReport | null;
  if (!r?.Summary) return null;
  const feiledeKontroller = (r.TestsResults ?? [])
    .filter((t) => t.NumberOfErrors !== '0')
    .map((t) => ({ id: t.TestId, navn: t.TestName, feil: Number(t.NumberOfErrors) }));
  return { bestaatt: feiledeKontroller.length === 0, feil: Number(r.Summary.NumberOfErrors), feiledeKontroller };
}

export function presentArkivuttrekk(run: Run, arkivdeler: readonly ArkivdelOf[], root: string): z.infer<typeof ArkivuttrekkBody> {
  const framdrift =
    run.framdrift_totalt === null
      ? null
      : {
          registreringer: run.framdrift_registreringer ?? 0,
          totalt: run.framdrift_totalt,
          dokumentfiler: run.framdrift_dokumentfiler ?? 0,
        };
  return {
    id: run.id,
    status: run.status,
    fase: run.fase,
    arkivdeler: arkivdeler.filter((d) => d.arkivuttrekk_id === run.id).map((d) => ({ id: d.id, kortnavn: d.kortnavn, tittel: d.tittel })),
    periodeFra: run.periode_fra,
    periodeTil: run.periode_til,
    startetDato: run.startet_dato,
    fullfoertDato: run.fullfoert_dato,
    sistAktiv: run.sist_aktiv,
    framdrift,
    antallMapper: run.antall_mapper,
    antallRegistreringer: run.antall_registreringer,
    antallDokumentfiler: run.antall_dokumentfiler,
    sjekksumArkivuttrekk: run.sjekksum_arkivuttrekk,
    selvkontroll: selvkontrollOf(run.selvkontroll),
    feilmelding: run.feilmelding,
    nedlasting: run.status === 'fullført' && path.resolve(run.utdata_katalog) === packageDir(root, run.organisasjon_id, run.id),
  };
}
