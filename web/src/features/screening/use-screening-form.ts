import { useState } from 'react';
import type { ScreenedObject, SkjermingInput, Tilgangskode } from './api';
import { fromNoark, previewPublicTitle, toNoark, type Scope, type ScreenedLevel } from './screening-scope';

/** The screening form's state, opened from the object's stored screening, and the body it sends. */
export function useScreeningForm(level: ScreenedLevel, object: ScreenedObject) {
  const [kode, setKode] = useState(object.tilgangskode ?? '');
  const [hjemmel, setHjemmel] = useState(object.skjermingshjemmel ?? '');
  const [scopes, setScopes] = useState<Set<Scope>>(() => fromNoark(level, object));
  const [words, setWords] = useState<Set<number>>(() => new Set(object.skjermedeTittelord));

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
    setHjemmel,
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
      return { tilgangskode: kode, skjermingshjemmel: hjemmel.trim(), ...toNoark(level, scopes), skjermedeTittelord: chosenWords };
    },
  };
}

export type ScreeningForm = ReturnType<typeof useScreeningForm>;
