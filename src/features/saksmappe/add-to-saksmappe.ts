import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import {
  insertKryssreferanse,
  insertMerknad,
  insertPart,
  insertPresedens,
  type KryssreferanseInput,
  type MerknadInput,
  type PartInput,
  type PresedensInput,
} from './relations.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';
import { assertMayEdit, assertOpen } from './saksmappe-rules.js';

/*
 * Adding parts, remarks, cross references and precedents to a case: the same
 * rules as editing it (who may, and not when it is closed).
 */

async function onOpenCase<T>(ctx: Ctx, id: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenant(ctx, async (tx) => {
    const saksmappe = await repo.findForUpdate(tx, ctx.role.organisasjonId, id);
    if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    assertMayEdit({ ...ctx.role, brukerId: ctx.actor.brukerId }, saksmappe);
    assertOpen(saksmappe);
    return work(tx);
  });
}

export const addPart = (ctx: Ctx, saksmappeId: string, input: PartInput) =>
  onOpenCase(ctx, saksmappeId, (tx) => insertPart(ctx, tx, saksmappeId, input));

export const addSaksmappeMerknad = (ctx: Ctx, saksmappeId: string, input: MerknadInput) =>
  onOpenCase(ctx, saksmappeId, (tx) => insertMerknad(ctx, tx, 'saksmappe', saksmappeId, input));

export const addKryssreferanse = (ctx: Ctx, saksmappeId: string, input: KryssreferanseInput) =>
  onOpenCase(ctx, saksmappeId, (tx) => insertKryssreferanse(ctx, tx, 'saksmappe', saksmappeId, input));

export const addPresedens = (ctx: Ctx, saksmappeId: string, input: PresedensInput) =>
  onOpenCase(ctx, saksmappeId, (tx) => insertPresedens(ctx, tx, saksmappeId, input));
