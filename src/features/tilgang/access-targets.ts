import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { caseObject, documentObject, recordObject } from './domain/read-objects.js';
import { hasFullAccess, type Reader } from './domain/read-rule.js';
import { SKJERMET } from './domain/screened-fields.js';
import { readerFrom, readerSql } from './reader.js';
import { findAccessTargets, type AccessTargetRow } from './tilgang-repository.js';

/** What a reader may see of one object: all of it, and (for a correspondence party) its screened name. */
export interface AccessDecision {
  full: boolean;
  /** Whether a correspondence party's name shows: never on a record the reader may not read, and a party marked skjermet only to those who would read the record were it screened. */
  partyVisible: boolean;
  /** The object's (effective) access code, for the reading log. */
  tilgangskode: string | null;
}

/**
 * The read rule's answer for many objects of any kind (cases, parts,
 * records, parties, documents, file objects) in one query, who reads
 * included. Ids that are no such object (an arkiv, a klasse) are absent: they are not screened.
 */
export async function decideAccess(tx: Tx, ctx: Pick<Ctx, 'actor' | 'role'>, ids: readonly string[]) {
  const rows = await findAccessTargets(tx, ctx.role.organisasjonId, [...new Set(ids)], readerSql(ctx));
  // Every row carries who reads (the same on each).
  return new Map(rows.map((r) => [r.objekt_id, decide(readerFrom(ctx, r), r, r.interne_kontakter)]));
}

function decide(reader: Reader, r: AccessTargetRow, kontakter: string[]): AccessDecision {
  const s = {
    tilgangskode: r.s_tilgangskode,
    tilgangsgruppe_id: r.s_gruppe,
    opprettet_av: r.s_opprettet_av,
    saksansvarlig_id: r.s_saksansvarlig,
    administrativ_enhet_id: r.s_enhet,
  };
  const j = r.j_opprettet_av
    ? {
        tilgangskode: r.j_tilgangskode,
        tilgangsgruppe_id: r.j_gruppe,
        opprettet_av: r.j_opprettet_av,
        saksbehandler_id: r.j_saksbehandler,
        administrativ_enhet_id: r.j_enhet,
        kopi_brukere: r.j_kopi_brukere,
        kopi_enheter: r.j_kopi_enheter,
      }
    : null;
  const d = r.d_opprettet_av ? { tilgangskode: r.d_tilgangskode, tilgangsgruppe_id: r.d_gruppe, opprettet_av: r.d_opprettet_av } : null;
  const object = j ? (d ? documentObject(d, j, s, kontakter) : recordObject(j, s, kontakter)) : caseObject(s, kontakter);
  const full = hasFullAccess(reader, object);
  const partyVisible = full && (!r.party_skjermet || hasFullAccess(reader, { ...object, tilgangskode: object.tilgangskode ?? SKJERMET }));
  return { full, partyVisible, tilgangskode: object.tilgangskode };
}
