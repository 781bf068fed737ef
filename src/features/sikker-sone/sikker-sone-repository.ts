import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Tx } from '../../db/tenant.js';

type Db = Kysely<DB>;

/** The session's second step (system level: sessions belong to no organisation) and the secure zone's document queries. */
export const sikkerSoneRepository = {
  async stepUpUntil(db: Db, sessionTokenHash: string): Promise<Date | null> {
    const row = await db.selectFrom('session').select('sikker_sone_til').where('token_hash', '=', sessionTokenHash).executeTakeFirst();
    return row?.sikker_sone_til ?? null;
  },

  async setStepUpUntil(db: Db, sessionTokenHash: string, until: Date | null): Promise<void> {
    await db.updateTable('session').set({ sikker_sone_til: until }).where('token_hash', '=', sessionTokenHash).execute();
  },

  /** The document behind a file object: whether it is secure, and where it hangs (for the read check and the log). */
  findDokumentOfObjekt(tx: Tx, org: string, dokumentobjektId: string) {
    return tx
      .selectFrom('dokumentobjekt as o')
      .innerJoin('dokumentbeskrivelse as d', 'd.id', 'o.dokumentbeskrivelse_id')
      .select(['d.id', 'd.personsensitiv', 'd.journalpost_id'])
      .where('o.organisasjon_id', '=', org)
      .where('o.id', '=', dokumentobjektId)
      .executeTakeFirst();
  },

  listObjektSjekksummer(tx: Tx, org: string, dokumentbeskrivelseId: string) {
    return tx
      .selectFrom('dokumentobjekt')
      .select(['sjekksum', 'filstoerrelse'])
      .where('organisasjon_id', '=', org)
      .where('dokumentbeskrivelse_id', '=', dokumentbeskrivelseId)
      .execute();
  },

  /** Whether an ordinary (not personsensitive) document still uses the content: then its plain copy must stay. */
  async usedByOrdinary(tx: Tx, org: string, sjekksum: string): Promise<boolean> {
    const row = await tx
      .selectFrom('dokumentobjekt as o')
      .innerJoin('dokumentbeskrivelse as d', 'd.id', 'o.dokumentbeskrivelse_id')
      .select('o.id')
      .where('o.organisasjon_id', '=', org)
      .where('o.sjekksum', '=', sjekksum)
      .where('d.personsensitiv', '=', false)
      .executeTakeFirst();
    return row !== undefined;
  },

  markPersonsensitiv(tx: Tx, org: string, dokumentbeskrivelseId: string) {
    return tx
      .updateTable('dokumentbeskrivelse')
      .set({ personsensitiv: true })
      .where('organisasjon_id', '=', org)
      .where('id', '=', dokumentbeskrivelseId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  listDokumenter(tx: Tx, org: string, ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return tx
      .selectFrom('dokumentbeskrivelse')
      .select(['id', 'tittel', 'personsensitiv'])
      .where('organisasjon_id', '=', org)
      .where('id', 'in', ids)
      .execute();
  },
};
