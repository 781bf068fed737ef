import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';

/** Disposal is the archive's work (krav 6.1; seed 001: the archive keeps the disposal plan). */
export function requireArchive(ctx: Ctx, what: { nb: string; en: string }): void {
  requireRole(ctx, ['ARK'], what);
}
