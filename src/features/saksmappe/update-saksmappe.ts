import type { Updateable } from 'kysely';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError, notFound } from '../../shared/errors.js';
import type { SaksmappeTable } from '../noark/tables.js';
import { loadSystemer, resolveKlassifikasjon, type KlassifikasjonInput } from './resolve-klassifikasjon.js';
import { resolveEnhet, resolveMedarbeider } from './resolve-people.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';
import { assertMayChange, loadChangeTargets } from '../tilgang/change-access.js';
import { resolveTilgangskode } from '../tilgang/resolve-tilgangskode.js';

/** The fields a PATCH may change; a field left out is unchanged, null clears an optional one. */
export interface UpdateSaksmappeInput {
  tittel?: string | undefined;
  offentligTittel?: string | null | undefined;
  beskrivelse?: string | null | undefined;
  saksdato?: string | undefined;
  administrativEnhetId?: string | undefined;
  saksansvarligId?: string | undefined;
  journalenhet?: string | null | undefined;
  primaerKlasse?: KlassifikasjonInput | undefined;
  sekundaerKlasser?: KlassifikasjonInput[] | undefined;
  obsDato?: string | null | undefined;
  obsMerknad?: string | null | undefined;
  prosjekt?: string | null | undefined;
  tilgangskode?: string | null | undefined;
  skjermingshjemmel?: string | null | undefined;
}

/** Changes a case's metadata; every logged field that changes goes into the change log in the same transaction. */
export async function updateSaksmappe(ctx: Ctx, id: string, input: UpdateSaksmappeInput) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const before = await repo.findForUpdate(tx, orgId, id);
    if (!before) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    const target = { saksmappe: (await loadChangeTargets(tx, orgId, before)).saksmappe };
    assertMayChange(ctx, target, 'saksmappe');
    if (input.tilgangskode !== undefined || input.skjermingshjemmel !== undefined) assertMayChange(ctx, target, 'skjerming');
    const patch: Updateable<SaksmappeTable> = {};
    if (input.tittel !== undefined) {
      if (!input.tittel.trim()) throw fieldError('tittel', 'kan ikke være tom', 'must not be empty');
      patch.tittel = input.tittel.trim();
    }
    if (input.offentligTittel !== undefined) patch.offentlig_tittel = input.offentligTittel?.trim() || null;
    if (input.beskrivelse !== undefined) patch.beskrivelse = input.beskrivelse?.trim() || null;
    if (input.saksdato !== undefined) patch.saksdato = input.saksdato;
    if (input.journalenhet !== undefined) patch.journalenhet = input.journalenhet?.trim() || null;
    if (input.obsDato !== undefined) patch.obs_dato = input.obsDato;
    if (input.obsMerknad !== undefined) patch.obs_merknad = input.obsMerknad?.trim() || null;
    if (input.administrativEnhetId !== undefined) {
      patch.administrativ_enhet_id = (await resolveEnhet(tx, orgId, input.administrativEnhetId, 'administrativEnhetId')).id;
    }
    if (input.saksansvarligId !== undefined) {
      patch.saksansvarlig_id = (await resolveMedarbeider(tx, orgId, input.saksansvarligId, 'saksansvarligId')).id;
    }
    const systemer = await loadSystemer(tx, orgId, before.arkivdel_id);
    if (input.primaerKlasse !== undefined) {
      const k = await resolveKlassifikasjon(tx, orgId, systemer, input.primaerKlasse, 'primaerKlasse', true);
      patch.primaer_klasse_id = k.klasseId;
      patch.primaer_klasseverdi = k.verdi;
    }
    if (input.prosjekt !== undefined) {
      patch.prosjekt_id = input.prosjekt?.trim() ? (await repo.ensureProsjekt(tx, orgId, input.prosjekt.trim())).id : null;
    }
    if (input.tilgangskode !== undefined) {
      const code = await resolveTilgangskode(tx, orgId, input.tilgangskode);
      patch.tilgangskode = code?.kode ?? null;
      // A new access code brings its usual legal basis unless one is given with it.
      patch.skjermingshjemmel = code?.skjermingshjemmel ?? null;
    }
    if (input.skjermingshjemmel !== undefined) patch.skjermingshjemmel = input.skjermingshjemmel?.trim() || null;
    if (input.sekundaerKlasser !== undefined) {
      const rows = [];
      for (const [i, k] of input.sekundaerKlasser.entries()) {
        const r = await resolveKlassifikasjon(tx, orgId, systemer, k, `sekundaerKlasser.${i}`, false);
        rows.push({
          organisasjon_id: orgId,
          saksmappe_id: id,
          klasse_id: r.klasseId,
          klassifikasjonssystem_id: r.klassifikasjonssystemId,
          klasseverdi: r.verdi,
        });
      }
      const unique = [...new Map(rows.map((r) => [`${r.klassifikasjonssystem_id}|${r.klasseverdi}`, r])).values()];
      await repo.replaceSekundaerklasser(tx, orgId, id, unique);
    }
    const after = Object.keys(patch).length > 0 ? await repo.update(tx, orgId, id, patch) : before;
    return after;
  });
}
