import type { Updateable } from 'kysely';
import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import type { JournalpostTable } from '../noark/tables.js';
import { resolveEnhet, resolveMedarbeider } from '../saksmappe/resolve-people.js';
import { assertMayChange } from '../tilgang/change-access.js';
import { resolveTilgangskode } from '../tilgang/resolve-tilgangskode.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { checkDokumentmedium, checkMainDocument, checkRecordDates, type DateField } from './domain/plausibility.js';
import { journalpostRepository as repo, type JournalpostRow } from './journalpost-repository.js';
import { loadForChange } from './load-for-change.js';
import { recordDates } from './record-dates.js';

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
  dokumentmedium?: 'F' | 'E' | 'B' | null | undefined;
  haster?: boolean | undefined;
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
    await checkPlausible(ctx, tx, before, input);
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
    if (input.dokumentmedium !== undefined) patch.dokumentmedium = input.dokumentmedium;
    if (input.haster !== undefined) patch.haster = input.haster;
    if (Object.keys(patch).length === 0) return before;
    const after = await repo.update(tx, orgId, id, patch);
    return after;
  });
}

const DATE_FIELDS: readonly DateField[] = ['mottattDato', 'dokumentetsDato', 'forfallsdato'];

/**
 * The plausibility rules on the record as it will be: the changed dates
 * against the stored ones, and a journalført letter keeps its main document
 * or its paper-only confirmation.
 */
async function checkPlausible(ctx: Ctx, tx: Tx, before: JournalpostRow, input: UpdateJournalpostInput) {
  checkDokumentmedium(ctx.role.rolle, input.dokumentmedium);
  const changed = new Set(DATE_FIELDS.filter((f) => input[f] !== undefined));
  if (changed.size > 0) {
    const stored = recordDates({
      mottattDato: before.mottatt_dato,
      dokumentetsDato: before.dokumentets_dato,
      forfallsdato: before.forfallsdato,
    });
    const wanted = recordDates(input);
    const merged = Object.fromEntries(DATE_FIELDS.map((f) => [f, changed.has(f) ? wanted[f] : stored[f]]));
    checkRecordDates(merged, osloDate(ctx.now()), changed);
  }
  if (input.dokumentmedium === undefined || input.dokumentmedium === before.dokumentmedium) return;
  const hasHoveddokument = (await repo.withHoveddokument(tx, ctx.role.organisasjonId, [before.id])).has(before.id);
  checkMainDocument({
    journalposttype: before.journalposttype,
    til: before.journalstatus,
    hasHoveddokument,
    dokumentmedium: input.dokumentmedium,
  });
}
