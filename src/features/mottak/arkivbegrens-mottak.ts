import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { resolveMedarbeider } from '../saksmappe/resolve-people.js';
import { arkivbegrensningRepository as grunner } from './arkivbegrensning-repository.js';
import { mottakRepository as repo } from './mottak-repository.js';
import { requireArchive } from './receive-scans.js';
import { openUnhandled } from './register-from-mottak.js';
import { enqueueMail } from '../../mail/outgoing/mail-job.js';
import { forwardingMail } from './domain/forwarding-mail.js';

export interface ArkivbegrensningInput {
  /** One of the organisation's active reasons. */
  grunnId: string;
  /** Whom the post is forwarded to: they can then open it in the app. */
  adressatBrukerId?: string | null | undefined;
  kommentar?: string | null | undefined;
  /** Also send the post to the addressee's e-mail address (default: when they have one). */
  epost?: boolean | undefined;
}

/**
 * Arkivbegrensning (seed 001, fase 1; forskrift om offentlege arkiv § 3-1):
 * post that is neither case work nor documentation is kept out of the
 * archive with a reason from the organisation's list and forwarded to its
 * addressee, who can open it in the app («Videresendt til meg»). The item
 * stays in the queue's history, the decision logged with who, when and why.
 * The post also goes to the addressee's e-mail address, with its files,
 * through the outgoing mailer's job queued in the same transaction.
 */
export async function arkivbegrensMottak(ctx: Ctx, mottakId: string, input: ArkivbegrensningInput) {
  requireArchive(ctx, { nb: 'holde post utenfor arkivet', en: 'keep post out of the archive' });
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const item = await openUnhandled(tx, org, mottakId);
    const grunn = await grunner.find(tx, org, input.grunnId);
    if (!grunn?.aktiv)
      throw fieldError('grunnId', 'er ikke en aktiv grunn i organisasjonens liste', "is not an active reason of the organisation's list");
    const adressat = input.adressatBrukerId ? await resolveMedarbeider(tx, org, input.adressatBrukerId, 'adressatBrukerId') : null;
    const mottak = await repo.markArkivbegrenset(tx, org, item.id, {
      grunn: grunn.navn,
      adressatBrukerId: adressat?.id ?? null,
      by: ctx.actor.brukerId,
    });
    const kommentar = input.kommentar?.replace(/\s+/g, ' ').trim().slice(0, 1000);
    const detaljer = [grunn.navn, adressat ? `videresendt til ${adressat.navn}` : null, kommentar || null].filter(Boolean).join('; ');
    const epost = adressat && input.epost !== false ? await repo.epostOf(tx, adressat.id) : null;
    await repo.log(tx, org, item.id, 'arkivbegrenset', epost ? `${detaljer}; sendt på e-post til ${epost}` : detaljer);
    if (epost)
      await enqueueMail(
        tx,
        org,
        forwardingMail(mottak, grunn.navn, epost, kommentar, await repo.files(tx, org, item.id)),
        `mottak:${item.id}`,
      );
    return mottak;
  });
}
