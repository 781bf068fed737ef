import { z } from 'zod';
import { formatJournalpostId } from '../noark/domain/index.js';
import { isInnsynOverdue } from './domain/innsynskrav-rules.js';
import type { DelDokumentRow, DelRow } from './innsynskrav-repository.js';
import type { InnsynskravTable } from './tables.js';
import type { Selectable } from 'kysely';

export const InnsynskravBody = z.object({
  id: z.uuid(),
  kanal: z.string(),
  bestiller: z.object({ navn: z.string().nullable(), epost: z.string() }),
  mottattDato: z.date(),
  frist: z.string(),
  forfalt: z.boolean(),
  besvartDato: z.date().nullable(),
  saksmappeId: z.uuid(),
  journalpostId: z.uuid(),
  referanse: z.string(),
  svarJournalpostId: z.uuid().nullable(),
  kanSvare: z.boolean(),
  deler: z.array(
    z.object({
      id: z.uuid(),
      journalpost: z.object({ id: z.uuid(), journalpostId: z.string(), journalposttype: z.string(), journaldato: z.string() }),
      tittel: z.string().nullable(),
      offentligTittel: z.string(),
      saksbehandler: z.string(),
      kanAvgjoere: z.boolean(),
      avgjoerelse: z.enum(['innsyn', 'delvis', 'avslag']).nullable(),
      hjemmel: z.string().nullable(),
      meroffentlighetVurdert: z.boolean().nullable(),
      begrunnelse: z.string().nullable(),
      avgjortDato: z.date().nullable(),
      dokumenter: z.array(
        z.object({
          id: z.uuid(),
          dokumentnummer: z.number(),
          tittel: z.string(),
          pdf: z.boolean(),
          antallSider: z.number().nullable(),
          offentligVariant: z.boolean(),
          sikkerSone: z.boolean(),
        }),
      ),
    }),
  ),
});

interface Facts {
  krav: Selectable<InnsynskravTable>;
  deler: DelRow[];
  dokumenter: DelDokumentRow[];
  nummer: { saksaar: number; sakssekvensnummer: number; journalpostnummer: number };
}

/** The decision page's view: a record's title only with full access, its documents only then. */
export function presentInnsynskrav(
  { krav, deler, dokumenter, nummer }: Facts,
  opts: { today: string; sider: ReadonlyMap<string, number | null>; mayDecide: (d: DelRow) => boolean; mayAnswer: boolean },
): z.infer<typeof InnsynskravBody> {
  const open = krav.besvart_dato === null;
  return {
    id: krav.id,
    kanal: krav.kanal,
    bestiller: { navn: krav.bestiller_navn, epost: krav.bestiller_epost },
    mottattDato: krav.mottatt_dato,
    frist: krav.frist,
    forfalt: open && isInnsynOverdue(krav.frist, opts.today),
    besvartDato: krav.besvart_dato,
    saksmappeId: krav.saksmappe_id,
    journalpostId: krav.journalpost_id,
    referanse: formatJournalpostId(nummer.saksaar, nummer.sakssekvensnummer, nummer.journalpostnummer),
    svarJournalpostId: krav.svar_journalpost_id,
    kanSvare: open && opts.mayAnswer && deler.every((d) => d.avgjoerelse !== null),
    deler: deler.map((d) => ({
      id: d.id,
      journalpost: {
        id: d.journalpost_id,
        journalpostId: formatJournalpostId(d.saksaar, d.sakssekvensnummer, d.journalpostnummer),
        journalposttype: d.journalposttype,
        journaldato: d.journaldato,
      },
      tittel: d.full_tilgang ? d.tittel : null,
      offentligTittel: d.offentlig_tittel,
      saksbehandler: d.saksbehandler_navn,
      kanAvgjoere: open && opts.mayDecide(d),
      avgjoerelse: d.avgjoerelse as 'innsyn' | 'delvis' | 'avslag' | null,
      hjemmel: d.hjemmel,
      meroffentlighetVurdert: d.meroffentlighet_vurdert,
      begrunnelse: d.full_tilgang ? d.begrunnelse : null,
      avgjortDato: d.avgjort_dato,
      dokumenter: dokumenter
        .filter((x) => x.journalpost_id === d.journalpost_id)
        .map((x) => ({
          id: x.id,
          dokumentnummer: x.dokumentnummer,
          tittel: x.tittel,
          pdf: x.p_mime_type === 'application/pdf',
          antallSider: opts.sider.get(x.id) ?? null,
          offentligVariant: x.o_sjekksum !== null,
          sikkerSone: x.personsensitiv,
        })),
    })),
  };
}

export const KvitteringBody = z.object({
  organisasjon: z.string(),
  mottattDato: z.date(),
  frist: z.string(),
  besvart: z.boolean(),
  besvartDato: z.date().nullable(),
  referanse: z.string(),
  journalposter: z.array(
    z.object({ journalpostId: z.string(), offentligTittel: z.string(), avgjoerelse: z.enum(['innsyn', 'delvis', 'avslag']).nullable() }),
  ),
});
