import type { ReadObject } from './read-rule.js';

/** The columns of a case the read rule needs. */
export interface CaseAccessRow {
  tilgangskode: string | null;
  tilgangsgruppe_id: string | null;
  opprettet_av: string;
  saksansvarlig_id: string;
  administrativ_enhet_id: string;
}

/** The columns of a record (or document) the read rule needs. */
export interface RecordAccessRow {
  tilgangskode: string | null;
  tilgangsgruppe_id: string | null;
  opprettet_av: string;
  saksbehandler_id?: string | null;
  administrativ_enhet_id?: string | null;
  /** A record's copy recipients (users, units), where the query read them; none counted where it did not. */
  kopi_brukere?: readonly string[] | null;
  kopi_enheter?: readonly string[] | null;
}

export function caseObject(s: CaseAccessRow, interneKontakter: readonly string[]): ReadObject {
  return {
    tilgangskode: s.tilgangskode,
    tilgangsgruppeId: s.tilgangsgruppe_id,
    opprettetAv: [s.opprettet_av],
    saksansvarligId: s.saksansvarlig_id,
    interneKontakter,
    ansvarligId: null,
    enheter: [s.administrativ_enhet_id],
    kopiBrukere: [],
    kopiEnheter: [],
  };
}

/** A record in its case: its own code and group, related through itself, its copy recipients and its case. */
export function recordObject(j: RecordAccessRow, s: CaseAccessRow, interneKontakter: readonly string[]): ReadObject {
  return {
    tilgangskode: j.tilgangskode,
    tilgangsgruppeId: j.tilgangsgruppe_id,
    opprettetAv: [j.opprettet_av, s.opprettet_av],
    saksansvarligId: s.saksansvarlig_id,
    interneKontakter,
    ansvarligId: j.saksbehandler_id ?? null,
    enheter: [j.administrativ_enhet_id ?? null, s.administrativ_enhet_id],
    kopiBrukere: j.kopi_brukere ?? [],
    kopiEnheter: j.kopi_enheter ?? [],
  };
}

/**
 * A document of a record: its own code and group, or its record's when it
 * has none (a document is never more open than its record); the record's
 * responsible is the document's.
 */
export function documentObject(d: RecordAccessRow, j: RecordAccessRow, s: CaseAccessRow, interneKontakter: readonly string[]): ReadObject {
  const record = recordObject(j, s, interneKontakter);
  return {
    ...record,
    tilgangskode: d.tilgangskode ?? j.tilgangskode,
    tilgangsgruppeId: d.tilgangsgruppe_id ?? j.tilgangsgruppe_id,
    opprettetAv: [d.opprettet_av, ...record.opprettetAv],
  };
}
