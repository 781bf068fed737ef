import { inTenant } from '../../db/tenant.js';
import type { SystemCtx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { formatJournalpostId } from '../noark/domain/index.js';
import { archiveSystemCtx } from './archive-system-ctx.js';
import { innsynskravRepository as repo } from './innsynskrav-repository.js';
import { publicOrganisation } from './public-organisation.js';
import { kvitteringHash } from './receive-innsynskrav.js';

/**
 * The requester's receipt, without logging in: whoever holds the token
 * sees when the request arrived, when it is due, the records asked for by
 * their public titles (what the public journal shows) and, once answered,
 * each decision. Neither the requester's name nor e-mail is shown.
 */
export async function getKvittering(ctx: SystemCtx, orgnr: string, token: string) {
  const org = await publicOrganisation(ctx, orgnr);
  const tenant = archiveSystemCtx(ctx, org.id);
  const found = await inTenant(tenant, async (tx) => {
    const krav = await repo.findByKvittering(tx, org.id, kvitteringHash(token));
    if (!krav) return null;
    const deler = await repo.deler(tx, org.id, krav.id, null);
    const nummer = await repo.numbers(tx, org.id, krav.journalpost_id);
    return { krav, deler, nummer };
  });
  if (!found) throw notFound({ nb: 'kvitteringen', en: 'the receipt' });
  const { krav, deler, nummer } = found;
  const besvart = krav.besvart_dato !== null;
  return {
    organisasjon: org.navn,
    mottattDato: krav.mottatt_dato,
    frist: krav.frist,
    besvart,
    besvartDato: krav.besvart_dato,
    referanse: formatJournalpostId(nummer.saksaar, nummer.sakssekvensnummer, nummer.journalpostnummer),
    journalposter: deler.map((d) => ({
      journalpostId: formatJournalpostId(d.saksaar, d.sakssekvensnummer, d.journalpostnummer),
      offentligTittel: d.offentlig_tittel,
      avgjoerelse: besvart ? (d.avgjoerelse as 'innsyn' | 'delvis' | 'avslag' | null) : null,
    })),
  };
}
