import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { formatJournalpostId, type Saksstatus } from '../noark/domain/index.js';
import { collectFacts } from '../rutiner/collect-facts.js';
import { openActivities } from '../rutiner/domain/routine.js';
import { STANDARD_ROUTINE } from '../rutiner/domain/standard-routine.js';
import { inTenantAsReader } from '../tilgang/reader.js';
import { avslutningRepository as avslutning } from './avslutning-repository.js';
import { saksmappeRepository as repo } from './saksmappe-repository.js';

/** The outstanding records shown at most (a case with more is far from closing; the count says how far). */
export const SHOWN_OUTSTANDING = 100;

/**
 * The closing check of a case (issue 14 item 8): which of its I and N
 * records still await a write-off (each titled by the read rule), how many
 * records are not yet journalført, and which closing steps the reader may
 * take now: the routine's activities of the group `avslutning` open to
 * them, in the routine's words (the engine runs them). The case worker sees what stands in
 * the way of «Ønskes avsluttet»; the archive what it checks before closing.
 */
export async function getAvslutning(ctx: Ctx, id: string) {
  const orgId = ctx.role.organisasjonId;
  return inTenantAsReader(ctx, async (tx, reader) => {
    const sak = await repo.find(tx, orgId, id);
    if (!sak) throw notFound({ nb: 'saksmappen', en: 'case file' }, id);
    const open = await avslutning.awaiting(tx, orgId, id, reader, SHOWN_OUTSTANDING);
    const { facts } = await collectFacts(ctx, tx, 'saksmappe', id, sak);
    const steps = openActivities(STANDARD_ROUTINE, 'saksmappe', facts).filter((a) => a.gruppe === 'avslutning');
    return {
      saksstatus: sak.saksstatus,
      ikkeAvskrevet: {
        items: open.rows.map((r) => ({
          id: r.id,
          journalpostId: formatJournalpostId(sak.saksaar, sak.sakssekvensnummer, r.journalpostnummer),
          journalposttype: r.journalposttype,
          journalstatus: r.journalstatus,
          journaldato: r.journaldato,
          forfallsdato: r.forfallsdato,
          tittel: r.tittel,
          saksbehandler: r.saksbehandler_navn,
        })),
        total: open.total,
      },
      ikkeFerdige: open.ikkeFerdige,
      steg: steps.map((a) => {
        const saksstatus = a.parametre!.til as Saksstatus;
        // A step whose condition fails is still shown, disabled, with the reason above it.
        const mulig = saksstatus === 'S' ? open.total === 0 : saksstatus === 'A' ? open.ikkeFerdige === 0 : true;
        return { aktivitet: a.id, navn: a.navn, saksstatus, mulig };
      }),
    };
  });
}
