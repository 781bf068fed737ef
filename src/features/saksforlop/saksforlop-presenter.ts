import { z } from 'zod';
import { PageInfoBody, pageQuery } from '../../shared/paging.js';
import { formatJournalpostId } from '../noark/domain/numbering.js';
import type { AccessDecision } from '../tilgang/access-targets.js';
import { publicTitle } from '../tilgang/domain/public-title.js';
import { describeHendelse, HENDELSER } from './domain/hendelse.js';
import type { HendelseRow } from './saksforlop-repository.js';
import type { SaksforlopPage } from './list-saksforlop.js';

export const SaksforlopPaging = pageQuery(100, 500);
export const SaksforlopQuery = z.strictObject(SaksforlopPaging);

const HendelseBody = z.object({
  tidspunkt: z.date(),
  hendelse: z.enum(HENDELSER),
  /** Who did it (the change log's actor, or the row's author). */
  hvem: z.string().nullable(),
  /** What happened, in words. */
  tekst: z.object({ nb: z.string(), en: z.string() }),
  /** The status, write-off code, channel or flow status the event names. */
  kode: z.string().nullable(),
  /** The record it concerns, as the reader may see it: a record they may not read shows its public title. */
  journalpost: z.object({ id: z.uuid(), journalpostId: z.string(), journalposttype: z.string(), tittel: z.string() }).nullable(),
});

export const SaksforlopBody = z.object({ items: z.array(HendelseBody), ...PageInfoBody.shape });

/**
 * The timeline as the reader may see it (the read rule, as on the case
 * page): a record they may not read shows its public title, and neither
 * its remarks (a return comment, a write-off's remark) nor its recipients'
 * names; a correspondence party marked skjermet shows to those who would
 * read the record were it screened.
 */
export function presentSaksforlop(p: SaksforlopPage): z.infer<typeof SaksforlopBody> {
  const { saksmappe: s, items, access, ...info } = p;
  return {
    items: items.map((r) => {
      const record = r.journalpost_id ? access.get(r.journalpost_id) : undefined;
      const full = record?.full ?? false;
      const nummer = r.journalpostnummer === null ? null : formatJournalpostId(s.saksaar, s.sakssekvensnummer, r.journalpostnummer);
      const fakta = {
        hendelse: r.hendelse,
        kode: r.kode,
        kode2: r.kode2,
        nummer,
        svarNummer: r.svar_nummer,
        dokumentnummer: r.dokumentnummer,
        partNavn: partVisible(r, access) ? r.part_navn : null,
        personNavn: r.person_navn,
        merknad: full ? r.merknad : null,
      };
      return {
        tidspunkt: r.tidspunkt,
        hendelse: r.hendelse,
        hvem: r.hvem,
        tekst: describeHendelse(fakta),
        kode: r.kode,
        journalpost:
          r.journalpost_id && nummer !== null
            ? { id: r.journalpost_id, journalpostId: nummer, journalposttype: r.journalposttype ?? '', tittel: titleFor(r, full) }
            : null,
      };
    }),
    ...info,
  };
}

function partVisible(r: HendelseRow, access: Map<string, AccessDecision>): boolean {
  return r.part_id !== null && (access.get(r.part_id)?.partyVisible ?? false);
}

function titleFor(r: HendelseRow, full: boolean): string {
  const tittel = r.tittel ?? '';
  if (full) return tittel;
  return publicTitle(
    { tittel, offentligTittel: r.offentlig_tittel, tilgangskode: r.tilgangskode, skjermedeTittelord: r.skjermede_tittelord ?? [] },
    'journalpost',
  );
}
