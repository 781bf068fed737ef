import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import { pageOf } from '../../db/page-of.js';
import type { Window } from '../../shared/paging.js';
import type { Hendelse } from './domain/hendelse.js';

/** One event of a case's timeline with what its presenter needs of its record (screened there, not here). */
export interface HendelseRow {
  tidspunkt: Date;
  hendelse: Hendelse;
  hvem: string | null;
  journalpost_id: string | null;
  kode: string | null;
  kode2: string | null;
  dokumentnummer: number | null;
  part_id: string | null;
  merknad: string | null;
  journalpostnummer: number | null;
  journalposttype: string | null;
  tittel: string | null;
  offentlig_tittel: string | null;
  tilgangskode: string | null;
  skjermede_tittelord: number[] | null;
  part_navn: string | null;
  person_navn: string | null;
  svar_nummer: string | null;
}

/**
 * A case's timeline (saksforløp) is read from where each thing is kept,
 * in one statement whatever the case's size: the change log of the case
 * (saksstatus) and of its records (journalstatus, a record moved in) and
 * documents (finished), and the write-off, dispatch and dokumentflyt rows of
 * its records. Every branch is keyed by organisation and by the case's
 * records (journalpost's (saksmappe_id) index; the log's (organisasjon_id,
 * objekt_id)), oldest first, a page at a time.
 */
