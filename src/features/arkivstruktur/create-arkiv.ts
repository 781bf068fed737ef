import { inTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import { assertRoomFor } from '../../db/caps-repository.js';
import type { Ctx } from '../../shared/context.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';

export interface CreateArkivInput {
  tittel: string;
  beskrivelse?: string | null | undefined;
}

/** Creates an arkiv for the active organisation (the organisation is its arkivskaper). System owner only. */
export async function createArkiv(ctx: Ctx, input: CreateArkivInput) {
  requireRole(ctx, ['SYS'], { nb: 'opprette arkiv', en: 'create archives' });
  return inTenant(ctx, async (tx) => {
    await assertRoomFor(tx, 'arkiver', ctx.role.organisasjonId);
    return insertArkiv(ctx, tx, input);
  });
}

export async function insertArkiv(ctx: Ctx, tx: Tx, input: CreateArkivInput) {
  const row = await repo.insertArkiv(tx, {
    organisasjon_id: ctx.role.organisasjonId,
    tittel: input.tittel.trim(),
    beskrivelse: input.beskrivelse?.trim() || null,
    opprettet_av: ctx.actor.brukerId,
  });
  await logChanges(tx, 'arkiv', row.id, {}, { tittel: row.tittel, arkivstatus: row.arkivstatus });
  return row;
}
