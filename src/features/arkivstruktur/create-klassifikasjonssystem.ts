import { inTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import { assertRoomFor } from '../../db/caps-repository.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';
import type { Verdiformat } from './klasseverdi.js';

export interface CreateKlassifikasjonssystemInput {
  kortnavn: string;
  tittel: string;
  beskrivelse?: string | null | undefined;
  /** Set for object classifications: the value is a fødselsnummer or a gnr/bnr, checked as such. */
  verdiformat?: Verdiformat | null | undefined;
  klassifikasjonstype?: string | undefined;
}

/** Creates a classification system: a subject key (arkivnøkkel) or an object classification. System owner only. */
export async function createKlassifikasjonssystem(ctx: Ctx, input: CreateKlassifikasjonssystemInput) {
  requireRole(ctx, ['SYS'], { nb: 'opprette klassifikasjonssystemer', en: 'create classification systems' });
  return inTenant(ctx, async (tx) => {
    await assertRoomFor(tx, 'klassifikasjonssystemer', ctx.role.organisasjonId);
    return insertKlassifikasjonssystem(ctx, tx, input);
  });
}

export async function insertKlassifikasjonssystem(ctx: Ctx, tx: Tx, input: CreateKlassifikasjonssystemInput) {
  const orgId = ctx.role.organisasjonId;
  const kortnavn = input.kortnavn.trim().toUpperCase();
  if (await repo.findKlassifikasjonssystemByKortnavn(tx, orgId, kortnavn)) {
    throw new DomainError('ALREADY_EXISTS', {
      nb: `Det finnes allerede et klassifikasjonssystem med kortnavn ${kortnavn}.`,
      en: `A classification system with short name ${kortnavn} already exists.`,
    });
  }
  const verdiformat = input.verdiformat ?? null;
  const row = await repo.insertKlassifikasjonssystem(tx, {
    organisasjon_id: orgId,
    kortnavn,
    klassifikasjonstype: input.klassifikasjonstype?.trim() || (verdiformat ? 'Objektbasert' : 'Funksjonsbasert, hierarkisk'),
    tittel: input.tittel.trim(),
    beskrivelse: input.beskrivelse?.trim() || null,
    verdiformat,
    opprettet_av: ctx.actor.brukerId,
  });
  await logChanges(tx, 'klassifikasjonssystem', row.id, {}, { tittel: row.tittel, klassifikasjonstype: row.klassifikasjonstype });
  return row;
}
