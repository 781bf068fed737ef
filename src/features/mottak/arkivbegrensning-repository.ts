import type { Tx } from '../../db/tenant.js';
import { CAPS } from '../../shared/caps.js';

/** The organisation's reasons for arkivbegrensning. */
export const arkivbegrensningRepository = {
  list(tx: Tx, org: string) {
    return tx
      .selectFrom('arkivbegrensning_grunn')
      .select(['id', 'navn', 'aktiv', 'rekkefolge'])
      .where('organisasjon_id', '=', org)
      .orderBy('rekkefolge')
      .orderBy('navn')
      .limit(CAPS.arkivbegrensningGrunner.max)
      .execute();
  },

  find(tx: Tx, org: string, id: string) {
    return tx.selectFrom('arkivbegrensning_grunn').selectAll().where('organisasjon_id', '=', org).where('id', '=', id).executeTakeFirst();
  },

  /** The new reason, or nothing when the name is taken. */
  insert(tx: Tx, org: string, navn: string) {
    return tx
      .insertInto('arkivbegrensning_grunn')
      .values((eb) => ({
        organisasjon_id: org,
        navn,
        rekkefolge: eb
          .selectFrom('arkivbegrensning_grunn')
          .select(eb.fn.coalesce(eb.fn.max('rekkefolge'), eb.lit(0)).as('r'))
          .where('organisasjon_id', '=', org),
      }))
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'navn', 'aktiv', 'rekkefolge'])
      .executeTakeFirst();
  },

  update(tx: Tx, org: string, id: string, changes: { navn?: string | undefined; aktiv?: boolean | undefined }) {
    return tx
      .updateTable('arkivbegrensning_grunn')
      .set(changes)
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .returning(['id', 'navn', 'aktiv', 'rekkefolge'])
      .executeTakeFirst();
  },
};
