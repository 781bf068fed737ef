import { oppgaveRepository as tasks } from '../oppgaver/oppgave-repository.js';
import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { besvarelseRepository as answers } from '../besvarelse/besvarelse-repository.js';
import { mayAnswer } from '../besvarelse/domain/besvar-rules.js';
import { journalpostRepository as records } from '../journalpost/journalpost-repository.js';
import { allowedNextStatuses, type Journalposttype } from '../noark/domain/index.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { decideAccess } from '../tilgang/access-targets.js';
import { changeActorOf, loadChangeTargets } from '../tilgang/change-access.js';
import { mayChange } from '../tilgang/domain/change-rule.js';
import { ekspederingRepository as repo, MAX_MOTTAKERE } from './ekspedering-repository.js';

/**
 * A record's answers and dispatch, for its page: the records it answers and
 * is answered by, its write-offs, and its dispatch per recipient; with the
 * read rule's decision on the record and on each recipient's name (one
 * batch); before dispatch, its recipients with the channel proposed for
 * each; and whether the reader may answer it and dispatch it now (the
 * buttons). A fixed number of statements, whatever the counts.
 */
export async function getSvarOgEkspedering(ctx: Ctx, id: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const record = await records.find(tx, orgId, id);
    if (!record) throw notFound({ nb: 'journalposten', en: 'record' }, id);
    const target = (await loadChangeTargets(tx, orgId, (await cases.find(tx, orgId, record.saksmappe_id))!)).journalpost(record);
    const actor = changeActorOf(ctx);
    const remarks = mayChange(actor, target, 'merknad');
    const holds = await tasks.holdsAnswerTask(tx, orgId, id, ctx.actor.brukerId);
    const stateRefused = !remarks.allowed && remarks.code !== 'ACCESS_DENIED';
    const kanBesvare =
      ['I', 'N', 'X'].includes(record.journalposttype) &&
      record.journalstatus !== 'U' &&
      !stateRefused &&
      mayAnswer({ mayWriteRemarks: remarks.allowed, holdsAnswerTask: holds });
    const kanEkspedere =
      record.journalstatus === 'F' &&
      allowedNextStatuses('journalpost', record.journalposttype as Journalposttype, 'F', ctx.role.rolle).includes('E') &&
      mayChange(actor, target, 'status').allowed;
    const links = await answers.linksOf(tx, orgId, id);
    const ekspedering = await repo.ofRecord(tx, orgId, id);
    // Before dispatch, the recipients with the channel each would get: the «Ekspeder» dialog's proposal.
    const mottakere = ekspedering.length === 0 ? (await repo.recipients(tx, orgId, id)).slice(0, MAX_MOTTAKERE) : [];
    const partyIds = [...ekspedering.map((e) => e.korrespondansepart_id), ...mottakere.map((m) => m.id)];
    const access = await decideAccess(tx, ctx, [id, ...partyIds]);
    return { ...links, ekspedering, mottakere, access, full: access.get(id)?.full ?? false, kanBesvare, kanEkspedere };
  });
}
