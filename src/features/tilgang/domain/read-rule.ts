import type { Rolle } from '../../../shared/roles.js';

/** Who reads: built once per request by reader.ts from the active role. */
export interface Reader {
  brukerId: string;
  rolle: Rolle;
  /** Units the reader leads (LED, SF): their own and every unit under it; empty for other roles. */
  ledetEnheter: readonly string[];
  /** Access groups the reader is a member of. */
  tilgangsgrupper: readonly string[];
}

/** What is read: a case, record or document, with the people and units related to it. */
export interface ReadObject {
  /** null: public to everyone with a role in the organisation. */
  tilgangskode: string | null;
  tilgangsgruppeId: string | null;
  /** Who created it (for a record or document also who created its case). */
  opprettetAv: readonly string[];
  saksansvarligId: string | null;
  interneKontakter: readonly string[];
  /** The document's responsible: the record's saksbehandler. */
  ansvarligId: string | null;
  /** Its own unit and its case's: their leaders and the leaders of units above read it. */
  enheter: readonly (string | null)[];
  /** A record's copy recipients («kopi til», seed 002 10.7): people, and units whose leaders read it; its documents' too. */
  kopiBrukere: readonly string[];
  kopiEnheter: readonly string[];
}

/**
 * THE read rule (seed 001: personaldokumentasjon, elevdokumentasjon, sikker
 * sone; issue 10). Whether a reader sees an object in full. A public object
 * (no access code) is read by everyone with a role in the organisation. A
 * screened one by: the archive; members of its access group; its creator;
 * the case owner; internal contacts on the case; the document's
 * responsible; leaders of its unit or of a unit above it; and, for a record
 * and its documents, its copy recipients (a unit's copy: its leaders). Everyone else sees
 * its public form only (public title, «Skjermet» for screened fields).
 * Its SQL twin is read-rule-sql.ts; tests/access/read-rule-sql.test.ts keeps the two equal.
 */
export function hasFullAccess(reader: Reader, object: ReadObject): boolean {
  return hasFullAccessTo(reader, flatten(object));
}

/** The rule over the flat shape the SQL twin and the search index use: people and units related to the object. */
export interface FlatReadObject {
  tilgangskode: string | null;
  tilgangsgruppeId: string | null;
  /** Creator(s), case owner, internal contacts, responsible. */
  personer: readonly (string | null)[];
  enheter: readonly (string | null)[];
}

export function flatten(o: ReadObject): FlatReadObject {
  return {
    tilgangskode: o.tilgangskode,
    tilgangsgruppeId: o.tilgangsgruppeId,
    personer: [...o.opprettetAv, o.saksansvarligId, ...o.interneKontakter, o.ansvarligId, ...o.kopiBrukere],
    enheter: [...o.enheter, ...o.kopiEnheter],
  };
}

export function hasFullAccessTo(reader: Reader, o: FlatReadObject): boolean {
  if (o.tilgangskode === null || reader.rolle === 'ARK') return true;
  if (o.tilgangsgruppeId !== null && reader.tilgangsgrupper.includes(o.tilgangsgruppeId)) return true;
  if (o.personer.includes(reader.brukerId)) return true;
  return o.enheter.some((e) => e !== null && reader.ledetEnheter.includes(e));
}

/**
 * What the rule shows the public (offentlig journal, issue 15): a person
 * with no role — not the archive, in no access group, related to nothing,
 * leading no unit. Of the rule only its first clause can hold for them: an
 * object is read in full when it has no access code; a screened one shows
 * its public form.
 */
export function publicReads(o: { tilgangskode: string | null }): boolean {
  return o.tilgangskode === null;
}
