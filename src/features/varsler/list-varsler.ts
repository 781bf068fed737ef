import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import type { Oppgavetype } from '../oppgaver/domain/task-kinds.js';
import { registreringsId } from './domain/varsel-tekst.js';
import { varselRepository as repo } from './varsel-repository.js';

/**
 * The user's own notifications in the active organisation, newest first, a
 * page at a time, with how many are unread. Each names the task's kind, the
 * record's number and who sent it, never a title, so it tells a reader
 * nothing the read rule hides (the record's page does that).
 */
export async function listVarsler(ctx: Ctx, page: PageRequest) {
  const { rows, total } = await inTenant(ctx, (tx) => repo.page(tx, ctx.role.organisasjonId, ctx.actor.brukerId, windowOf(page)));
  return {
    items: rows.map((r) => ({
      id: r.id,
      oppgaveId: r.oppgave_id,
      oppgavetype: r.oppgavetype as Oppgavetype,
      registreringsId: registreringsId(r),
      saksmappeId: r.saksmappe_id,
      journalpostId: r.journalpost_id,
      frist: r.frist,
      fra: r.fra_navn,
      opprettetDato: r.opprettet_dato,
      lest: r.lest_dato !== null,
    })),
    uleste: Number(rows[0]?.uleste ?? 0),
    ...pageInfo(page, total),
  };
}
