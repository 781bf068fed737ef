import type { Updateable } from 'kysely';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import type { JournalpostTable } from '../noark/tables.js';
import { resolveEnhet, resolveMedarbeider } from '../saksmappe/resolve-people.js';
import { assertMayChange } from '../tilgang/change-access.js';
import { resolveTilgangskode } from '../tilgang/resolve-tilgangskode.js';
import { journalpostRepository as repo } from './journalpost-repository.js';
import { loadForChange } from './load-for-change.js';

export interface UpdateJournalpostInput {
  tittel?: string | undefined;
  offentligTittel?: string | null | undefined;
  beskrivelse?: string | null | undefined;
  journaldato?: string | undefined;
  dokumentetsDato?: string | null | undefined;
  mottattDato?: Date | string | null | undefined;
  sendtDato?: Date | string | null | undefined;
  forfallsdato?: string | null | undefined;
  offentlighetsvurdertDato?: string | null | undefined;
  antallVedlegg?: number | null | undefined;
  administrativEnhetId?: string | undefined;
  saksbehandlerId?: string | undefined;
  journalenhet?: string | null | undefined;
  tilgangskode?: string | null | undefined;
  skjermingshjemmel?: string | null | undefined;
}

/**
 * Changes a record's metadata, as the change rule allows: once journalført (J)
 * or void only the archive corrects it, some fields freeze when dispatched or
 * journalført (Noark 5 krav 3.2.22, 3.2.24), an archived record (A) is
 * frozen. Every logged field it changes is in the change log.
 */
export async function updateJournalpost(ctx: Ctx, id: string, input: UpdateJournalpostInput) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const felt = Object.keys(input).filter((k) => input[k as keyof UpdateJournalpostInput] !== undefined);
    const { record: before, target } = await loadForChange(ctx, tx, id, 'journalpost', { felt });
    if (input.tilgangskode !== undefined || input.skjermingshjemmel !== undefined) assertMayChange(ctx, target, 'skjerming');
    const patch: Updateable<JournalpostTable> = {};
    if (input.tittel !== undefined) {
      if (!input.tittel.trim()) throw fieldError('tittel', 'kan ikke være tom', 'must not be empty');
      patch.tittel = input.tittel.trim();
    }
    if (input.offentligTittel !== undefined) patch.offentlig_tittel = input.offentligTittel?.trim() || null;
    if (input.beskrivelse !== undefined) patch.beskrivelse = input.beskrivelse?.trim() || null;
    if (input.journaldato !== undefined) patch.journaldato = input.journaldato;
    if (input.dokumentetsDato !== undefined) patch.dokumentets_dato = input.dokumentetsDato;
    if (input.mottattDato !== undefined) patch.mottatt_dato = input.mottattDato;
    if (input.sendtDato !== undefined) patch.sendt_dato = input.sendtDato;
    if (input.forfallsdato !== undefined) patch.forfallsdato = input.forfallsdato;
    if (input.offentlighetsvurdertDato !== undefined) patch.offentlighetsvurdert_dato = input.offentlighetsvurdertDato;
    if (input.antallVedlegg !== undefined) patch.antall_vedlegg = input.antallVedlegg;
    if (input.journalenhet !== undefined) patch.journalenhet = input.journalenhet?.trim() || null;
    if (input.administrativEnhetId !== undefined) {
      patch.administrativ_enhet_id = (await resolveEnhet(tx, orgId, input.administrativEnhetId, 'administrativEnhetId')).id;
    }
    if (input.saksbehandlerId !== undefined) {
      patch.saksbehandler_id = (await resolveMedarbeider(tx, orgId, input.saksbehandlerId, 'saksbehandlerId')).id;
    }
    if (input.tilgangskode !== undefined) {
      const code = await resolveTilgangskode(tx, orgId, input.tilgangskode);
      patch.tilgangskode = code?.kode ?? null;
      // A new access code brings its usual legal basis unless one is given with it.
      patch.skjermingshjemmel = code?.skjermingshjemmel ?? null;
    }
    if (input.skjermingshjemmel !== undefined) patch.skjermingshjemmel = input.skjermingshjemmel?.trim() || null;
    if (Object.keys(patch).length === 0) return before;
    const after = await repo.update(tx, orgId, id, patch);
    return after;
  });
}
