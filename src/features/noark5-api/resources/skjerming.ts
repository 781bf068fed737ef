import { TILGANGSKODE } from '../../noark/domain/index.js';
import { kodeOf } from './codes.js';

interface Screened {
  tilgangskode: string | null;
  skjermingshjemmel?: string | null;
  skjermingMetadata: string[];
  skjermingDokument: boolean;
  skjermingVarighet: number | null;
  skjermingOpphoerer: string | null;
}

/** The specification's `skjerming` of an object an app presenter has shown (absent when it has no access code). */
export function skjermingOf(s: Screened) {
  if (!s.tilgangskode) return undefined;
  return {
    tilgangsrestriksjon: kodeOf(TILGANGSKODE, s.tilgangskode),
    skjermingshjemmel: s.skjermingshjemmel ?? null,
    skjermingMetadata: s.skjermingMetadata.map((kode) => ({ kode })),
    skjermingDokument: s.skjermingDokument ? { kode: 'H' } : null,
    skjermingsvarighet: s.skjermingVarighet,
    skjermingOpphoererDato: s.skjermingOpphoerer,
  };
}
