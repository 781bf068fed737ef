import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { groupBy } from '../offentlig-journal/list-offentlig-journal.js';
import { journalHeadXml } from '../offentlig-journal/domain/offentlig-journal-xml.js';
import type { Arkivskaper } from './domain/arkivstruktur-xml.js';
import { ENDRINGSLOGG_END, ENDRINGSLOGG_HEAD, endringXml } from './domain/endringslogg-xml.js';
import { LOEPENDE_JOURNAL_END, LOEPENDE_JOURNAL_ROOT, loependeJournalregistreringXml } from './domain/loepende-journal-xml.js';
import { uttrekkSourceRepository as src, type Periode } from './uttrekk-source-repository.js';

/** Rows read per batch of the journal and of the change log. */
export const ROW_BATCH = 1000;

export interface JournalPlan {
  organisasjonId: string;
  arkivskaper: Arkivskaper;
  arkivdelIder: readonly string[];
  periode: Periode | null;
  /** The first and last journal date of the extraction and its number of journalposter. */
  span: { fra: string; til: string; antall: number };
}

/** loependeJournal.xml as text pieces, in number order, a batch at a time; counts its lines. */
export async function* loependeJournalChunks(ctx: Ctx, plan: JournalPlan, counted: { n: number }): AsyncGenerator<string> {
  const org = plan.organisasjonId;
  yield journalHeadXml(
    { fra: plan.span.fra, til: plan.span.til, antall: plan.span.antall, journalposttyper: [], arkivskaper: plan.arkivskaper },
    LOEPENDE_JOURNAL_ROOT,
  );
  let after: { aar: number; nr: number } | null = null;
  for (;;) {
    const batch = await inTenant(ctx, async (tx) => {
      const linjer = await src.journalBatch(tx, org, plan.arkivdelIder, plan.periode, after, ROW_BATCH);
      const ids = linjer.map((l) => l.id);
      return { linjer, parter: await src.korrespondanseparter(tx, org, ids), avskrivninger: await src.avskrivninger(tx, org, ids) };
    });
    const parterOf = groupBy(batch.parter, (p) => p.journalpost_id);
    const avskrivningOf = groupBy(batch.avskrivninger, (a) => a.journalpost_id);
    counted.n += batch.linjer.length;
    yield batch.linjer.map((l) => loependeJournalregistreringXml(l, parterOf.get(l.id) ?? [], avskrivningOf.get(l.id)?.[0])).join('');
    if (batch.linjer.length < ROW_BATCH) break;
    const last = batch.linjer.at(-1)!;
    after = { aar: last.journalaar!, nr: last.journalsekvensnummer! };
  }
  yield LOEPENDE_JOURNAL_END;
}

/**
 * endringslogg.xml as text pieces, a batch at a time; counts its entries:
 * first the old system's log of imported objects (older than anything done
 * here), then ours, each in log order.
 */
export async function* endringsloggChunks(ctx: Ctx, plan: JournalPlan, counted: { n: number }): AsyncGenerator<string> {
  yield ENDRINGSLOGG_HEAD;
  for (const read of [src.historiskeEndringer, src.endringer]) {
    let afterId = 0;
    for (;;) {
      const rows = await inTenant(ctx, (tx) => read(tx, plan.organisasjonId, plan.arkivdelIder, plan.periode, afterId, ROW_BATCH));
      counted.n += rows.length;
      yield rows.map(endringXml).join('');
      if (rows.length < ROW_BATCH) break;
      afterId = rows.at(-1)!.id;
    }
  }
  yield ENDRINGSLOGG_END;
}

/** Counts the occurrences of `<tag>` in text pieces as they pass (a journal written elsewhere). */
export async function* countingTag(chunks: AsyncIterable<string>, tag: string, counted: { n: number }): AsyncGenerator<string> {
  const open = `<${tag}>`;
  for await (const chunk of chunks) {
    counted.n += chunk.split(open).length - 1;
    yield chunk;
  }
}
