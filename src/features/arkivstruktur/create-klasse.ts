import { inTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import { assertRoomFor } from '../../db/caps-repository.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';
import { normaliseKlasseverdi } from './klasseverdi.js';

export interface CreateKlasseInput {
  klassifikasjonssystemId: string;
  /** The ordningsverdi (e.g. "L42"), or for an object system the value itself. */
  klasseId: string;
  tittel: string;
  beskrivelse?: string | null | undefined;
  overordnetKlasseId?: string | null | undefined;
}

/** Adds a class to a classification system, optionally under a parent class of the same system. System owner only. */
export async function createKlasse(ctx: Ctx, input: CreateKlasseInput) {
  return inTenant(ctx, async (tx) => {
    // Found before authorised: another organisation's system is «not found» for everyone.
    if (!(await repo.findKlassifikasjonssystem(tx, ctx.role.organisasjonId, input.klassifikasjonssystemId))) {
      throw notFound({ nb: 'klassifikasjonssystemet', en: 'classification system' }, input.klassifikasjonssystemId);
    }
    requireRole(ctx, ['SYS'], { nb: 'opprette klasser', en: 'create classes' });
    await assertRoomFor(tx, 'klasser', ctx.role.organisasjonId, input.klassifikasjonssystemId);
    return insertKlasse(ctx, tx, input);
  });
}

export async function insertKlasse(ctx: Ctx, tx: Tx, input: CreateKlasseInput) {
  const orgId = ctx.role.organisasjonId;
  const system = await repo.findKlassifikasjonssystem(tx, orgId, input.klassifikasjonssystemId);
  if (!system) throw notFound({ nb: 'klassifikasjonssystemet', en: 'classification system' }, input.klassifikasjonssystemId);
  const klasseId = normaliseKlasseverdi(system.verdiformat, input.klasseId, 'klasseId');
  const parentId = input.overordnetKlasseId ?? null;
  if (parentId) {
    const parent = await repo.findKlasse(tx, orgId, parentId);
    if (!parent) throw notFound({ nb: 'overordnet klasse', en: 'parent class' }, parentId);
    if (parent.klassifikasjonssystem_id !== system.id) {
      throw fieldError('overordnetKlasseId', 'må høre til samme klassifikasjonssystem', 'must belong to the same classification system');
    }
  }
  if (await repo.findKlasseByKlasseId(tx, orgId, system.id, klasseId)) {
    throw new DomainError('ALREADY_EXISTS', {
      nb: `Klassen ${klasseId} finnes allerede i ${system.tittel}.`,
      en: `Class ${klasseId} already exists in ${system.tittel}.`,
    });
  }
  const row = await repo.insertKlasse(tx, {
    organisasjon_id: orgId,
    klassifikasjonssystem_id: system.id,
    overordnet_klasse_id: parentId,
    klasse_id: klasseId,
    tittel: input.tittel.trim(),
    beskrivelse: input.beskrivelse?.trim() || null,
    opprettet_av: ctx.actor.brukerId,
  });
  await logChanges(tx, 'klasse', row.id, {}, { tittel: row.tittel });
  return row;
}
