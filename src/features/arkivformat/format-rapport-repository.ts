import { sql, type RawBuilder } from 'kysely';
import { pageOf } from '../../db/page-of.js';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
import type { FormatUtvalg } from './domain/format-utvalg.js';
import { NEWEST } from './arkivformat-repository.js';

/** A file object of `d` (any version, or the newest) with a condition. */
const hasObject = (where: RawBuilder<unknown>, newestOnly = false) =>
  sql`EXISTS (SELECT 1 FROM dokumentobjekt o WHERE o.dokumentbeskrivelse_id = d.id AND o.organisasjon_id = d.organisasjon_id
    ${newestOnly ? sql`AND o.versjonsnummer = ${NEWEST}` : sql``} AND ${where})`;

const approvedSql = (approved: readonly string[]) => sql`ARRAY[${sql.join(approved.map((f) => sql`${f}`))}]::text[]`;

/** The SQL twin of `inUtvalg` (domain/format-utvalg.ts); tests/arkivformat/format-rapport.test.ts holds them together. */
export function utvalgSql(utvalg: FormatUtvalg, approved: readonly string[]): RawBuilder<boolean> {
  const ok = approvedSql(approved);
  switch (utvalg) {
    case 'uten-arkivformat':
      return sql<boolean>`${hasObject(sql`true`)} AND NOT ${hasObject(sql`o.format = ANY(${ok})`, true)}`;
    case 'flere-versjoner':
      return sql<boolean>`(SELECT count(DISTINCT o.versjonsnummer) FROM dokumentobjekt o
        WHERE o.dokumentbeskrivelse_id = d.id AND o.organisasjon_id = d.organisasjon_id) > 1`;
    case 'varianter':
      return sql<boolean>`${hasObject(sql`o.variantformat IN ('A', 'O')`)}`;
    case 'produksjonsformat':
      return sql<boolean>`${hasObject(sql`o.variantformat = 'P'`, true)} AND ${hasObject(sql`o.variantformat = 'A' AND o.format = ANY(${ok})`, true)}`;
  }
}

/** The documents of the organisation in a selection, with their record and case, oldest record first. */
export function formatRapportPage(tx: Tx, orgId: string, utvalg: FormatUtvalg, approved: readonly string[], page: Window) {
  const q = tx
    .selectFrom('dokumentbeskrivelse as d')
    .innerJoin('journalpost as j', (join) =>
      join.onRef('j.id', '=', 'd.journalpost_id').onRef('j.organisasjon_id', '=', 'd.organisasjon_id'),
    )
    .innerJoin('saksmappe as s', (join) => join.onRef('s.id', '=', 'j.saksmappe_id').onRef('s.organisasjon_id', '=', 'j.organisasjon_id'))
    .where('d.organisasjon_id', '=', orgId)
    .where(utvalgSql(utvalg, approved))
    .select([
      'd.id',
      'd.tittel',
      'd.dokumentnummer',
      'd.dokumentstatus',
      'd.arkivformat_unntak',
      'j.id as journalpost_id',
      'j.journalpostnummer',
      'j.journalstatus',
      's.id as saksmappe_id',
      's.saksaar',
      's.sakssekvensnummer',
      sql<number>`(SELECT count(DISTINCT o.versjonsnummer)::int FROM dokumentobjekt o
        WHERE o.dokumentbeskrivelse_id = d.id AND o.organisasjon_id = d.organisasjon_id)`.as('versjoner'),
      sql<{ variantformat: string; format: string }[]>`coalesce((SELECT json_agg(json_build_object('variantformat', o.variantformat,
        'format', o.format) ORDER BY o.variantformat) FROM dokumentobjekt o WHERE o.dokumentbeskrivelse_id = d.id
        AND o.organisasjon_id = d.organisasjon_id AND o.versjonsnummer = ${NEWEST}), '[]'::json)`.as('nyeste'),
    ])
    .orderBy('s.saksaar')
    .orderBy('s.sakssekvensnummer')
    .orderBy('j.journalpostnummer')
    .orderBy('d.dokumentnummer');
  return pageOf(q, page);
}