export const saksforlopRepository = {
  page(tx: Tx, orgId: string, saksmappeId: string, window: Window) {
    // kilde orders events of the same instant (one transaction) as they happen: a record before its documents.
    const events = sql<
      Omit<
        HendelseRow,
        | 'journalpostnummer'
        | 'journalposttype'
        | 'tittel'
        | 'offentlig_tittel'
        | 'tilgangskode'
        | 'skjermede_tittelord'
        | 'part_navn'
        | 'person_navn'
        | 'svar_nummer'
      > & { kilde: number; rad: string; person_id: string | null; svar_id: string | null }
    >`(
      WITH jp AS (SELECT id FROM journalpost WHERE organisasjon_id = ${orgId} AND saksmappe_id = ${saksmappeId})
      SELECT l.endret_dato AS tidspunkt, 1 AS kilde, lpad(l.id::text, 20, '0') AS rad,
        CASE WHEN l.tidligere_verdi IS NULL THEN 'sak-opprettet' ELSE 'saksstatus' END AS hendelse,
        l.endret_av_navn AS hvem, NULL::uuid AS journalpost_id, l.ny_verdi AS kode, l.tidligere_verdi AS kode2,
        NULL::int AS dokumentnummer, NULL::uuid AS part_id, NULL::uuid AS person_id, NULL::uuid AS svar_id, NULL::text AS merknad
      FROM endringslogg l
      WHERE l.organisasjon_id = ${orgId} AND l.objekt_id = ${saksmappeId} AND l.felt = 'saksstatus'
      UNION ALL
      SELECT l.endret_dato, 2, lpad(l.id::text, 20, '0'),
        CASE WHEN l.felt = 'registreringsID' THEN 'journalpost-flyttet'
          WHEN l.tidligere_verdi IS NULL THEN 'journalpost-registrert' ELSE 'journalstatus' END,
        l.endret_av_navn, l.objekt_id, l.ny_verdi, l.tidligere_verdi, NULL, NULL, NULL, NULL, NULL
      FROM endringslogg l
      WHERE l.organisasjon_id = ${orgId} AND l.objekt_id IN (SELECT id FROM jp)
        -- A record archived (A) is told once, by the case's closing, not once per record (a case may hold thousands).
        AND ((l.felt = 'journalstatus' AND l.ny_verdi IS DISTINCT FROM 'A') OR (l.felt = 'registreringsID' AND l.tidligere_verdi IS NOT NULL))
      UNION ALL
      SELECT l.endret_dato, 3, lpad(l.id::text, 20, '0'), 'dokument-ferdigstilt', l.endret_av_navn, d.journalpost_id, l.ny_verdi, l.tidligere_verdi,
        d.dokumentnummer, NULL, NULL, NULL, NULL
      FROM dokumentbeskrivelse d
      JOIN endringslogg l ON l.organisasjon_id = d.organisasjon_id AND l.objekt_id = d.id
      WHERE d.organisasjon_id = ${orgId} AND d.journalpost_id IN (SELECT id FROM jp)
        AND l.felt = 'dokumentstatus' AND l.ny_verdi = 'F'
      UNION ALL
      SELECT a.opprettet_dato, 4, a.id::text, 'avskrevet', b.navn, a.journalpost_id, a.avskrivningsmaate, NULL,
        NULL, a.korrespondansepart_id, NULL, a.referanse_avskrives_av_journalpost, a.merknad
      FROM avskrivning a LEFT JOIN bruker b ON b.id = a.avskrevet_av
      WHERE a.organisasjon_id = ${orgId} AND a.journalpost_id IN (SELECT id FROM jp)
      UNION ALL
      SELECT e.ekspedert_dato, 5, e.id::text, 'ekspedert', b.navn, e.journalpost_id, e.kanal, e.status,
        NULL, e.korrespondansepart_id, NULL, NULL, NULL
      FROM ekspedering e LEFT JOIN bruker b ON b.id = e.ekspedert_av
      WHERE e.organisasjon_id = ${orgId} AND e.journalpost_id IN (SELECT id FROM jp)
      UNION ALL
      SELECT f.sendt_dato, 6, f.id::text, 'flyt-sendt', b.navn, f.journalpost_id, f.flyttype, NULL, NULL, NULL,
        (SELECT s.flyt_til FROM dokumentflyt s WHERE s.flyt_id = f.id AND s.rekkefoelge = 1), NULL, NULL
      FROM flyt f LEFT JOIN bruker b ON b.id = f.sendt_av
      WHERE f.organisasjon_id = ${orgId} AND f.journalpost_id IN (SELECT id FROM jp)
      UNION ALL
      SELECT s.flyt_sendt_dato, 7, s.id::text, 'flyt-svar', b.navn, s.journalpost_id, s.flyt_status, f.flyttype, NULL, NULL,
        (SELECT n.flyt_til FROM dokumentflyt n WHERE n.flyt_id = s.flyt_id AND n.rekkefoelge = s.rekkefoelge + 1), NULL, s.flyt_merknad
      FROM dokumentflyt s JOIN flyt f ON f.id = s.flyt_id LEFT JOIN bruker b ON b.id = s.flyt_til
      WHERE s.organisasjon_id = ${orgId} AND s.journalpost_id IN (SELECT id FROM jp) AND s.flyt_status IS NOT NULL
    )`.as('h');
    const query = tx
      .selectFrom(events)
      .leftJoin('journalpost as j', 'j.id', 'h.journalpost_id')
      .leftJoin('korrespondansepart as kp', 'kp.id', 'h.part_id')
      .leftJoin('bruker as p', 'p.id', 'h.person_id')
      .leftJoin('journalpost as sv', 'sv.id', 'h.svar_id')
      .leftJoin('saksmappe as svs', 'svs.id', 'sv.saksmappe_id')
      .select([
        'h.tidspunkt',
        'h.hendelse',
        'h.hvem',
        'h.journalpost_id',
        'h.kode',
        'h.kode2',
        'h.dokumentnummer',
        'h.part_id',
        'h.merknad',
        'j.journalpostnummer',
        'j.journalposttype',
        'j.tittel',
        'j.offentlig_tittel',
        'j.tilgangskode',
        'j.skjermede_tittelord',
        'kp.navn as part_navn',
        'p.navn as person_navn',
        sql<string | null>`svs.saksaar || '/' || svs.sakssekvensnummer || '-' || sv.journalpostnummer`.as('svar_nummer'),
      ])
      .orderBy('h.tidspunkt')
      .orderBy('h.kilde')
      .orderBy('h.rad');
    return pageOf(query, window) as Promise<{ rows: HendelseRow[]; total: number }>;
  },
};
