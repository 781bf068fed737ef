import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../src/db/open-database.js';
import { SYSTEM_BRUKER_ID } from '../src/shared/system-actor.js';

/*
 * The bulk INSERT … SELECT statements of the bench data set, for one
 * organisation and one batch of cases [from, to). Case g falls in year
 * FIRST_YEAR + g % YEARS with sequence number g / YEARS + 1, and its records
 * take journal numbers (seq − 1) × PER_CASE + n, so a later batch continues
 * the numbering without gaps and the data set can grow step by step. The
 * change log is written as registration writes it (every logged field of a
 * new case, record, part and correspondence party).
 */
export const FIRST_YEAR = 2019;
export const YEARS = 7; // 2019–2025; the timed registrations go into the current year
export const PER_CASE = 4; // I, U, N, U
const KLASSER = ['L42', '031', '420', '075', '120', '073', '820', '510', '220'];

const FORNAVN = sql`ARRAY['Ole','Kari','Nils','Ingrid','Lars','Marit','Jon','Anne','Per','Sigrid','Knut','Astrid','Erik','Hilde','Thomas','Silje','Anders','Ida','Magnus','Nora']`;
const ETTERNAVN = sql`ARRAY['Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Haugen','Bakken','Moen','Solberg','Strand','Dahl','Lie','Berg','Holm','Eriksen','Brenden','Nordli','Skogli','Rustad','Aasen','Vestli','Sæther','Engen']`;
export const personName = (i: RawBuilder<unknown>) => sql`(${FORNAVN})[1 + (${i}) % 20] || ' ' || (${ETTERNAVN})[1 + ((${i}) / 20) % 25]`;
const TILTAK = sql`ARRAY['nytt bolighus','garasje','tilbygg','fritidsbolig','riving av uthus','bruksendring','terrasse','landbruksbygg']`;
const TITTEL = sql`ARRAY['Byggesøknad – gnr #g – #t','Personalmappe – #n','Elevmappe – #n','Rammeavtale – #t','Politisk sak – #t','Klage på vedtak – #n','Skjenkebevilling – #n','Tilskudd til #t','Søknad om hjemmetjenester – #n']`;

export interface Batch {
  orgId: string;
  /** First and one past the last case index; multiples of YEARS. */
  from: number;
  to: number;
}

/** The batch's cases: sequence numbers (from / YEARS, to / YEARS] in every year. */
const inBatch = (b: Batch, alias: string) =>
  sql`${sql.ref(`${alias}.organisasjon_id`)} = ${b.orgId} AND ${sql.ref(`${alias}.sakssekvensnummer`)} > ${b.from / YEARS}
    AND ${sql.ref(`${alias}.sakssekvensnummer`)} <= ${b.to / YEARS}`;
const batchRecords = (b: Batch) => sql`SELECT j.* FROM journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id WHERE ${inBatch(b, 's')}`;

export async function fillBatch(db: Database, b: Batch): Promise<void> {
  const ids = await lookups(db, b.orgId);
  await sql`
    INSERT INTO saksmappe (organisasjon_id, arkivdel_id, saksaar, sakssekvensnummer, tittel, saksdato, administrativ_enhet_id,
      saksansvarlig_id, saksstatus, primaer_klasse_id, primaer_klasseverdi, siste_journalpostnummer, opprettet_av)
    SELECT ${b.orgId}, ${ids.arkivdel}, y.aar, y.seq,
      replace(replace(replace((${TITTEL})[1 + g % 9], '#g', (g % 140 + 1) || '/' || (g % 89 + 1)), '#t', (${TILTAK})[1 + (g / 9) % 8]),
        '#n', ${personName(sql`g * 7`)}),
      make_date(y.aar, 1, 1) + (y.seq % 360),
      (${ids.units}::uuid[])[1 + g % ${ids.units.length}], (${ids.users}::uuid[])[1 + (g / 3) % ${ids.users.length}],
      CASE WHEN y.aar = ${FIRST_YEAR + YEARS - 1} AND g % 3 = 0 THEN 'B' ELSE 'A' END,
      (${ids.klasser}::uuid[])[1 + g % 9], (${KLASSER}::text[])[1 + g % 9], ${PER_CASE}, ${SYSTEM_BRUKER_ID}
    FROM generate_series(${b.from}::int, ${b.to - 1}::int) AS g
    CROSS JOIN LATERAL (SELECT ${FIRST_YEAR} + g % ${YEARS} AS aar, g / ${YEARS} + 1 AS seq) y`.execute(db);
  await sql`
    INSERT INTO journalpost (organisasjon_id, saksmappe_id, registreringstype, journalaar, journalsekvensnummer, journalpostnummer,
      journalposttype, journalstatus, journaldato, tittel, administrativ_enhet_id, saksbehandler_id, opprettet_av)
    SELECT s.organisasjon_id, s.id, 'journalpost', s.saksaar, (s.sakssekvensnummer - 1) * ${PER_CASE} + n, n, (ARRAY['I','U','N','U'])[n],
      CASE WHEN s.saksstatus = 'A' THEN 'A' ELSE 'J' END, least(s.saksdato + n * 7, make_date(s.saksaar, 12, 31)),
      (ARRAY['Søknad','Foreløpig svar','Vurdering','Vedtak'])[n] || ' – ' || s.tittel, s.administrativ_enhet_id, s.saksansvarlig_id, s.opprettet_av
    FROM saksmappe s CROSS JOIN generate_series(1, ${PER_CASE}) AS n WHERE ${inBatch(b, 's')}`.execute(db);
  await sql`
    INSERT INTO korrespondansepart (organisasjon_id, journalpost_id, korrespondanseparttype, navn, skjermet, opprettet_av)
    SELECT organisasjon_id, id, CASE journalposttype WHEN 'I' THEN 'EA' WHEN 'U' THEN 'EM' ELSE 'IM' END,
      ${personName(sql`journalsekvensnummer * 13 + journalaar`)}, journalsekvensnummer % 20 = 0, opprettet_av
    FROM (${batchRecords(b)}) j`.execute(db);
  await sql`
    INSERT INTO part (organisasjon_id, saksmappe_id, part_navn, part_rolle, opprettet_av)
    SELECT organisasjon_id, id, ${personName(sql`sakssekvensnummer * 7 + saksaar`)}, 'Søker', opprettet_av
    FROM saksmappe s WHERE ${inBatch(b, 's')} AND sakssekvensnummer % 2 = 0`.execute(db);
  await documents(db, b);
  await changeLog(db, b);
  await numberSeries(db, b.orgId);
}

