import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { MergeData } from './domain/merge-fields.js';
import { BREVHODE_FELT } from './get-brevhode.js';

/** The record as registered (the columns a merge reads). */
export interface MergedRecord {
  id: string;
  saksmappe_id: string;
  journalpostnummer: number;
  journalaar: number | null;
  journalsekvensnummer: number | null;
  tittel: string;
  offentlig_tittel: string | null;
  journaldato: string;
  dokumentets_dato: string | null;
  forfallsdato: string | null;
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  administrativ_enhet_id: string | null;
  saksbehandler_id: string | null;
}

/** Reads what a template's merge fields draw on, in the registering transaction: two statements (the record's surroundings, its parties). */
export async function loadMergeData(tx: Tx, org: string, record: MergedRecord, idag: string): Promise<MergeData> {
  const sak = await tx
    .selectFrom('saksmappe as s')
    .innerJoin('organisasjon as o', 'o.id', 's.organisasjon_id')
    .leftJoin('bruker as a', 'a.id', 's.saksansvarlig_id')
    .leftJoin('administrativ_enhet as e', (join) =>
      join.onRef('e.organisasjon_id', '=', 's.organisasjon_id').on('e.id', '=', sql<string>`${record.administrativ_enhet_id}::uuid`),
    )
    .leftJoin('bruker as sb', (join) => join.on('sb.id', '=', sql<string>`${record.saksbehandler_id}::uuid`))
    .leftJoin('brevhode as h', 'h.organisasjon_id', 's.organisasjon_id')
    .select(['s.saksaar', 's.sakssekvensnummer', 's.tittel', 's.offentlig_tittel', 's.primaer_klasseverdi'])
    .select(['o.navn as org_navn', 'o.organisasjonsnummer', 'a.navn as ansvarlig_navn', 'e.navn as enhet_navn'])
    .select(['sb.navn as saksbehandler_navn', 'sb.epost as saksbehandler_epost'])
    .select(BREVHODE_FELT.map((f) => `h.${f}` as const))
    .where('s.organisasjon_id', '=', org)
    .where('s.id', '=', record.saksmappe_id)
    .executeTakeFirstOrThrow();
  const parter = await tx
    .selectFrom('korrespondansepart')
    .select(['korrespondanseparttype', 'navn', 'postadresse', 'postnummer', 'poststed', 'land', 'epostadresse', 'kontaktperson'])
    .where('organisasjon_id', '=', org)
    .where('journalpost_id', '=', record.id)
    .orderBy('opprettet_dato')
    .orderBy('id')
    .execute();
  return {
    organisasjon: { navn: sak.org_navn, organisasjonsnummer: sak.organisasjonsnummer },
    brevhode: Object.fromEntries(BREVHODE_FELT.map((f) => [f, sak[f]])) as MergeData['brevhode'],
    enhet: { navn: sak.enhet_navn ?? '' },
    saksbehandler: { navn: sak.saksbehandler_navn ?? '', epost: sak.saksbehandler_epost ?? null },
    saksansvarlig: { navn: sak.ansvarlig_navn ?? '' },
    saksmappe: {
      saksaar: sak.saksaar,
      sakssekvensnummer: sak.sakssekvensnummer,
      tittel: sak.tittel,
      offentligTittel: sak.offentlig_tittel,
      klasse: sak.primaer_klasseverdi,
    },
    journalpost: {
      journalpostnummer: record.journalpostnummer,
      journalaar: record.journalaar,
      journalsekvensnummer: record.journalsekvensnummer,
      tittel: record.tittel,
      offentligTittel: record.offentlig_tittel,
      journaldato: record.journaldato,
      dokumentetsDato: record.dokumentets_dato,
      forfallsdato: record.forfallsdato,
      tilgangskode: record.tilgangskode,
      skjermingshjemmel: record.skjermingshjemmel,
    },
    parter,
    idag,
  };
}
