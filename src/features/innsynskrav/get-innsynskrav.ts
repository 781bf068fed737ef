import type { Ctx } from '../../shared/context.js';
import { accessDenied } from '../../shared/errors.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import { mayAnswerRole, mayDecide } from './domain/innsynskrav-rules.js';
import { innsynskravRepository as repo } from './innsynskrav-repository.js';
import { innsynskravNotFound } from './load-innsynskrav.js';
import { pageCount } from './pdf-pages.js';
import { presentInnsynskrav } from './innsynskrav-presenter.js';

/**
 * The decision page of an access request: who asked, when it is due, and
 * each requested record with its decision and its documents (with their
 * page counts, for the redaction tool). For the archive and leaders, and
 * for the case owners it was routed to; the records' titles and documents
 * as the read rule lets the reader see them.
 */
export async function getInnsynskrav(ctx: Ctx, stores: DocumentStores, id: string) {
  const org = ctx.role.organisasjonId;
  const facts = await inTenantAsReader(ctx, async (tx, reader) => {
    const krav = await repo.find(tx, org, id);
    if (!krav) throw innsynskravNotFound(id);
    const deler = await repo.deler(tx, org, id, reader);
    const saksansvarlig = await repo.caseOwner(tx, org, krav.saksmappe_id);
    const own = deler.some((d) => d.saksbehandler_id === ctx.actor.brukerId) || saksansvarlig === ctx.actor.brukerId;
    if (!own && !['ARK', 'LED', 'SF'].includes(ctx.role.rolle)) {
      throw accessDenied({ nb: 'Innsynskravet er ikke fordelt til deg.', en: 'The access request is not routed to you.' });
    }
    const readable = deler.filter((d) => d.full_tilgang).map((d) => d.journalpost_id);
    const dokumenter = await repo.dokumenter(tx, org, readable, reader);
    const nummer = await repo.numbers(tx, org, krav.journalpost_id);
    return { krav, deler, dokumenter, nummer };
  });
  const sider = new Map<string, number | null>();
  for (const d of facts.dokumenter) {
    if (d.p_mime_type !== 'application/pdf' || d.personsensitiv) continue;
    const chunks: Buffer[] = [];
    for await (const c of await stores.plain.open(org, d.p_sjekksum, Number(d.p_filstoerrelse))) chunks.push(c as Buffer);
    sider.set(d.id, await pageCount(Buffer.concat(chunks)).catch(() => null));
  }
  return presentInnsynskrav(facts, {
    today: osloDate(ctx.now()),
    sider,
    mayDecide: (d) => mayDecide(ctx.role.rolle, ctx.actor.brukerId, { saksbehandlerId: d.saksbehandler_id }),
    mayAnswer: mayAnswerRole(ctx.role.rolle),
  });
}
