import type { FileStore } from '../../files/file-store.js';
import type { Ctx } from '../../shared/context.js';
import { requireRole } from '../../shared/authorize.js';
import { fieldError } from '../../shared/errors.js';
import { inTenant } from '../../db/tenant.js';
import { OrderXmlError, parseEInnsynOrder } from './domain/order-xml.js';
import { receiveInnsynskrav } from './receive-innsynskrav.js';
import { innsynskravRepository as repo } from './innsynskrav-repository.js';

/**
 * An order from eInnsyn (the innsynskrav message's `order.xml`, v1 or v2;
 * ../shared/ecosystem/einnsyn/) becomes an access request like the public
 * page's: the records by our id when eInnsyn carries it (`systemId`, which
 * we publish as the record's id), else by case number and
 * record number; the order kept as the incoming record's document; the same
 * order id again is the same request. For the archive (an integration user
 * in the archive role fetching eFormidling's messages).
 */
export async function importEInnsynOrder(ctx: Ctx, files: FileStore, xml: string) {
  requireRole(ctx, ['ARK'], { nb: 'ta imot innsynskrav fra eInnsyn', en: 'receive access requests from eInnsyn' });
  let order;
  try {
    order = parseEInnsynOrder(xml);
  } catch (error) {
    if (!(error instanceof OrderXmlError)) throw error;
    throw fieldError('bestilling', `er ikke en eInnsyn-bestilling: ${error.message}`, `is not an eInnsyn order: ${error.message}`);
  }
  const org = await inTenant(ctx, (tx) => repo.organisationNumber(tx, ctx.role.organisasjonId));
  if (order.orgnr && order.orgnr.replace(/\s+/g, '') !== org) {
    throw fieldError('bestilling', `er til en annen organisasjon (${order.orgnr})`, `is for another organisation (${order.orgnr})`);
  }
  const journalpostIder: string[] = [];
  const nummer: { saksaar: number; sakssekvensnummer: number; journalpostnummer: number }[] = [];
  for (const d of order.dokumenter) {
    if (d.journalpostId) journalpostIder.push(d.journalpostId);
    else if (d.saksaar && d.sakssekvensnummer && d.journalpostnummer)
      nummer.push({ saksaar: d.saksaar, sakssekvensnummer: d.sakssekvensnummer, journalpostnummer: d.journalpostnummer });
    else
      throw fieldError(
        'bestilling',
        `dokumentet ${d.referanse} mangler saksnummer og dokumentnummer`,
        `document ${d.referanse} lacks case and document numbers`,
      );
  }
  return receiveInnsynskrav(ctx, files, {
    kanal: 'einnsyn',
    navn: order.navn,
    epost: order.epost,
    journalpostIder,
    nummer,
    eksternId: order.id,
    dokument: { filnavn: 'order.xml', tittel: 'Innsynskrav fra eInnsyn', innhold: Buffer.from(xml, 'utf8') },
  });
}
