import type { FileStore } from '../../files/file-store.js';
import type { SystemCtx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { limitSource } from '../auth/domain/login-limit.js';
import { makePdf } from '../dokumenter/make-pdf.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { archiveSystemCtx } from './archive-system-ctx.js';
import { OrderLimiter } from './domain/order-limit.js';
import { publicOrganisation } from './public-organisation.js';
import { receiveInnsynskrav } from './receive-innsynskrav.js';

export interface InnsynsbestillingInput {
  orgnr: string;
  journalpostIder: readonly string[];
  navn: string;
  epost: string;
  /** The caller's address, for the limit on orders per source. */
  ip: string;
}

const limiter = new OrderLimiter();

/**
 * «Bestill innsyn» on the public journal, without logging in: the records
 * chosen, the requester's name and e-mail. Limited per source
 * (`OrderLimiter`); the order becomes an access request registered by the
 * archive (`receiveInnsynskrav`), and the requester gets a receipt.
 */
export async function orderInnsynskrav(ctx: SystemCtx, files: FileStore, input: InnsynsbestillingInput, orderLimiter = limiter) {
  const wait = orderLimiter.take(limitSource(input.ip), ctx.now().getTime());
  if (wait !== null) {
    throw new DomainError(
      'TOO_MANY_ATTEMPTS',
      {
        nb: `For mange bestillinger fra samme sted. Vent ${wait} sekunder og prøv igjen.`,
        en: `Too many orders from the same place. Wait ${wait} seconds and try again.`,
      },
      [],
      wait,
    );
  }
  const org = await publicOrganisation(ctx, input.orgnr);
  const text = [
    'Innsynskrav fra offentlig journal',
    `Til: ${org.navn} (${org.organisasjonsnummer})`,
    `Bestilt: ${osloDate(ctx.now())}`,
    `Navn: ${input.navn}`,
    `E-post: ${input.epost}`,
    `Journalposter: ${input.journalpostIder.join(', ')}`,
  ].join('\n');
  const kvittering = await receiveInnsynskrav(archiveSystemCtx(ctx, org.id), files, {
    kanal: 'offentlig',
    navn: input.navn,
    epost: input.epost,
    journalpostIder: input.journalpostIder,
    dokument: { filnavn: 'innsynskrav.pdf', tittel: 'Innsynskrav', innhold: await makePdf(text, 'Innsynskrav') },
  });
  return { ...kvittering, organisasjon: org };
}
