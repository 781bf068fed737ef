import { formatJournalpostId, formatSaksnummer } from '../noark/domain/index.js';
import { screenedText } from '../tilgang/domain/screened-fields.js';
import type { WorklistRow } from './arbeidsliste-repository.js';
import { isRed } from './domain/worklists.js';

/**
 * One row of a worklist as its reader may see it: a task's or record's
 * record (or a case), its title in full or its public title (read rule), a
 * task's remark only with full access, the due date and its red flag.
 */
export function presentWorklistRow(r: WorklistRow, today: string) {
  return {
    oppgaveId: r.oppgave_id,
    oppgavetype: r.oppgavetype,
    saksmappeId: r.saksmappe_id,
    saksnummer: formatSaksnummer(r.saksaar, r.sakssekvensnummer),
    saksstatus: r.saksstatus,
    journalpost:
      r.journalpost_id === null
        ? null
        : {
            id: r.journalpost_id,
            journalpostId: formatJournalpostId(r.saksaar, r.sakssekvensnummer, r.journalpostnummer!),
            journalposttype: r.journalposttype!,
            journalstatus: r.journalstatus!,
            journaldato: r.journaldato!,
          },
    tittel: r.tittel,
    tilgangskode: r.tilgangskode,
    fullTilgang: r.full_tilgang,
    merknad: screenedText(r.merknad, r.full_tilgang),
    forelopigSvar: r.forelopig_svar,
    fra: r.fra_navn,
    opprettetDato: r.opprettet_dato,
    frist: r.frist,
    rod: isRed(r.frist, today),
    enhet: r.enhet_navn,
    saksbehandler: r.saksbehandler_navn,
    innsynskravId: r.innsynskrav_id,
  };
}
