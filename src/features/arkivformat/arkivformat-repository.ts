import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Tx } from '../../db/tenant.js';

/** A document with what the archival-format rule reads (src/features/arkivformat/domain/arkivformat.ts). */
export interface DocumentFormatRow {
  id: string;
  journalpost_id: string;
  dokumentnummer: number;
  formats: string[];
  production_mime_type: string | null;
  unntak: string | null;
}

/** The newest version of the document `d`. */
export const NEWEST = sql`(SELECT max(v.versjonsnummer) FROM dokumentobjekt v WHERE v.dokumentbeskrivelse_id = d.id AND v.organisasjon_id = d.organisasjon_id)`;

/** The organisation's approved archival formats, and the formats of its documents' newest versions (krav 2.7.9–2.7.13). */
export const arkivformatRepository = {
  async approved(tx: Tx, orgId: string): Promise<string[] | null> {
    const row = await tx.selectFrom('organisasjon').select('arkivformater').where('id', '=', orgId).executeTakeFirstOrThrow();
    return row.arkivformater;
  },

  async setApproved(tx: Tx, orgId: string, formats: string[] | null): Promise<void> {
    await tx.updateTable('organisasjon').set({ arkivformater: formats }).where('id', '=', orgId).execute();
  },

  async setUnntak(tx: Tx, orgId: string, dokumentbeskrivelseId: string, unntak: string | null): Promise<void> {
    await tx
      .updateTable('dokumentbeskrivelse')
      .set({ arkivformat_unntak: unntak })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', dokumentbeskrivelseId)
      .execute();
  },

  /** The documents of some records. */
  ofRecords(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<DocumentFormatRow[]> {
    if (journalpostIds.length === 0) return Promise.resolve([]);
    return documents(tx, orgId).where('d.journalpost_id', 'in', journalpostIds).execute();
  },

  /** The documents of a case's records that are not void. */
  ofCase(tx: Tx, orgId: string, saksmappeId: string): Promise<DocumentFormatRow[]> {
    return documents(tx, orgId)
      .where('d.journalpost_id', 'in', (eb) =>
        eb
          .selectFrom('journalpost as j')
          .select('j.id')
          .where('j.organisasjon_id', '=', orgId)
          .where('j.saksmappe_id', '=', saksmappeId)
          .where('j.journalstatus', '<>', 'U'),
      )
      .execute();
  },
};

function documents(tx: Tx, orgId: string): SelectQueryBuilder<DB & { d: DB['dokumentbeskrivelse'] }, 'd', DocumentFormatRow> {
  return tx
    .selectFrom('dokumentbeskrivelse as d')
    .where('d.organisasjon_id', '=', orgId)
    .select([
      'd.id',
      'd.journalpost_id',
      'd.dokumentnummer',
      'd.arkivformat_unntak as unntak',
      sql<string[]>`coalesce((SELECT json_agg(o.format) FROM dokumentobjekt o
        WHERE o.dokumentbeskrivelse_id = d.id AND o.organisasjon_id = d.organisasjon_id AND o.versjonsnummer = ${NEWEST}), '[]'::json)`.as(
        'formats',
      ),
      sql<string | null>`(SELECT o.mime_type FROM dokumentobjekt o WHERE o.dokumentbeskrivelse_id = d.id
        AND o.organisasjon_id = d.organisasjon_id AND o.variantformat = 'P' AND o.versjonsnummer = ${NEWEST})`.as('production_mime_type'),
    ]);
}
