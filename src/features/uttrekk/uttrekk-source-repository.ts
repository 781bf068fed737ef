import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type {
  ArkivdelRow,
  ArkivRow,
  AvskrivningRow,
  DokumentobjektRow,
  DokumentRow,
  EndringRow,
  KlasseRow,
  KlassifikasjonssystemRow,
  KorrespondansepartRow,
  MerknadRow,
  PartRow,
  RegistreringRow,
  SaksmappeRow,
} from './domain/rows.js';
import { SYSTEM_BRUKER_ID, SYSTEM_NAVN } from '../../shared/system-actor.js';
import type { NamedKey } from '../uttrekk-import/domain/map-units.js';
import { opprinneligNavn, type IdTable } from '../uttrekk-import/import-repository.js';
import type { KlasseKey, CaseGroup } from './domain/klasse-tree.js';
import type { JournalLinje } from './domain/loepende-journal-xml.js';

/*
 * What an extraction reads: the only SQL of the export. Everything a batch
 * needs comes in a fixed number of queries per batch (cases, then their
 * records, then what hangs on those), never per row, and never whole.
 */

/** The records an extraction of a period covers (krav 6.4.14): journaldato within it. */
export interface Periode {
  fra: string;
  til: string;
}

/**
 * A user's name; the system's own (which holds no role, so the tenant's
 * view of bruker hides it) by its constant. Null only for a user out of
 * sight or no user at all: the writers then leave an optional element out.
 */
const navn = (column: string): RawBuilder<string | null> =>
  sql<string | null>`coalesce((SELECT b.navn FROM bruker b WHERE b.id = ${sql.ref(column)}),
    CASE WHEN ${sql.ref(column)} = ${SYSTEM_BRUKER_ID}::uuid THEN ${SYSTEM_NAVN} END)`;
const enhet = (column: string): RawBuilder<string | null> =>
  sql<string | null>`(SELECT e.navn FROM administrativ_enhet e WHERE e.id = ${sql.ref(column)})`;

/** Who the old system named on an imported object (kept as text by the import), else ours. */
const named = (type: IdTable, alias: string, key: NamedKey, ours: RawBuilder<string | null>): RawBuilder<string | null> =>
  sql<string | null>`coalesce(${opprinneligNavn(type, alias, key)}, ${ours})`;

const SKJERMING = <T extends 's' | 'j' | 'd'>(t: T) =>
  [
    `${t}.tilgangskode` as const,
    `${t}.skjermingshjemmel` as const,
    `${t}.skjerming_metadata` as const,
    `${t}.skjerming_dokument` as const,
    `${t}.skjerming_varighet` as const,
    `${t}.skjerming_opphoerer` as const,
  ] as const;

/** A case file has a record in the period (or there is no period). */
function hasRecordIn(periode: Periode | null): Expression<SqlBool> {
  if (!periode) return sql<SqlBool>`true`;
  return sql<SqlBool>`EXISTS (SELECT 1 FROM journalpost p WHERE p.organisasjon_id = s.organisasjon_id AND p.saksmappe_id = s.id
    AND p.journaldato BETWEEN ${periode.fra}::date AND ${periode.til}::date)`;
}

