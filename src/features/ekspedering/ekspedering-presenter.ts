import { KANALER, kanalProblem, mottakerOf, proposeKanal } from './domain/kanal.js';
import { formatJournalpostId } from '../noark/domain/numbering.js';
import { SKJERMET } from '../tilgang/domain/screened-fields.js';
import type { getSvarOgEkspedering } from './get-svar-og-ekspedering.js';

type View = Awaited<ReturnType<typeof getSvarOgEkspedering>>;

/**
 * What a reader sees of a record's answers and dispatch: numbers, types,
 * statuses, ways and dates (public, like the journal's write-off columns,
 * krav 5.2.9); a write-off's remark and a recipient's name or error only
 * as the read rule lets the reader read the record and the party.
 */
export function presentSvarOgEkspedering(v: View) {
  const link = (l: View['besvarer'][number]) => ({
    id: l.id,
    registreringsID: formatJournalpostId(l.saksaar, l.sakssekvensnummer, l.journalpostnummer),
    journalposttype: l.journalposttype,
    journalstatus: l.journalstatus,
    svarmaate: l.svarmaate as 'avskriv' | 'forelopig' | 'uten',
  });
  return {
    kanBesvare: v.kanBesvare,
    kanEkspedere: v.kanEkspedere,
    besvarer: v.besvarer.map(link),
    besvartAv: v.besvartAv.map(link),
    avskrivninger: v.avskrivninger.map((a) => ({
      id: a.id,
      avskrivningsmaate: a.avskrivningsmaate,
      avskrivningsdato: a.avskrivningsdato,
      avskrevetAv: a.avskrevet_av,
      referanseAvskrivesAvJournalpost: a.referanse_avskrives_av_journalpost,
      mottaker: a.mottaker === null ? null : v.full ? a.mottaker : SKJERMET,
      merknad: a.merknad === null ? null : v.full ? a.merknad : SKJERMET,
    })),
    ekspedering: v.ekspedering.map((e) => ({
      id: e.id,
      korrespondansepartId: e.korrespondansepart_id,
      mottaker: v.access.get(e.korrespondansepart_id)?.partyVisible ? e.navn : SKJERMET,
      kanal: e.kanal as 'intern' | 'epost' | 'svarut' | 'utskrift',
      status: e.status as 'venter' | 'sendt' | 'feilet',
      ekspedertDato: e.ekspedert_dato,
      sendtDato: e.sendt_dato,
      feilmelding: v.full ? e.feilmelding : e.feilmelding === null ? null : SKJERMET,
    })),
    forslag: v.mottakere.map((m) => {
      const mottaker = mottakerOf(m);
      return {
        korrespondansepartId: m.id,
        korrespondanseparttype: m.korrespondanseparttype,
        mottaker: v.access.get(m.id)?.partyVisible ? m.navn : SKJERMET,
        kanal: proposeKanal(mottaker),
        muligeKanaler: KANALER.filter((k) => kanalProblem(mottaker, k) === null),
      };
    }),
  };
}
