import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';

/** SQL of the deletion of versions, variants and production formats (migration 0088). */
export const slettingRepository = {
  /** A file object with what the deletion rule asks of its document and case. */
  target(tx: Tx, org: string, dokumentobjektId: string) {
    return tx
      .selectFrom('dokumentobjekt as o')
      .innerJoin('dokumentbeskrivelse as d', (j) =>
        j.onRef('d.id', '=', 'o.dokumentbeskrivelse_id').onRef('d.organisasjon_id', '=', 'o.organisasjon_id'),
      )
      .innerJoin('journalpost as j', (j) => j.onRef('j.id', '=', 'd.journalpost_id').onRef('j.organisasjon_id', '=', 'd.organisasjon_id'))
      .innerJoin('saksmappe as m', (j) => j.onRef('m.id', '=', 'j.saksmappe_id').onRef('m.organisasjon_id', '=', 'j.organisasjon_id'))
      .select([
        'o.id',
        'o.versjonsnummer',
        'o.variantformat',
        'o.dokumentbeskrivelse_id',
        'd.dokumentstatus',
        'd.kassert_dato',
        'd.personsensitiv',
        'm.rettslig_hold',
      ])
      .where('o.organisasjon_id', '=', org)
      .where('o.id', '=', dokumentobjektId)
      .executeTakeFirst();
  },

  objectsOf(tx: Tx, org: string, dokumentbeskrivelseId: string) {
    return tx
      .selectFrom('dokumentobjekt')
      .select(['id', 'versjonsnummer', 'variantformat'])
      .where('organisasjon_id', '=', org)
      .where('dokumentbeskrivelse_id', '=', dokumentbeskrivelseId)
      .execute();
  },

  /** Deletes as slett_dokumentobjekt allows; the checksums whose content no catalogue row names any longer. */
  async slett(tx: Tx, dokumentobjektId: string, slettingstype: string): Promise<string[]> {
    const result = await sql<{
      sjekksum: string;
    }>`SELECT slett_dokumentobjekt(${dokumentobjektId}::uuid, ${slettingstype}) AS sjekksum`.execute(tx);
    return result.rows.map((r) => r.sjekksum);
  },

  /** The sletting rows of a document, newest first (Noark sletting, M089/M613/M614). */
  listFor(tx: Tx, org: string, dokumentbeskrivelseId: string) {
    return tx
      .selectFrom('sletting')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('dokumentbeskrivelse_id', '=', dokumentbeskrivelseId)
      .orderBy('slettet_dato', 'desc')
      .orderBy('id')
      .execute();
  },
};
