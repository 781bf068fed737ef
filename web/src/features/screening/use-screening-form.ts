import { useState } from 'react';
import type { ScreenedObject, SkjermingInput, Tilgangskode } from './api';
import { fromNoark, previewPublicTitle, toNoark, type Scope, type ScreenedLevel } from './screening-scope';

/** The screening form's state, opened from the object's stored screening, and the body it sends. */
export function useScreeningForm(level: ScreenedLevel, object: ScreenedObject) {
  const [kode, setKode] = useState(object.tilgangskode ?? '');
  const [hjemmel, setHjemmel] = useState(object.skjermingshjemmel ?? '');
  const [scopes, setScopes] = useState<Set<Scope>>(() => fromNoark(level, object));
  const [words, setWords] = useState<Set<number>>(() => new Set(object.skjermedeTittelord));
  const [gruppe, setGruppe] = useState(object.tilgangsgruppeId ?? '');
  const [varighet, setVarighet] = useState(object.skjermingVarighet?.toString() ?? '');
  const [opphoerer, setOpphoerer] = useState(object.skjermingOpphoerer ?? '');

  const screened = kode !== '';
  const marksWords = screened && (scopes.has('tittelord') || scopes.has('hele'));
  const chosenWords = marksWords ? [...words].sort((a, b) => a - b) : [];

  return {
    kode,
    hjemmel,
    scopes,
    words,
    screened,
    marksWords,
    gruppe,
    varighet,
    opphoerer,
    setHjemmel,
    setGruppe,
    setVarighet,
    setOpphoerer,
    /** A new code brings its usual legal basis; the user may still change it. */
    chooseCode(code: string, codes: readonly Tilgangskode[]) {
      setKode(code);
      setHjemmel(codes.find((c) => c.kode === code)?.skjermingshjemmel ?? '');
    },
    toggleScope(scope: Scope, on: boolean) {
      const next = new Set(scopes);
      if (on) next.add(scope);
      else next.delete(scope);
      setScopes(next);
    },
    toggleWord(index: number) {
      const next = new Set(words);
      if (!next.delete(index)) next.add(index);
      setWords(next);
    },
    preview: previewPublicTitle(level, { ...object, tilgangskode: kode || null, skjermedeTittelord: chosenWords }),
    body(): SkjermingInput {
      if (!screened) return { tilgangskode: null };
      return {
        tilgangskode: kode,
        skjermingshjemmel: hjemmel.trim(),
        ...toNoark(level, scopes),
        skjermedeTittelord: chosenWords,
        tilgangsgruppeId: gruppe || null,
        // Sent as typed: the server names the field if it is not a whole number of years.
        skjermingVarighet: varighet.trim() === '' ? null : Number(varighet),
        skjermingOpphoerer: opphoerer || null,
      };
    },
  };
}

export type ScreeningForm = ReturnType<typeof useScreeningForm>;
