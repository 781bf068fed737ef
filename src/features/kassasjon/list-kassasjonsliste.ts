import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import type { Kassasjonsvedtak } from './domain/kassasjon.js';
import { requireArchive } from './kassasjon-access.js';
import { kassasjonRepository as repo } from './kassasjon-repository.js';
import { presentDueRow } from './kassasjon-presenter.js';

export interface KassasjonslisteInput {
  kassasjonsdatoFra?: string | undefined;
  /** Default: today (what is due now). */
  kassasjonsdatoTil?: string | undefined;
  /** Default: K (what is to be disposed of); G lists what is due for review. */
  kassasjonsvedtak?: Kassasjonsvedtak | undefined;
  administrativEnhetId?: string | undefined;
  journalenhet?: string | undefined;
  arkivdelId?: string | undefined;
}

/**
 * The Kassasjonsliste (krav 6.1.28, 6.1.29): closed cases not yet disposed
 * of whose decision (own or inherited) and disposal date match, a page at a
 * time, each with whether it can be disposed of now (no legal hold, in a
 * finished extraction). Titles by the read rule.
 */
export async function listKassasjonsliste(ctx: Ctx, input: KassasjonslisteInput, page: PageRequest) {
  requireArchive(ctx, { nb: 'se kassasjonslisten', en: 'see the disposal list' });
  const today = osloDate(ctx.now());
  const filter = {
    orgId: ctx.role.organisasjonId,
    today,
    kassasjonsdatoFra: input.kassasjonsdatoFra ?? null,
    kassasjonsdatoTil: input.kassasjonsdatoTil ?? today,
    kassasjonsvedtak: input.kassasjonsvedtak ?? 'K',
    administrativEnhetId: input.administrativEnhetId ?? null,
    journalenhet: input.journalenhet ?? null,
    arkivdelId: input.arkivdelId ?? null,
  };
  return inTenantAsReader(ctx, async (tx, reader) => {
    const { rows, total } = await repo.duePage(tx, filter, reader, windowOf(page));
    return { items: rows.map(presentDueRow), ...pageInfo(page, total), dato: today };
  });
}
