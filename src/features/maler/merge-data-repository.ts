import type { Tx } from '../../db/tenant.js';
import type { MergeData } from './domain/merge-fields.js';
import { EMPTY_BREVHODE } from './get-brevhode.js';
import { malerRepository } from './maler-repository.js';

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

/** Reads what a template's merge fields draw on, in the registering transaction (a fixed number of statements). */
export async function loadMergeData(tx: Tx, org: string, record: MergedRecord, idag: string): Promise<MergeData> {
  const sak = await tx
    .selectFrom('saksmappe as s')
    .innerJoin('organisasjon as o', 'o.id', 's.organisasjon_id')
    .leftJoin('bruker as a', 'a.id', 's.saksansvarlig_id')
    .select(['s.saksaar', 's.sakssekvensnummer', 's.tittel', 's.offentlig_tittel', 's.primaer_klasseverdi'])
    .select(['o.navn as org_navn', 'o.organisasjonsnummer', 'a.navn as ansvarlig_navn'])
    .where('s.organisasjon_id', '=', org)
    .where('s.id', '=', record.saksmappe_id)
    .executeTakeFirstOrThrow();
  const enhet = record.administrativ_enhet_id
    ? await tx
        .selectFrom('administrativ_enhet')
        .select('navn')
        .where('organisasjon_id', '=', org)
        .where('id', '=', record.administrativ_enhet_id)
        .executeTakeFirst()
    : undefined;
  const saksbehandler = record.saksbehandler_id
    ? await tx.selectFrom('bruker').select(['navn', 'epost']).where('id', '=', record.saksbehandler_id).executeTakeFirst()
    : undefined;
  const parter = await tx
    .selectFrom('korrespondansepart')
    .select(['korrespondanseparttype', 'navn', 'postadresse', 'postnummer', 'poststed', 'land', 'epostadresse', 'kontaktperson'])
    .where('organisasjon_id', '=', org)
    .where('journalpost_id', '=', record.id)
    .orderBy('opprettet_dato')
    .orderBy('id')
    .execute();
  const brevhode = await malerRepository.brevhode(tx, org);
  return {
    organisasjon: { navn: sak.org_navn, organisasjonsnummer: sak.organisasjonsnummer },
    brevhode: { ...EMPTY_BREVHODE, ...brevhode },
    enhet: { navn: enhet?.navn ?? '' },
    saksbehandler: { navn: saksbehandler?.navn ?? '', epost: saksbehandler?.epost ?? null },
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
