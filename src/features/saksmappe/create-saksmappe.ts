import { inTenantOr, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { checkTransition } from '../noark/domain/index.js';
import { resolveTilgangskode } from '../tilgang/resolve-tilgangskode.js';
import { dedupeKlasser, findArkivdelForNewCase } from './case-placement.js';
import { takeNextNumber } from './nummerserie-repository.js';
import { osloDate, osloYear } from './oslo-calendar.js';
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
import { loadSystemer, resolveKlassifikasjon, type KlassifikasjonInput } from './resolve-klassifikasjon.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';
import { initialSaksstatus } from './saksmappe-rules.js';
import { resolveEnhet, resolveMedarbeider } from './resolve-people.js';

export interface CreateSaksmappeInput {
  /** Defaults to the organisation's case archive (SAK). */
  arkivdelId?: string | null | undefined;
  tittel: string;
  offentligTittel?: string | null | undefined;
  beskrivelse?: string | null | undefined;
  /** Defaults to today (Oslo). */
  saksdato?: string | undefined;
  /** Default: the unit of the active role. */
  administrativEnhetId?: string | null | undefined;
  /** Default: the actor. */
  saksansvarligId?: string | null | undefined;
  journalenhet?: string | null | undefined;
  primaerKlasse?: KlassifikasjonInput | null | undefined;
  sekundaerKlasser?: KlassifikasjonInput[] | undefined;
  obsDato?: string | null | undefined;
  obsMerknad?: string | null | undefined;
  /** Project name; created on first use. */
  prosjekt?: string | null | undefined;
  /** Default: the archive part's standard access code (P for personnel files …); else an active code of the organisation. */
  tilgangskode?: string | null | undefined;
  skjermingshjemmel?: string | null | undefined;
  parter?: PartInput[] | undefined;
  merknader?: MerknadInput[] | undefined;
  kryssreferanser?: KryssreferanseInput[] | undefined;
  presedenser?: PresedensInput[] | undefined;
}

/**
 * Creates a saksmappe with the next case number of the organisation and year
 * (gapless: taken in this transaction). A case worker's case starts reserved
 * (R) for the archive's check, the archive's own starts under treatment (B).
 */
export async function createSaksmappe(ctx: Ctx, input: CreateSaksmappeInput, within?: Tx) {
  const saksstatus = initialSaksstatus(ctx.role.rolle);
  checkTransition('saksmappe', null, null, saksstatus, ctx.role.rolle);
  if (!input.tittel?.trim()) throw fieldError('tittel', 'må fylles ut', 'is required');
  const orgId = ctx.role.organisasjonId;
  const now = ctx.now();
  return inTenantOr(within, ctx, async (tx) => {
    const arkivdel = await findArkivdelForNewCase(tx, orgId, input.arkivdelId);
    const enhet = await resolveEnhet(tx, orgId, input.administrativEnhetId ?? ctx.role.administrativEnhetId, 'administrativEnhetId');
    const ansvarlig = await resolveMedarbeider(tx, orgId, input.saksansvarligId ?? ctx.actor.brukerId, 'saksansvarligId');
    const systemer = await loadSystemer(tx, orgId, arkivdel.id);
    const primaer = input.primaerKlasse
      ? await resolveKlassifikasjon(tx, orgId, systemer, input.primaerKlasse, 'primaerKlasse', true)
      : null;
    if (!primaer && systemer.some((s) => s.primaer)) throw fieldError('primaerKlasse', 'må fylles ut', 'is required');
    const sekundaer = [];
    for (const [i, k] of (input.sekundaerKlasser ?? []).entries()) {
      sekundaer.push(await resolveKlassifikasjon(tx, orgId, systemer, k, `sekundaerKlasser.${i}`, false));
    }
    const prosjekt = input.prosjekt?.trim() ? await repo.ensureProsjekt(tx, orgId, input.prosjekt.trim()) : null;
    const tilgangskode = await resolveTilgangskode(tx, orgId, input.tilgangskode, arkivdel.standard_tilgangskode);
    const saksaar = osloYear(now);
    const sakssekvensnummer = await takeNextNumber(tx, orgId, 'saksmappe', saksaar);
    const row = await repo.insert(tx, {
      organisasjon_id: orgId,
      arkivdel_id: arkivdel.id,
      saksaar,
      sakssekvensnummer,
      tittel: input.tittel.trim(),
      offentlig_tittel: input.offentligTittel?.trim() || null,
      beskrivelse: input.beskrivelse?.trim() || null,
      saksdato: input.saksdato ?? osloDate(now),
      administrativ_enhet_id: enhet.id,
      saksansvarlig_id: ansvarlig.id,
      journalenhet: input.journalenhet?.trim() || null,
      saksstatus,
      primaer_klasse_id: primaer?.klasseId ?? null,
      primaer_klasseverdi: primaer?.verdi ?? null,
      obs_dato: input.obsDato ?? null,
      obs_merknad: input.obsMerknad?.trim() || null,
      prosjekt_id: prosjekt?.id ?? null,
      tilgangskode: tilgangskode?.kode ?? null,
      skjermingshjemmel: input.skjermingshjemmel?.trim() || (tilgangskode?.skjermingshjemmel ?? null),
      opprettet_av: ctx.actor.brukerId,
    });
    await repo.replaceSekundaerklasser(
      tx,
      orgId,
      row.id,
      dedupeKlasser(sekundaer).map((k) => ({
        organisasjon_id: orgId,
        saksmappe_id: row.id,
        klasse_id: k.klasseId,
        klassifikasjonssystem_id: k.klassifikasjonssystemId,
        klasseverdi: k.verdi,
      })),
    );
    for (const p of input.parter ?? []) await insertPart(ctx, tx, row.id, p);
    for (const m of input.merknader ?? []) await insertMerknad(ctx, tx, 'saksmappe', row.id, m);
    for (const k of input.kryssreferanser ?? []) await insertKryssreferanse(ctx, tx, 'saksmappe', row.id, k);
    for (const p of input.presedenser ?? []) await insertPresedens(ctx, tx, row.id, p);
    return row;
  });
}
