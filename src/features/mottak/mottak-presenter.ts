import { z } from 'zod';
import type { Message } from '../../shared/errors.js';
import { formatJournalpostId, journalpostIdsIn } from '../noark/domain/index.js';
import { stripPrefixes } from './domain/subject.js';
import type { MottakFilRow, MottakRow } from './mottak-repository.js';

const MessageBody = z.object({ nb: z.string(), en: z.string() });

export const MottakSummaryBody = z.object({
  id: z.uuid(),
  organisasjonId: z.uuid(),
  kanal: z.enum(['skanning', 'epost', 'api']),
  status: z.enum(['ny', 'uleselig', 'registrert', 'arkivbegrenset']),
  tittel: z.string().describe('Emnet eller tittelen slik posten kom'),
  tittelUklar: z
    .boolean()
    .describe('Tittelen sier ikke hva posten gjelder («SV: RE:», tom, skannet filnavn): skriv en meningsbærende tittel'),
  foreslaattTittel: z.string().describe('Tittelen uten «SV:», «RE:», «Fwd:»'),
  avsender: z.object({ navn: z.string().nullable(), epost: z.string().nullable() }).nullable().describe('Forslag til avsender (EA)'),
  adressat: z.string().nullable(),
  mottattDato: z.iso.datetime({ offset: true }),
  sendtDato: z.iso.datetime({ offset: true }).nullable(),
  kilde: z.string().nullable(),
  merknader: z.array(MessageBody),
  antallFiler: z.int(),
  journalpostId: z.uuid().nullable(),
  arkivbegrensningGrunn: z.string().nullable(),
  behandletDato: z.iso.datetime({ offset: true }).nullable(),
});

export const MottakFilBody = z.object({
  id: z.uuid(),
  nummer: z.int().describe('1 er hoveddokumentet, resten vedlegg'),
  tittel: z.string(),
  filnavn: z.string(),
  mimeType: z.string(),
  format: z.string(),
  formatDetaljer: z.string().nullable(),
  filstoerrelse: z.int(),
});

export const MottakBody = MottakSummaryBody.extend({
  messageId: z.string().nullable(),
  nevnteJournalposter: z
    .array(z.string())
    .describe('Journalpostnumre tittelen nevner (som 2026/12-3): forslag når posten er et innsynskrav'),
  original: z
    .object({ filnavn: z.string().nullable() })
    .nullable()
    .describe('Originalen slik den kom (e-posten, hele skanningen): GET …/original'),
  filer: z.array(MottakFilBody),
  hendelser: z.array(
    z.object({ hendelse: z.string(), detaljer: z.string().nullable(), utfortAv: z.string(), utfortDato: z.iso.datetime({ offset: true }) }),
  ),
});

export const ReceivedBody = z.object({
  items: z.array(
    z.object({ duplikat: z.boolean().describe('Posten var mottatt før: ingenting nytt ble laget'), mottak: MottakSummaryBody }),
  ),
});

type Row = MottakRow & { antall_filer?: number | string | null };

export function presentSummary(r: Row): z.infer<typeof MottakSummaryBody> {
  return {
    id: r.id,
    organisasjonId: r.organisasjon_id,
    kanal: r.kanal,
    status: r.status,
    tittel: r.tittel,
    tittelUklar: r.tittel_uklar,
    foreslaattTittel: stripPrefixes(r.tittel),
    avsender: r.avsender_navn || r.avsender_epost ? { navn: r.avsender_navn, epost: r.avsender_epost } : null,
    adressat: r.adressat,
    mottattDato: r.mottatt_dato.toISOString(),
    sendtDato: r.sendt_dato?.toISOString() ?? null,
    kilde: r.kilde,
    merknader: r.merknader as Message[],
    antallFiler: Number(r.antall_filer ?? 0),
    journalpostId: r.journalpost_id,
    arkivbegrensningGrunn: r.arkivbegrensning_grunn,
    behandletDato: r.behandlet_dato?.toISOString() ?? null,
  };
}

export interface MottakView {
  mottak: MottakRow;
  filer: MottakFilRow[];
  hendelser: { hendelse: string; detaljer: string | null; utfort_av_navn: string; utfort_dato: Date }[];
}

export function presentMottak(v: MottakView): z.infer<typeof MottakBody> {
  return {
    ...presentSummary({ ...v.mottak, antall_filer: v.filer.length }),
    messageId: v.mottak.message_id,
    nevnteJournalposter: journalpostIdsIn(v.mottak.tittel).map((n) =>
      formatJournalpostId(n.saksaar, n.sakssekvensnummer, n.journalpostnummer),
    ),
    original: v.mottak.original_sjekksum ? { filnavn: v.mottak.original_filnavn } : null,
    filer: v.filer.map((f) => ({
      id: f.id,
      nummer: f.nummer,
      tittel: f.tittel,
      filnavn: f.filnavn,
      mimeType: f.mime_type,
      format: f.format,
      formatDetaljer: f.format_detaljer,
      filstoerrelse: Number(f.filstoerrelse),
    })),
    hendelser: v.hendelser.map((h) => ({
      hendelse: h.hendelse,
      detaljer: h.detaljer,
      utfortAv: h.utfort_av_navn,
      utfortDato: h.utfort_dato.toISOString(),
    })),
  };
}
