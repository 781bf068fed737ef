import { inTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import { assertRoomFor } from '../../db/caps-repository.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError, notFound } from '../../shared/errors.js';
import type { Arkivdelstatus } from '../noark/domain/index.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { resolveTilgangskode } from '../tilgang/resolve-tilgangskode.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';

export interface CreateArkivdelInput {
  arkivId: string;
  kortnavn: string;
  tittel: string;
  beskrivelse?: string | null | undefined;
  arkivdelstatus?: Arkivdelstatus | undefined;
  arkivperiodeStartDato?: string | null | undefined;
  arkivperiodeSluttDato?: string | null | undefined;
  /** An active access code of the organisation (its own included), proposed for new cases here. */
  standardTilgangskode?: string | null | undefined;
  /** The primary classification system, then the secondary ones cases here may also use. */
  primaerKlassifikasjonssystemId?: string | null | undefined;
  sekundaereKlassifikasjonssystemIder?: string[] | undefined;
  /** Krav 6.2.12: where the part's paper documents are kept. */
  oppbevaringssted?: string | null | undefined;
  /** Set when a period is closed (`closeArkivperiode`): the part this one carries on (krav 6.2.2). */
  referanseForloeper?: string | undefined;
}

/** Creates an archive part (arkivdel) with its period and classification systems. System owner only. */
export async function createArkivdel(ctx: Ctx, input: CreateArkivdelInput) {
  requireRole(ctx, ['SYS'], { nb: 'opprette arkivdeler', en: 'create archive parts' });
  return inTenant(ctx, async (tx) => {
    await assertRoomFor(tx, 'arkivdeler', ctx.role.organisasjonId);
    return insertArkivdel(ctx, tx, input);
  });
}

export async function insertArkivdel(ctx: Ctx, tx: Tx, input: CreateArkivdelInput) {
  const orgId = ctx.role.organisasjonId;
  if (!(await repo.findArkiv(tx, orgId, input.arkivId))) throw notFound({ nb: 'arkivet', en: 'archive' }, input.arkivId);
  const kortnavn = input.kortnavn.trim().toUpperCase();
  if (await repo.findArkivdelByKortnavn(tx, orgId, kortnavn)) {
    throw new DomainError('ALREADY_EXISTS', {
      nb: `Det finnes allerede en arkivdel med kortnavn ${kortnavn}.`,
      en: `An archive part with short name ${kortnavn} already exists.`,
    });
  }
  const start = input.arkivperiodeStartDato ?? null;
  const slutt = input.arkivperiodeSluttDato ?? null;
  if (start && slutt && slutt < start) {
    throw fieldError('arkivperiodeSluttDato', 'kan ikke være før startdatoen', 'cannot be before the start date');
  }
  const systemIds = [input.primaerKlassifikasjonssystemId, ...(input.sekundaereKlassifikasjonssystemIder ?? [])];
  for (const id of systemIds) {
    if (id && !(await repo.findKlassifikasjonssystem(tx, orgId, id))) {
      throw notFound({ nb: 'klassifikasjonssystemet', en: 'classification system' }, id);
    }
  }
  const kode = await resolveTilgangskode(tx, orgId, input.standardTilgangskode ?? null, null, 'standardTilgangskode');
  const row = await repo.insertArkivdel(tx, {
    organisasjon_id: orgId,
    arkiv_id: input.arkivId,
    kortnavn,
    tittel: input.tittel.trim(),
    beskrivelse: input.beskrivelse?.trim() || null,
    arkivdelstatus: input.arkivdelstatus ?? 'A',
    arkivperiode_start_dato: start,
    arkivperiode_slutt_dato: slutt,
    standard_tilgangskode: kode?.kode ?? null,
    opprettet_av: ctx.actor.brukerId,
    oppbevaringssted: input.oppbevaringssted?.trim() || null,
    referanse_forloeper: input.referanseForloeper ?? null,
  });
  for (const [i, id] of systemIds.entries()) {
    if (!id) continue;
    await repo.linkKlassifikasjonssystem(tx, {
      organisasjon_id: orgId,
      arkivdel_id: row.id,
      klassifikasjonssystem_id: id,
      primaer: i === 0,
    });
  }
  await logChanges(
    tx,
    'arkivdel',
    row.id,
    {},
    {
      tittel: row.tittel,
      arkivdelstatus: row.arkivdelstatus,
      referanseKlassifikasjonssystem: input.primaerKlassifikasjonssystemId ?? null,
      arkivperiodeSluttDato: row.arkivperiode_slutt_dato,
      referanseForloeper: row.referanse_forloeper,
    },
  );
  return row;
}