export const uttrekkSourceRepository = {
  async arkivdeler(tx: Tx, orgId: string): Promise<ArkivdelRow[]> {
    return (await tx
      .selectFrom('arkivdel as d')
      .select([
        'd.id',
        'd.arkiv_id',
        'd.kortnavn',
        'd.tittel',
        'd.beskrivelse',
        'd.arkivdelstatus',
        'd.arkivperiode_start_dato',
        'd.arkivperiode_slutt_dato',
        'd.opprettet_dato',
        named('arkivdel', 'd', 'opprettetAv', navn('d.opprettet_av')).as('opprettet_av_navn'),
        'd.avsluttet_dato',
        named('arkivdel', 'd', 'avsluttetAv', navn('d.avsluttet_av')).as('avsluttet_av_navn'),
        'd.referanse_forloeper',
        'd.referanse_arvtaker',
        'd.oppbevaringssted',
      ])
      .where('d.organisasjon_id', '=', orgId)
      .orderBy('d.arkivperiode_start_dato')
      .orderBy('d.kortnavn')
      .execute()) as ArkivdelRow[];
  },

  async arkiv(tx: Tx, orgId: string, id: string): Promise<ArkivRow> {
    return (await tx
      .selectFrom('arkiv as a')
      .select([
        'a.id',
        'a.tittel',
        'a.beskrivelse',
        'a.arkivstatus',
        'a.opprettet_dato',
        named('arkiv', 'a', 'opprettetAv', navn('a.opprettet_av')).as('opprettet_av_navn'),
        'a.avsluttet_dato',
        named('arkiv', 'a', 'avsluttetAv', navn('a.avsluttet_av')).as('avsluttet_av_navn'),
      ])
      .where('a.organisasjon_id', '=', orgId)
      .where('a.id', '=', id)
      .executeTakeFirstOrThrow()) as ArkivRow;
  },

  /** The classification systems of an arkivdel (primary first) and every system its cases' classes belong to. */
  async systems(tx: Tx, orgId: string, arkivdelId: string): Promise<{ systems: KlassifikasjonssystemRow[]; primaryId: string | null }> {
    const linked = await tx
      .selectFrom('arkivdel_klassifikasjonssystem')
      .select(['klassifikasjonssystem_id', 'primaer'])
      .where('organisasjon_id', '=', orgId)
      .where('arkivdel_id', '=', arkivdelId)
      .execute();
    const systems = (await tx
      .selectFrom('klassifikasjonssystem as k')
      .select([
        'k.id',
        'k.klassifikasjonstype',
        'k.tittel',
        'k.beskrivelse',
        'k.opprettet_dato',
        named('klassifikasjonssystem', 'k', 'opprettetAv', navn('k.opprettet_av')).as('opprettet_av_navn'),
        'k.avsluttet_dato',
      ])
      .where('k.organisasjon_id', '=', orgId)
      .orderBy('k.kortnavn')
      .execute()) as KlassifikasjonssystemRow[];
    return { systems, primaryId: linked.find((l) => l.primaer)?.klassifikasjonssystem_id ?? null };
  },

  /** Every class of the organisation's systems: a key is hundreds of rows, not records. */
  async klasser(tx: Tx, orgId: string): Promise<KlasseRow[]> {
    return (await tx
      .selectFrom('klasse as k')
      .select([
        'k.id',
        'k.klassifikasjonssystem_id',
        'k.overordnet_klasse_id',
        'k.klasse_id',
        'k.tittel',
        'k.beskrivelse',
        'k.opprettet_dato',
        named('klasse', 'k', 'opprettetAv', navn('k.opprettet_av')).as('opprettet_av_navn'),
        'k.avsluttet_dato',
      ])
      .where('k.organisasjon_id', '=', orgId)
      .execute()) as KlasseRow[];
  },

  /** The arkivdel's cases grouped by primary class (row, else value). */
  async caseGroups(tx: Tx, orgId: string, arkivdelId: string, periode: Periode | null): Promise<CaseGroup[]> {
    const rows = await tx
      .selectFrom('saksmappe as s')
      .select([
        's.primaer_klasse_id as klasseId',
        sql<string | null>`CASE WHEN s.primaer_klasse_id IS NULL THEN s.primaer_klasseverdi END`.as('verdi'),
        sql<number | string>`count(*)`.as('antall'),
      ])
      .where('s.organisasjon_id', '=', orgId)
      .where('s.arkivdel_id', '=', arkivdelId)
      .where(hasRecordIn(periode))
      .groupBy(['s.primaer_klasse_id', sql`CASE WHEN s.primaer_klasse_id IS NULL THEN s.primaer_klasseverdi END`])
      .execute();
    return rows.map((r) => ({ klasseId: r.klasseId, verdi: r.verdi, antall: Number(r.antall) }));
  },

  /** The next `limit` cases of one class in the arkivdel after case `after` (by case number). */
  async saksmapper(
    tx: Tx,
    orgId: string,
    arkivdelId: string,
    key: KlasseKey,
    periode: Periode | null,
    after: { saksaar: number; sakssekvensnummer: number } | null,
    limit: number,
  ): Promise<SaksmappeRow[]> {
    let q = tx
      .selectFrom('saksmappe as s')
      .select([
        's.id',
        's.saksaar',
        's.sakssekvensnummer',
        's.tittel',
        's.offentlig_tittel',
        's.beskrivelse',
        's.saksdato',
        named('saksmappe', 's', 'administrativEnhet', enhet('s.administrativ_enhet_id')).as('administrativ_enhet'),
        named('saksmappe', 's', 'saksansvarlig', navn('s.saksansvarlig_id')).as('saksansvarlig'),
        's.journalenhet',
        's.saksstatus',
        's.opprettet_dato',
        named('saksmappe', 's', 'opprettetAv', navn('s.opprettet_av')).as('opprettet_av_navn'),
        's.avsluttet_dato',
        named('saksmappe', 's', 'avsluttetAv', navn('s.avsluttet_av')).as('avsluttet_av_navn'),
        ...SKJERMING('s'),
      ])
      .where('s.organisasjon_id', '=', orgId)
      .where('s.arkivdel_id', '=', arkivdelId)
      .where(hasRecordIn(periode));
    q =
      'klasseId' in key
        ? q.where('s.primaer_klasse_id', '=', key.klasseId)
        : q.where('s.primaer_klasse_id', 'is', null).where('s.primaer_klasseverdi', '=', key.verdi);
    if (after) {
      q = q.where(sql<SqlBool>`(s.saksaar, s.sakssekvensnummer) > (${after.saksaar}, ${after.sakssekvensnummer})`);
    }
    return (await q.orderBy('s.saksaar').orderBy('s.sakssekvensnummer').limit(limit).execute()) as SaksmappeRow[];
  },

  /** The records of the given cases (in the period), in the order of the case's numbering. */
  async registreringer(tx: Tx, orgId: string, saksmappeIds: readonly string[], periode: Periode | null): Promise<RegistreringRow[]> {
    if (saksmappeIds.length === 0) return [];
    let q = tx
      .selectFrom('journalpost as j')
      .innerJoin('saksmappe as s', (join) => join.onRef('s.id', '=', 'j.saksmappe_id').onRef('s.organisasjon_id', '=', 'j.organisasjon_id'))
      .select([
        'j.id',
        'j.saksmappe_id',
        's.saksaar',
        's.sakssekvensnummer',
        'j.registreringstype',
        'j.journalaar',
        'j.journalsekvensnummer',
        'j.journalpostnummer',
        'j.journalposttype',
        'j.journalstatus',
        'j.journaldato',
        'j.tittel',
        'j.offentlig_tittel',
        'j.beskrivelse',
        'j.dokumentets_dato',
        'j.mottatt_dato',
        'j.sendt_dato',
        'j.forfallsdato',
        'j.offentlighetsvurdert_dato',
        'j.antall_vedlegg',
        'j.journalenhet',
        named('journalpost', 'j', 'administrativEnhet', enhet('j.administrativ_enhet_id')).as('administrativ_enhet'),
        named('journalpost', 'j', 'saksbehandler', navn('j.saksbehandler_id')).as('saksbehandler'),
        'j.dokumentmedium',
        'j.opprettet_dato',
        named('journalpost', 'j', 'opprettetAv', navn('j.opprettet_av')).as('opprettet_av_navn'),
        'j.arkivert_dato',
        named('journalpost', 'j', 'arkivertAv', navn('j.arkivert_av')).as('arkivert_av_navn'),
        ...SKJERMING('j'),
      ])
      .where('j.organisasjon_id', '=', orgId)
      .where('j.saksmappe_id', 'in', [...saksmappeIds]);
    if (periode) q = q.where('j.journaldato', '>=', periode.fra).where('j.journaldato', '<=', periode.til);
    return (await q.orderBy('j.saksmappe_id').orderBy('j.journalpostnummer').orderBy('j.id').execute()) as RegistreringRow[];
  },

  async parter(tx: Tx, orgId: string, saksmappeIds: readonly string[]): Promise<PartRow[]> {
    if (saksmappeIds.length === 0) return [];
    return tx
      .selectFrom('part')
      .select([
        'saksmappe_id',
        'part_id',
        'part_navn',
        'part_rolle',
        'postadresse',
        'postnummer',
        'poststed',
        'land',
        'epostadresse',
        'telefonnummer',
        'kontaktperson',
      ])
      .where('organisasjon_id', '=', orgId)
      .where('saksmappe_id', 'in', [...saksmappeIds])
      .orderBy('opprettet_dato')
      .orderBy('id')
      .execute();
  },

  async merknader(tx: Tx, orgId: string, objektType: 'saksmappe' | 'journalpost' | 'dokumentbeskrivelse', ids: readonly string[]) {
    if (ids.length === 0) return [] as MerknadRow[];
    return (await tx
      .selectFrom('merknad as m')
      .select([
        'm.objekt_id',
        'm.merknadstekst',
        'm.merknadstype',
        'm.merknadsdato',
        navn('m.merknad_registrert_av').as('registrert_av_navn'),
      ])
      .where('m.organisasjon_id', '=', orgId)
      .where('m.objekt_type', '=', objektType)
      .where('m.objekt_id', 'in', [...ids])
      .orderBy('m.merknadsdato')
      .orderBy('m.id')
      .execute()) as MerknadRow[];
  },

  async korrespondanseparter(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<KorrespondansepartRow[]> {
    if (journalpostIds.length === 0) return [];
    return (await tx
      .selectFrom('korrespondansepart as k')
      .select([
        'k.journalpost_id',
        'k.korrespondanseparttype',
        'k.navn',
        'k.postadresse',
        'k.postnummer',
        'k.poststed',
        'k.land',
        'k.epostadresse',
        'k.telefonnummer',
        'k.kontaktperson',
        enhet('k.administrativ_enhet_id').as('administrativ_enhet'),
        navn('k.saksbehandler_id').as('saksbehandler'),
      ])
      .where('k.organisasjon_id', '=', orgId)
      .where('k.journalpost_id', 'in', [...journalpostIds])
      .orderBy('k.opprettet_dato')
      .orderBy('k.id')
      .execute()) as KorrespondansepartRow[];
  },

  async avskrivninger(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<AvskrivningRow[]> {
    if (journalpostIds.length === 0) return [];
    return (await tx
      .selectFrom('avskrivning as a')
      .select([
        'a.journalpost_id',
        'a.avskrivningsdato',
        navn('a.avskrevet_av').as('avskrevet_av_navn'),
        'a.avskrivningsmaate',
        'a.referanse_avskrives_av_journalpost',
      ])
      .where('a.organisasjon_id', '=', orgId)
      .where('a.journalpost_id', 'in', [...journalpostIds])
      .where('a.korrespondansepart_id', 'is', null)
      .orderBy('a.opprettet_dato')
      .orderBy('a.id')
      .execute()) as AvskrivningRow[];
  },

  async dokumenter(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<DokumentRow[]> {
    if (journalpostIds.length === 0) return [];
    return (await tx
      .selectFrom('dokumentbeskrivelse as d')
      .select([
        'd.id',
        'd.journalpost_id',
        'd.dokumenttype',
        'd.dokumentstatus',
        'd.tittel',
        'd.beskrivelse',
        'd.forfatter',
        'd.opprettet_dato',
        named('dokumentbeskrivelse', 'd', 'opprettetAv', navn('d.opprettet_av')).as('opprettet_av_navn'),
        'd.tilknyttet_registrering_som',
        'd.dokumentnummer',
        'd.tilknyttet_dato',
        named('dokumentbeskrivelse', 'd', 'tilknyttetAv', navn('d.tilknyttet_av')).as('tilknyttet_av_navn'),
        'd.personsensitiv',
        ...SKJERMING('d'),
      ])
      .where('d.organisasjon_id', '=', orgId)
      .where('d.journalpost_id', 'in', [...journalpostIds])
      .orderBy('d.journalpost_id')
      .orderBy('d.dokumentnummer')
      .execute()) as DokumentRow[];
  },

  /** The file objects of the given documents, every version. */
  async dokumentobjekter(tx: Tx, orgId: string, dokumentIds: readonly string[]): Promise<DokumentobjektRow[]> {
    if (dokumentIds.length === 0) return [];
    return (await tx
      .selectFrom('dokumentobjekt as o')
      .select([
        'o.id',
        'o.dokumentbeskrivelse_id',
        'o.versjonsnummer',
        'o.variantformat',
        'o.format',
        'o.format_detaljer',
        'o.filnavn',
        'o.mime_type',
        'o.sjekksum',
        'o.sjekksum_algoritme',
        'o.filstoerrelse',
        'o.konvertert_fra_format',
        'o.konverteringsverktoey',
        'o.opprettet_dato',
        named('dokumentobjekt', 'o', 'opprettetAv', navn('o.opprettet_av')).as('opprettet_av_navn'),
      ])
      .where('o.organisasjon_id', '=', orgId)
      .where('o.dokumentbeskrivelse_id', 'in', [...dokumentIds])
      .orderBy('o.dokumentbeskrivelse_id')
      .orderBy('o.versjonsnummer')
      .orderBy('o.variantformat')
      .orderBy('o.id')
      .execute()) as DokumentobjektRow[];
  },

  /** The journal of the arkivdeler (in the period): how many journalposter, first and last journal date. */
  async journalSpan(tx: Tx, orgId: string, arkivdelIds: readonly string[], periode: Periode | null) {
    const row = await journal(tx, orgId, arkivdelIds, periode)
      .clearSelect()
      .select([
        sql<number | string>`count(*)`.as('antall'),
        sql<string | null>`min(j.journaldato)`.as('fra'),
        sql<string | null>`max(j.journaldato)`.as('til'),
      ])
      .executeTakeFirstOrThrow();
    return { antall: Number(row.antall), fra: row.fra, til: row.til };
  },

  /** The next `limit` journalposter after `after`, in number order (journalaar, journalsekvensnummer; krav 6.4.30). */
  async journalBatch(
    tx: Tx,
    orgId: string,
    arkivdelIds: readonly string[],
    periode: Periode | null,
    after: { aar: number; nr: number } | null,
    limit: number,
  ): Promise<JournalLinje[]> {
    let q = journal(tx, orgId, arkivdelIds, periode);
    if (after) q = q.where(sql<SqlBool>`(j.journalaar, j.journalsekvensnummer) > (${after.aar}, ${after.nr})`);
    return (await q.orderBy('j.journalaar').orderBy('j.journalsekvensnummer').limit(limit).execute()) as JournalLinje[];
  },

  /**
   * The next `limit` entries of our change log (by id, after `afterId`) of
   * the cases, records and documents of the arkivdeler (in the period) —
   * but for a historical (imported) arkivdel: nothing there changes here
   * (0082 refuses it), so our log holds only the import's own insertions,
   * and its log is the old system's (`historiskeEndringer`).
   */
  async endringer(tx: Tx, orgId: string, arkivdelIds: readonly string[], periode: Periode | null, afterId: number, limit: number) {
    return (await tx
      .selectFrom('endringslogg as l')
      .select(['l.id', 'l.objekt_id', 'l.felt', 'l.tidligere_verdi', 'l.ny_verdi', 'l.endret_dato', 'l.endret_av_navn'])
      .where('l.organisasjon_id', '=', orgId)
      .where('l.id', '>', afterId)
      .where(loggedObjects(orgId, arkivdelIds, periode, false))
      .orderBy('l.id')
      .limit(limit)
      .execute()) as EndringRow[];
  },

  /**
   * The next `limit` entries (by id, after `afterId`) of the old system's
   * change log the import kept (uttrekk_import_endring) for the imported
   * cases, records and documents of the arkivdeler (in the period), as the
   * package had them. An entry without a date is dated by its import.
   */
  async historiskeEndringer(
    tx: Tx,
    orgId: string,
    arkivdelIds: readonly string[],
    periode: Periode | null,
    afterId: number,
    limit: number,
  ) {
    return (await tx
      .selectFrom('uttrekk_import_endring as l')
      .innerJoin('uttrekk_import as i', (join) =>
        join.onRef('i.id', '=', 'l.import_id').onRef('i.organisasjon_id', '=', 'l.organisasjon_id'),
      )
      .select([
        'l.id',
        sql<string>`l.objekt_id`.as('objekt_id'),
        sql<string | null>`l.referanse_metadata`.as('felt'),
        'l.tidligere_verdi',
        'l.ny_verdi',
        sql<Date>`coalesce(l.endret_dato, i.startet_dato)`.as('endret_dato'),
        sql<string | null>`l.endret_av`.as('endret_av_navn'),
      ])
      .where('l.organisasjon_id', '=', orgId)
      .where('l.id', '>', afterId)
      .where(loggedObjects(orgId, arkivdelIds, periode, true))
      .orderBy('l.id')
      .limit(limit)
      .execute()) as EndringRow[];
  },
};

/**
 * A log entry (alias l) of a case, record or document of the arkivdeler (in
 * the period) whose change log the extraction writes: of the historical
 * (imported) arkivdeler, or of the others.
 */
function loggedObjects(orgId: string, arkivdelIds: readonly string[], periode: Periode | null, historisk: boolean): RawBuilder<SqlBool> {
  const saker = sql`SELECT s.id FROM saksmappe s WHERE s.organisasjon_id = ${orgId}
    AND s.arkivdel_id IN (SELECT a.id FROM arkivdel a WHERE a.organisasjon_id = ${orgId}
      AND a.id IN (${sql.join([...arkivdelIds])}) AND a.historisk = ${historisk}) AND ${hasRecordIn(periode)}`;
  const poster = periode
    ? sql`SELECT j.id FROM journalpost j WHERE j.organisasjon_id = ${orgId} AND j.saksmappe_id IN (${saker})
        AND j.journaldato BETWEEN ${periode.fra}::date AND ${periode.til}::date`
    : sql`SELECT j.id FROM journalpost j WHERE j.organisasjon_id = ${orgId} AND j.saksmappe_id IN (${saker})`;
  const dokumenter = sql`SELECT d.id FROM dokumentbeskrivelse d WHERE d.organisasjon_id = ${orgId} AND d.journalpost_id IN (${poster})`;
  return sql<SqlBool>`((l.objekt_type = 'saksmappe' AND l.objekt_id IN (${saker}))
    OR (l.objekt_type = 'journalpost' AND l.objekt_id IN (${poster}))
    OR (l.objekt_type = 'dokumentbeskrivelse' AND l.objekt_id IN (${dokumenter})))`;
}

/** The journalposter of the arkivdeler (in the period) with their case's and class's fields. */
function journal(tx: Tx, orgId: string, arkivdelIds: readonly string[], periode: Periode | null) {
  let q = tx
    .selectFrom('journalpost as j')
    .innerJoin('saksmappe as s', (join) => join.onRef('s.id', '=', 'j.saksmappe_id').onRef('s.organisasjon_id', '=', 'j.organisasjon_id'))
    .leftJoin('klasse as k', (join) => join.onRef('k.id', '=', 's.primaer_klasse_id').onRef('k.organisasjon_id', '=', 's.organisasjon_id'))
    .select([
      'j.id',
      's.saksaar',
      's.sakssekvensnummer',
      'j.journalaar',
      'j.journalsekvensnummer',
      'j.journalpostnummer',
      'j.journalposttype',
      'j.journaldato',
      'j.tittel',
      'j.offentlig_tittel',
      'j.dokumentets_dato',
      'j.offentlighetsvurdert_dato',
      'j.antall_vedlegg',
      'j.journalenhet',
      named('journalpost', 'j', 'administrativEnhet', enhet('j.administrativ_enhet_id')).as('administrativ_enhet'),
      named('journalpost', 'j', 'saksbehandler', navn('j.saksbehandler_id')).as('saksbehandler'),
      'j.tilgangskode',
      'j.skjermingshjemmel',
      's.tittel as sak_tittel',
      's.offentlig_tittel as sak_offentlig_tittel',
      named('saksmappe', 's', 'administrativEnhet', enhet('s.administrativ_enhet_id')).as('sak_administrativ_enhet'),
      named('saksmappe', 's', 'saksansvarlig', navn('s.saksansvarlig_id')).as('saksansvarlig'),
      's.arkivdel_id',
      sql<string | null>`coalesce(k.klasse_id, s.primaer_klasseverdi)`.as('klasse_id'),
      sql<string | null>`coalesce(k.tittel, s.primaer_klasseverdi)`.as('klasse_tittel'),
    ])
    .where('j.organisasjon_id', '=', orgId)
    .where('j.registreringstype', '=', 'journalpost')
    .where('s.arkivdel_id', 'in', [...arkivdelIds]);
  if (periode) q = q.where('j.journaldato', '>=', periode.fra).where('j.journaldato', '<=', periode.til);
  return q;
}
