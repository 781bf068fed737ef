import type { Tx } from '../../db/tenant.js';
import { accessAdminRepository as repo } from './admin/access-admin-repository.js';
import { notAnActiveCode } from './domain/access-admin-rules.js';

export interface ResolvedTilgangskode {
  kode: string;
  /** The code's default legal basis, proposed when the caller gives none. */
  skjermingshjemmel: string | null;
}

/**
 * The access code a case or record gets: the one the caller `chosen`, else
 * the one it takes over (`inherited`: the archive part's default, the case's).
 * A chosen code must be an active code of the organisation's own list (400
 * naming the field); a code taken over is kept even if deactivated since, as
 * deactivating stops new choices, not the screening objects already carry.
 */
export async function resolveTilgangskode(
  tx: Tx,
  orgId: string,
  chosen: string | null | undefined,
  inherited: string | null = null,
  field = 'tilgangskode',
): Promise<ResolvedTilgangskode | null> {
  const kode = chosen === undefined ? inherited : chosen;
  if (kode === null) return null;
  const row = await repo.findKode(tx, orgId, kode);
  if (chosen !== undefined && !row?.aktiv) throw notAnActiveCode(field, kode);
  return { kode, skjermingshjemmel: row?.skjermingshjemmel ?? null };
}
