import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError, notFound } from '../../shared/errors.js';
import { checkChange } from './change-access.js';
import { screeningRepository as repo, type ScreenedRow, type ScreenedTable } from './screening-repository.js';

export interface SkjermingInput {
  tilgangskode: string | null;
  skjermingshjemmel?: string | null | undefined;
  skjermingMetadata?: string[] | undefined;
  skjermingDokument?: boolean | undefined;
  skjermedeTittelord?: number[] | undefined;
  tilgangsgruppeId?: string | null | undefined;
  /** Years (Noark 5 skjermingsvarighet). */
  skjermingVarighet?: number | null | undefined;
  /** ISO date (Noark 5 skjermingOpphoererDato). */
  skjermingOpphoerer?: string | null | undefined;
}

const WHAT = {
  saksmappe: { nb: 'saksmappen', en: 'case file' },
  journalpost: { nb: 'journalposten', en: 'record' },
  dokumentbeskrivelse: { nb: 'dokumentet', en: 'document' },
};

/**
 * Screens (or opens) a case, record or document: access code from the
 * organisation's list, legal basis (the code's default unless given),
 * screened fields, title words, access group, duration and end date. A case's or record's children
 * that still inherit follow it. Logged as Noark «skjerming».
 * Who may: the change rule's 'skjerming' (the archive, the case owner,
 * leaders of the unit and above).
 */
export async function setSkjerming(ctx: Ctx, table: ScreenedTable, id: string, input: SkjermingInput) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const before = await repo.findScreened(tx, orgId, table, id);
    if (!before) throw notFound(WHAT[table], id);
    await checkChange(ctx, tx, 'skjerming', caseOf(before), recordOf(before));
    const code = input.tilgangskode === null ? null : await repo.findTilgangskode(tx, orgId, input.tilgangskode);
    if (code === undefined) throw fieldError('tilgangskode', 'finnes ikke i organisasjonen', 'is not an access code of the organisation');
    if (input.tilgangsgruppeId && !(await repo.findGruppe(tx, orgId, input.tilgangsgruppeId))) {
      throw fieldError('tilgangsgruppeId', 'finnes ikke', 'does not exist');
    }
    const patch = {
      tilgangskode: code?.kode ?? null,
      skjermingshjemmel: code ? input.skjermingshjemmel?.trim() || code.skjermingshjemmel : null,
      skjerming_metadata: code ? (input.skjermingMetadata ?? []) : [],
      skjerming_dokument: code ? (input.skjermingDokument ?? false) : false,
      skjermede_tittelord: code ? [...new Set(input.skjermedeTittelord ?? [])].sort((a, b) => a - b) : [],
      tilgangsgruppe_id: code ? (input.tilgangsgruppeId ?? null) : null,
      skjerming_varighet: code ? (input.skjermingVarighet ?? null) : null,
      skjerming_opphoerer: code ? (input.skjermingOpphoerer ?? null) : null,
    };
    await repo.updateScreening(tx, orgId, table, id, patch);
    await repo.propagateScreening(tx, orgId, table, id);
    // The database logs every screening field it changed, here and in the children (0009, 0022).
    return id;
  });
}

const caseOf = (r: ScreenedRow) => ({
  id: r.saksmappe_id,
  saksansvarlig_id: r.saksansvarlig_id,
  administrativ_enhet_id: r.sak_enhet_id,
  saksstatus: r.saksstatus,
});

const recordOf = (r: ScreenedRow) =>
  r.journalpost_id === null
    ? undefined
    : {
        saksbehandler_id: r.saksbehandler_id,
        administrativ_enhet_id: r.administrativ_enhet_id,
        journalstatus: r.journalstatus!,
        journalposttype: r.journalposttype!,
      };
