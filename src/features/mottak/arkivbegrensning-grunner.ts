import { assertRoomFor } from '../../db/caps-repository.js';
import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import { arkivbegrensningRepository as repo } from './arkivbegrensning-repository.js';

/** The reasons the archive may give for keeping post out of the archive (every role may read the list). */
export function listGrunner(ctx: Ctx) {
  return inTenant(ctx, (tx) => repo.list(tx, ctx.role.organisasjonId));
}

const KEEP = { nb: 'endre listen over grunner for arkivbegrensning', en: 'change the list of reasons for arkivbegrensning' };

/**
 * The archive (and the system owner) keep the list (seed 001: «Listen er
 * ikke uttømmende»). A reason is never deleted, only deactivated, so every
 * decision can still be read with the reason it gave.
 */
export async function addGrunn(ctx: Ctx, navn: string) {
  requireRole(ctx, ['ARK', 'SYS'], KEEP);
  const name = checkNavn(navn);
  return inTenant(ctx, async (tx) => {
    await assertRoomFor(tx, 'arkivbegrensningGrunner', ctx.role.organisasjonId);
    const row = await repo.insert(tx, ctx.role.organisasjonId, name);
    if (!row) throw taken(name);
    return row;
  });
}

export async function updateGrunn(ctx: Ctx, id: string, changes: { navn?: string | undefined; aktiv?: boolean | undefined }) {
  requireRole(ctx, ['ARK', 'SYS'], KEEP);
  const navn = changes.navn === undefined ? undefined : checkNavn(changes.navn);
  return inTenant(ctx, async (tx) => {
    if (navn !== undefined) {
      const others = await repo.list(tx, ctx.role.organisasjonId);
      if (others.some((g) => g.id !== id && g.navn === navn)) throw taken(navn);
    }
    const row = await repo.update(tx, ctx.role.organisasjonId, id, { navn, aktiv: changes.aktiv });
    if (!row) throw notFound({ nb: 'grunnen', en: 'the reason' }, id);
    return row;
  });
}

function checkNavn(navn: string): string {
  const name = navn.replace(/\s+/g, ' ').trim();
  if (!name || name.length > 200) throw fieldError('navn', 'må fylles ut (høyst 200 tegn)', 'is required (at most 200 characters)');
  return name;
}

const taken = (navn: string) =>
  new DomainError('ALREADY_EXISTS', { nb: `Grunnen «${navn}» finnes allerede.`, en: `The reason «${navn}» already exists.` });
