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
import { checkChange } from '../tilgang/change-access.js';
import type { ChangeKind } from '../tilgang/domain/change-rule.js';

/*
 * Adding parts, cross references and precedents to a case changes the case;
 * a remark is a remark: the change rule decides both (who, and not when closed).
 */

async function onOpenCase<T>(ctx: Ctx, id: string, kind: ChangeKind, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTenant(ctx, async (tx) => {
    const saksmappe = await repo.findForUpdate(tx, ctx.role.organisasjonId, id);
    if (!saksmappe) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    await checkChange(ctx, tx, kind, saksmappe);
    return work(tx);
  });
}

export const addPart = (ctx: Ctx, saksmappeId: string, input: PartInput) =>
  onOpenCase(ctx, saksmappeId, 'saksmappe', (tx) => insertPart(ctx, tx, saksmappeId, input));

export const addSaksmappeMerknad = (ctx: Ctx, saksmappeId: string, input: MerknadInput) =>
  onOpenCase(ctx, saksmappeId, 'merknad', (tx) => insertMerknad(ctx, tx, 'saksmappe', saksmappeId, input));

export const addKryssreferanse = (ctx: Ctx, saksmappeId: string, input: KryssreferanseInput) =>
  onOpenCase(ctx, saksmappeId, 'saksmappe', (tx) => insertKryssreferanse(ctx, tx, 'saksmappe', saksmappeId, input));

export const addPresedens = (ctx: Ctx, saksmappeId: string, input: PresedensInput) =>
  onOpenCase(ctx, saksmappeId, 'saksmappe', (tx) => insertPresedens(ctx, tx, saksmappeId, input));