/** A letter (main document, one PDF file with extracted text) for every incoming and outgoing record. */
async function documents(db: Database, b: Batch) {
  await sql`
    INSERT INTO dokumentbeskrivelse (organisasjon_id, journalpost_id, dokumenttype, dokumentstatus, tittel, tilknyttet_registrering_som,
      dokumentnummer, tilknyttet_av, opprettet_av)
    SELECT organisasjon_id, id, 'B', 'F', tittel, 'H', 1, opprettet_av, opprettet_av
    FROM (${batchRecords(b)}) j WHERE journalposttype IN ('I', 'U')`.execute(db);
  const batchDocs = sql`SELECT d.* FROM dokumentbeskrivelse d JOIN journalpost j ON j.id = d.journalpost_id
    JOIN saksmappe s ON s.id = j.saksmappe_id WHERE ${inBatch(b, 's')}`;
  const sum = sql`md5(d.id::text) || md5(d.id::text || 'x')`;
  await sql`INSERT INTO fil (organisasjon_id, sjekksum, filstoerrelse, mime_type, format)
    SELECT d.organisasjon_id, ${sum}, 4000, 'application/pdf', 'fmt/276' FROM (${batchDocs}) d`.execute(db);
  await sql`INSERT INTO dokumentobjekt (organisasjon_id, dokumentbeskrivelse_id, versjonsnummer, variantformat, format, filnavn, mime_type,
      sjekksum, filstoerrelse, opprettet_av)
    SELECT d.organisasjon_id, d.id, 1, 'A', 'fmt/276', 'brev.pdf', 'application/pdf', ${sum}, 4000, d.opprettet_av FROM (${batchDocs}) d`.execute(
    db,
  );
  await sql`INSERT INTO fil_tekst (organisasjon_id, sjekksum, tekst)
    SELECT d.organisasjon_id, ${sum}, 'Vi viser til ' || lower(d.tittel) || '. ' ||
      (ARRAY['Tiltaket er i tråd med reguleringsplanen og vi ber om rask behandling.',
             'Vedlagt følger situasjonsplan, fasadetegninger og nabovarsel.',
             'Vedtaket kan påklages innen tre uker etter at det er mottatt.',
             'Kommunen har vurdert saken og finner at vilkårene er oppfylt.',
             'Vi ber om at saken behandles i neste møte i formannskapet.'])[1 + abs(hashtext(d.id::text)) % 5]
      || ' Med vennlig hilsen ' || ${personName(sql`abs(hashtext(d.journalpost_id::text))`)}
    FROM (${batchDocs}) d`.execute(db);
}

