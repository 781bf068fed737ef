import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageInfo, type PageRequest } from '../../shared/paging.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { basketScope } from './domain/decide-rule.js';
import { isOverdue, lastOverdueSperretDato, xxDeadline } from './domain/deadline.js';
import { midlertidigSperretRepository as repo } from './midlertidig-sperret-repository.js';

export interface SperretItem {
  id: string;
  saksmappeId: string;
  journalpostId: string;
  journalposttype: string;
  tittel: string;
  offentligTittel: string | null;
  journaldato: string;
  sperretDato: string;
  frist: string;
  forfalt: boolean;
  enhet: { id: string; navn: string } | null;
  saksbehandler: string | null;
}

/**
 * «Midlertidig sperret»: a page of the records blocked XX waiting for a
 * decision, oldest first, with their deadline (3 working days) and the
 * total. A leader or deputy sees the unit's; the archive sees all, or with
 * `forfalt` only those past their deadline.
 */
export async function listMidlertidigSperret(
  ctx: Ctx,
  input: { forfalt?: boolean | undefined } = {},
  page: PageRequest = { side: 1, perSide: 100 },
): Promise<PageInfo & { items: SperretItem[] }> {
  const scope = basketScope({ rolle: ctx.role.rolle, enhetId: ctx.role.administrativEnhetId });
  const today = osloDate(ctx.now());
  const filter = {
    enhetId: 'enhetId' in scope ? scope.enhetId : undefined,
    sperretTil: input.forfalt ? lastOverdueSperretDato(today) : undefined,
  };
  const { rows, total } = await inTenant(ctx, (tx) => repo.page(tx, ctx.role.organisasjonId, filter, windowOf(page)));
  const items = rows.map((r): SperretItem => {
    const sperretDato = r.midlertidig_sperret_dato!;
    return {
      id: r.id,
      saksmappeId: r.saksmappeId,
      journalpostId: `${r.saksaar}/${r.sakssekvensnummer}-${r.journalpostnummer}`,
      journalposttype: r.journalposttype,
      tittel: r.tittel,
      offentligTittel: r.offentlig_tittel,
      journaldato: r.journaldato,
      sperretDato,
      frist: xxDeadline(sperretDato),
      forfalt: isOverdue(sperretDato, today),
      enhet: r.enhetId && r.enhetNavn ? { id: r.enhetId, navn: r.enhetNavn } : null,
      saksbehandler: r.saksbehandlerNavn,
    };
  });
  return { items, ...pageInfo(page, total) };
}
