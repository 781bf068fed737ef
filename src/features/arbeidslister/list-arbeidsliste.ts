import type { Ctx } from '../../shared/context.js';
import { accessDenied } from '../../shared/errors.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import { isLeader } from '../oppgaver/domain/task-rule.js';
import { arbeidslisteRepository as repo, type ListOwner } from './arbeidsliste-repository.js';
import { presentWorklistRow } from './arbeidsliste-presenter.js';
import { redUpTo, worklistsOf, type Arbeidsliste } from './domain/worklists.js';

export function listOwnerOf(ctx: Ctx, today: string): ListOwner {
  return {
    orgId: ctx.role.organisasjonId,
    brukerId: ctx.actor.brukerId,
    ledetEnhetId: isLeader(ctx.role.rolle) ? ctx.role.administrativEnhetId : null,
    today,
    redUpTo: redUpTo(today),
  };
}

/**
 * A page of one of the active role's worklists, with its total; a list the
 * role does not have is refused. Two statements whatever the list's length:
 * entering the tenant (who reads learnt there) and the page.
 */
export async function listArbeidsliste(ctx: Ctx, liste: Arbeidsliste, page: PageRequest) {
  if (!worklistsOf(ctx.role.rolle).includes(liste)) {
    throw accessDenied({ nb: `Rollen din har ikke arbeidslisten «${liste}».`, en: `Your role has no worklist «${liste}».` });
  }
  const today = osloDate(ctx.now());
  const { rows, total } = await inTenantAsReader(ctx, (tx, reader) =>
    repo.page(tx, liste, listOwnerOf(ctx, today), reader, windowOf(page)),
  );
  return { items: rows.map((r) => presentWorklistRow(r, today)), ...pageInfo(page, total) };
}
