import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import { formatJournalpostId, formatSaksnummer } from '../noark/domain/numbering.js';
import { approvedFormats } from './domain/arkivformat.js';
import type { FormatUtvalg } from './domain/format-utvalg.js';
import { arkivformatRepository as repo } from './arkivformat-repository.js';
import { formatRapportPage } from './format-rapport-repository.js';

/**
 * The format report (krav 2.7.13) and the searches for documents kept in
 * several versions, variants or production formats (2.7.15, 2.7.19, 2.7.23):
 * the archive's, which reads every document in full.
 */
export async function listFormatRapport(ctx: Ctx, utvalg: FormatUtvalg, page: PageRequest) {
  requireRole(ctx, ['ARK'], { nb: 'se formatrapporten', en: 'see the format report' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const approved = [...approvedFormats(await repo.approved(tx, orgId))];
    const { rows, total } = await formatRapportPage(tx, orgId, utvalg, approved, windowOf(page));
    return {
      items: rows.map((r) => ({
        id: r.id,
        tittel: r.tittel,
        dokumentnummer: r.dokumentnummer,
        dokumentstatus: r.dokumentstatus,
        arkivformatUnntak: r.arkivformat_unntak,
        journalpost: { id: r.journalpost_id, journalpostId: formatJournalpostId(r.saksaar, r.sakssekvensnummer, r.journalpostnummer) },
        saksmappe: { id: r.saksmappe_id, saksnummer: formatSaksnummer(r.saksaar, r.sakssekvensnummer) },
        versjoner: r.versjoner,
        nyesteVersjon: r.nyeste.map((o) => ({ variantformat: o.variantformat, format: o.format, godkjent: approved.includes(o.format) })),
      })),
      ...pageInfo(page, total),
      utvalg,
    };
  });
}
