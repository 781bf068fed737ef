import { z } from 'zod';

/** The Noark 5 skjerming fields every case, record and document body carries, and whether the reader sees it in full. */
export const SkjermingBody = z.object({
  fullTilgang: z.boolean(),
  tilgangsgruppeId: z.uuid().nullable(),
  skjermingMetadata: z.array(z.string()),
  skjermingDokument: z.boolean(),
  skjermingVarighet: z.int().nullable(),
  skjermingOpphoerer: z.string().nullable(),
  /** Indices of the title's hidden words; empty for a reader without access (they would tell where the name is). */
  skjermedeTittelord: z.array(z.int()),
  skjermingArvet: z.boolean(),
});

export interface SkjermingRow {
  tilgangsgruppe_id: string | null;
  skjerming_metadata: string[];
  skjerming_dokument: boolean;
  skjerming_varighet: number | null;
  skjerming_opphoerer: string | null;
  skjermede_tittelord: number[];
  skjerming_arvet?: boolean;
}

export function presentSkjerming(row: SkjermingRow, fullTilgang: boolean): z.infer<typeof SkjermingBody> {
  return {
    fullTilgang,
    tilgangsgruppeId: row.tilgangsgruppe_id,
    skjermingMetadata: row.skjerming_metadata,
    skjermingDokument: row.skjerming_dokument,
    skjermingVarighet: row.skjerming_varighet,
    skjermingOpphoerer: row.skjerming_opphoerer,
    skjermedeTittelord: fullTilgang ? row.skjermede_tittelord : [],
    skjermingArvet: row.skjerming_arvet ?? false,
  };
}