/** The change log of registering the batch: each logged field with a value, as new (tidligere_verdi null), by the system user. */
async function changeLog(db: Database, b: Batch) {
  const columns = sql`INSERT INTO endringslogg (organisasjon_id, objekt_type, objekt_id, felt, tidligere_verdi, ny_verdi, endret_dato, endret_av, endret_av_navn)`;
  const by = sql`${SYSTEM_BRUKER_ID}::uuid, (SELECT navn FROM bruker WHERE id = ${SYSTEM_BRUKER_ID})`;
  await sql`${columns}
    SELECT s.organisasjon_id, 'saksmappe', s.id, f.felt, NULL, f.verdi, s.opprettet_dato, ${by}
    FROM saksmappe s JOIN administrativ_enhet e ON e.id = s.administrativ_enhet_id JOIN bruker u ON u.id = s.saksansvarlig_id
    CROSS JOIN LATERAL (VALUES ('tittel', s.tittel), ('referanseArkivdel', s.arkivdel_id::text), ('saksdato', s.saksdato::text),
      ('administrativEnhet', e.navn), ('saksansvarlig', u.navn), ('saksstatus', s.saksstatus), ('klassifikasjon', s.primaer_klasseverdi)) f(felt, verdi)
    WHERE ${inBatch(b, 's')}`.execute(db);
  await sql`${columns}
    SELECT j.organisasjon_id, 'journalpost', j.id, f.felt, NULL, f.verdi, j.opprettet_dato, ${by}
    FROM journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id JOIN administrativ_enhet e ON e.id = j.administrativ_enhet_id
      JOIN bruker u ON u.id = j.saksbehandler_id
    CROSS JOIN LATERAL (VALUES ('tittel', j.tittel), ('journalstatus', j.journalstatus), ('journaldato', j.journaldato::text),
      ('administrativEnhet', e.navn), ('saksbehandler', u.navn), ('journalposttype', j.journalposttype),
      ('registreringsID', s.saksaar || '/' || s.sakssekvensnummer || '-' || j.journalpostnummer)) f(felt, verdi)
    WHERE ${inBatch(b, 's')}`.execute(db);
  await sql`${columns}
    SELECT k.organisasjon_id, 'korrespondansepart', k.id, f.felt, NULL, f.verdi, k.opprettet_dato, ${by}
    FROM korrespondansepart k JOIN journalpost j ON j.id = k.journalpost_id JOIN saksmappe s ON s.id = j.saksmappe_id
    CROSS JOIN LATERAL (VALUES ('korrespondansepartNavn', k.navn), ('korrespondanseparttype', k.korrespondanseparttype)) f(felt, verdi)
    WHERE ${inBatch(b, 's')}`.execute(db);
  await sql`${columns}
    SELECT p.organisasjon_id, 'part', p.id, 'partNavn', NULL, p.part_navn, p.opprettet_dato, ${by}
    FROM part p JOIN saksmappe s ON s.id = p.saksmappe_id WHERE ${inBatch(b, 's')}`.execute(db);
}

async function numberSeries(db: Database, orgId: string) {
  for (const [serie, table, aar, nr] of [
    ['saksmappe', 'saksmappe', 'saksaar', 'sakssekvensnummer'],
    ['journalpost', 'journalpost', 'journalaar', 'journalsekvensnummer'],
  ] as const) {
    await sql`INSERT INTO nummerserie (organisasjon_id, serie, aar, siste)
      SELECT organisasjon_id, ${serie}, ${sql.ref(aar)}, max(${sql.ref(nr)}) FROM ${sql.table(table)}
      WHERE organisasjon_id = ${orgId} AND ${sql.ref(aar)} < ${FIRST_YEAR + YEARS} GROUP BY organisasjon_id, ${sql.ref(aar)}
      ON CONFLICT (organisasjon_id, serie, aar) DO UPDATE SET siste = excluded.siste`.execute(db);
  }
}

async function lookups(db: Database, orgId: string) {
  const arkivdel = await db
    .selectFrom('arkivdel')
    .select('id')
    .where('organisasjon_id', '=', orgId)
    .where('kortnavn', '=', 'SAK')
    .executeTakeFirstOrThrow();
  const units = await db.selectFrom('administrativ_enhet').select('id').where('organisasjon_id', '=', orgId).orderBy('kortnavn').execute();
  const users = await db
    .selectFrom('rolletildeling')
    .select('bruker_id')
    .distinct()
    .where('organisasjon_id', '=', orgId)
    .where('rolle', 'in', ['SB', 'LED', 'SF'])
    .orderBy('bruker_id')
    .execute();
  const klasser = await db
    .selectFrom('klasse')
    .select(['id', 'klasse_id'])
    .where('organisasjon_id', '=', orgId)
    .where('klasse_id', 'in', KLASSER)
    .execute();
  const klasseIds = KLASSER.map((k) => klasser.find((x) => x.klasse_id === k)!.id);
  return { arkivdel: arkivdel.id, units: units.map((u) => u.id), users: users.map((u) => u.bruker_id), klasser: klasseIds };
}
