import { inTenant, type Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, fieldError, notFound } from '../../shared/errors.js';
import { decideAccess } from './access-targets.js';
import { screeningRepository as repo, type ScreenedTable } from './screening-repository.js';

export interface SkjermingInput {
  tilgangskode: string | null;
  skjermingshjemmel?: string | null | undefined;
  skjermingMetadata?: string[] | undefined;
  skjermingDokument?: boolean | undefined;
  skjermedeTittelord?: number[] | undefined;
  tilgangsgruppeId?: string | null | undefined;
}

const WHAT = {
  saksmappe: { nb: 'saksmappen', en: 'case file' },
  journalpost: { nb: 'journalposten', en: 'record' },
  dokumentbeskrivelse: { nb: 'dokumentet', en: 'document' },
};

/**
 * Screens (or opens) a case, record or document: access code from the
 * organisation's list, legal basis (the code's default unless given),
 * screened fields, title words, access group. A case's or record's children
 * that still inherit follow it. Logged as Noark «skjerming».
 * Who may: the archive, the case owner, leaders of the unit with full access.
 * TODO(acc-change): ask mayChange(…, 'skjerming') from the change rule once it is on main.
 */
export async function setSkjerming(ctx: Ctx, table: ScreenedTable, id: string, input: SkjermingInput) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const before = await repo.findScreened(tx, orgId, table, id);
    if (!before) throw notFound(WHAT[table], id);
    await checkMaySetScreening(ctx, tx, id, before.saksansvarlig_id);
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
    };
    await repo.updateScreening(tx, orgId, table, id, patch);
    await repo.propagateScreening(tx, orgId, table, id);
    // The database logs the access code and legal basis (0009).
    return id;
  });
}

const LEADERS = new Set(['LED', 'SF']);

async function checkMaySetScreening(ctx: Ctx, tx: Tx, id: string, saksansvarligId: string): Promise<void> {
  const rolle = ctx.role.rolle;
  if (rolle === 'ARK' || ctx.actor.brukerId === saksansvarligId) return;
  if (LEADERS.has(rolle) && (await decideAccess(tx, ctx, [id])).get(id)?.full) return;
  throw accessDenied({
    nb: 'Bare arkivet, saksansvarlig og ledere i enheten kan endre skjermingen.',
    en: 'Only the archive, the case owner and leaders of the unit may change the screening.',
  });
}
