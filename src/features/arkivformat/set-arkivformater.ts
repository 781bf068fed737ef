import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { PUID } from './domain/arkivformat.js';
import { arkivformatRepository as repo } from './arkivformat-repository.js';
import { getArkivformater, SETS_ARKIVFORMATER } from './get-arkivformater.js';

/**
 * Krav 2.7.9: sets the organisation's approved archival formats (PRONOM
 * PUIDs); `null` returns to the standard list. Logged in the organisation's
 * change log.
 */
export async function setArkivformater(ctx: Ctx, formater: string[] | null) {
  requireRole(ctx, SETS_ARKIVFORMATER, { nb: 'endre godkjente arkivformater', en: 'change the approved archival formats' });
  const list = formater === null ? null : [...new Set(formater.map((f) => f.trim()))];
  if (list?.length === 0)
    throw fieldError(
      'formater',
      'må ha minst ett format (eller null for standardlisten)',
      'needs a format (or null for the standard list)',
    );
  const bad = list?.find((f) => !PUID.test(f));
  if (bad)
    throw fieldError(
      'formater',
      `«${bad}» er ingen PRONOM-identifikator (fmt/… eller x-fmt/…)`,
      `«${bad}» is no PRONOM identifier (fmt/… or x-fmt/…)`,
    );
  const orgId = ctx.role.organisasjonId;
  await inTenant(ctx, async (tx) => {
    const before = await repo.approved(tx, orgId);
    await repo.setApproved(tx, orgId, list);
    await logChanges(tx, 'organisasjon', orgId, { arkivformater: before?.join(', ') ?? null }, { arkivformater: list?.join(', ') ?? null });
  });
  return getArkivformater(ctx);
}
