import { Readable } from 'node:stream';
import type { Ctx } from '../../shared/context.js';
import { accessDenied, fieldError } from '../../shared/errors.js';
import { inTenant } from '../../db/tenant.js';
import { insertDokument } from '../dokumenter/add-dokument.js';
import { checkDokumentFields } from '../dokumenter/domain/dokument-fields.js';
import { discardUnlessCatalogued } from '../dokumenter/file-object.js';
import { storeUpload, type StoredUpload } from '../dokumenter/upload.js';
import { registerJournalpost } from '../journalpost/register-journalpost.js';
import { oppgaveRepository } from '../oppgaver/oppgave-repository.js';
import { createSaksmappe } from '../saksmappe/create-saksmappe.js';
import { addDays, osloDate } from '../saksmappe/oslo-calendar.js';
import type { DocumentStores } from '../sikker-sone/document-stores.js';
import type { Reader } from '../tilgang/domain/read-rule.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import { backlogQuery, presentBacklogRow } from './backlog.js';
import { KVARTAL_UTELAT_UKER, quarterOf } from './domain/report-scope.js';
import { EXPORT_CAP, renderReport } from './export-rapport.js';
import { rapportRepository as repo } from './rapport-repository.js';

/** The most units one run sends to (far above a municipality's). */
const UNIT_CAP = 500;
/** Seed 001: «Restanselisten sendes elektronisk til enhetsleder med svarfrist» — three weeks, as incoming post. */
export const KVARTAL_SVARFRIST_DAGER = 21;
/** The archive's own case for the lists, one a year, classed «Arkiv og dokumentforvaltning». */
const KLASSE = '020';
const NOBODY = '00000000-0000-0000-0000-000000000000';

export interface KvartalInput {
  utelatUker?: number | undefined;
  /** The case the lists are stored in; default the year's «Restanselister <år>», made on first run. */
  saksmappeId?: string | undefined;
}

/**
 * The archive's quarterly backlog run (seed 001, «Rutine for
 * restanseoppfølging»: produced quarterly without the last three weeks,
 * archived, sent to each unit leader with a deadline). For every unit with a
 * backlog: a PDF of its list, stored as an X note journalført in the archive's
 * case, and a copy to the unit (its leaders' «Kopier», notified) with the
 * deadline. Each unit's list shows titles as the unit's leaders read them
 * (the read rule as a leader of that unit), since they read the document.
 * All notes, documents and copies are made in one transaction.
 */
export async function kjorKvartalsrestanse(ctx: Ctx, stores: DocumentStores, input: KvartalInput = {}) {
  if (ctx.role.rolle !== 'ARK') {
    throw accessDenied({
      nb: 'Bare arkivet kjører den kvartalsvise restanselisten.',
      en: 'Only the archive runs the quarterly backlog list.',
    });
  }
  const utelatUker = input.utelatUker ?? KVARTAL_UTELAT_UKER;
  if (!Number.isInteger(utelatUker) || utelatUker < 0 || utelatUker > 52) {
    throw fieldError('utelatUker', 'må være et helt tall fra 0 til 52', 'must be a whole number from 0 to 52');
  }
  const orgId = ctx.role.organisasjonId;
  const today = osloDate(ctx.now());
  const kvartal = quarterOf(today);
  const scope = { kind: 'organisasjon', enhetId: null, saksbehandlerId: null } as const;
  const lists = await inTenantAsReader(ctx, async (tx) => {
    const all = backlogQuery(ctx, 'restanseliste', scope, { utelatUker }, today);
    const units = await repo.unitsWithBacklog(tx, all, UNIT_CAP);
    const out = [];
    for (const u of units) {
      const q = { ...all, scope: { kind: 'enheter', enheter: [u.enhet_id], saksbehandlerId: null } as const };
      const leader: Reader = { brukerId: NOBODY, rolle: 'LED', ledetEnheter: [u.enhet_id], tilgangsgrupper: [] };
      const page = await repo.page(tx, q, leader, { limit: EXPORT_CAP + 1, offset: 0 });
      out.push({ unit: u, q, rows: page.rows.map((r) => presentBacklogRow(r, today)) });
    }
    return out;
  });
  const files = stores.plain;
  const stored: { list: (typeof lists)[number]; tittel: string; file: StoredUpload }[] = [];
  try {
    for (const list of lists) {
      const tittel = `Restanseliste ${kvartal} – ${list.unit.enhet_navn}`;
      const body = await renderReport(tittel, list.q, list.rows, 'pdf', today);
      const filnavn = `restanseliste-${kvartal.replace(' ', '-')}-${list.unit.enhet_navn}.pdf`.replace(/[^\p{L}\p{N}.-]+/gu, '-');
      stored.push({
        list,
        tittel,
        file: await storeUpload(files, orgId, { stream: Readable.from([body]), filnavn, mimeType: 'application/pdf' }),
      });
    }
    return await inTenant(ctx, async (tx) => {
      const saksmappeId =
        input.saksmappeId ??
        (await repo.archiveCase(tx, orgId, `Restanselister ${today.slice(0, 4)}`)) ??
        (await createSaksmappe(ctx, { tittel: `Restanselister ${today.slice(0, 4)}`, primaerKlasse: { verdi: KLASSE } }, tx)).id;
      const frist = addDays(today, KVARTAL_SVARFRIST_DAGER);
      const sendt = [];
      for (const s of stored) {
        const record = await registerJournalpost(ctx, saksmappeId, { journalposttype: 'X', tittel: s.tittel, journalstatus: 'J' }, tx);
        const fields = checkDokumentFields({ tittel: s.tittel, dokumenttype: 'RA', dokumentstatus: 'F' }, true);
        await insertDokument(ctx, tx, record.id, fields, s.file);
        await oppgaveRepository.create(
          tx,
          orgId,
          ctx.actor.brukerId,
          [
            {
              oppgavetype: 'kopi',
              mottakerBrukerId: null,
              mottakerEnhetId: s.list.unit.enhet_id,
              saksmappeId,
              journalpostId: record.id,
              frist,
              merknad: `Restanseliste ${kvartal}: ${s.list.rows.length} restanser. Sørg for at det som er besvart blir avskrevet innen fristen.`,
            },
          ],
          today,
        );
        sendt.push({
          enhet: { id: s.list.unit.enhet_id, navn: s.list.unit.enhet_navn },
          journalpostId: record.id,
          antall: s.list.rows.length,
        });
      }
      return { saksmappeId, kvartal, frist, journaldatoTil: lists[0]?.q.journaldatoTil ?? null, enheter: sendt };
    });
  } catch (error) {
    for (const s of stored) await discardUnlessCatalogued(ctx, files, s.file);
    throw error;
  }
}
