import { sql, type Insertable, type Selectable } from 'kysely';
import { pageOf } from '../../db/page-of.js';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';
import type { Message } from '../../shared/errors.js';
import type { MottakFilTable, Mottakshendelse, Mottaksstatus, MottakTable } from './tables.js';

export type MottakRow = Selectable<MottakTable>;
export type MottakFilRow = Selectable<MottakFilTable>;

export interface QueueFilter {
  statuser: readonly Mottaksstatus[];
  /** Only what was forwarded to this user (the addressee's own list). */
  adressatBrukerId?: string | undefined;
  /** Handled post newest first; the open queue oldest first (post is handled in the order it came). */
  nyesteFoerst?: boolean | undefined;
}

/** The reception queue's rows. Every query names the organisation. */
export const mottakRepository = {
  /** A new item, or nothing when the same delivery (content or Message-ID) is there already. */
  async insert(tx: Tx, row: Omit<Insertable<MottakTable>, 'merknader'> & { merknader: Message[] }): Promise<MottakRow | undefined> {
    return tx
      .insertInto('mottak')
      .values({ ...row, merknader: JSON.stringify(row.merknader) })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
  },

  /** The item already received with this content or Message-ID. */
  findDelivered(tx: Tx, org: string, sjekksum: string, messageId: string | null) {
    return tx
      .selectFrom('mottak')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where((eb) => eb.or([eb('sjekksum', '=', sjekksum), ...(messageId ? [eb('message_id', '=', messageId)] : [])]))
      .orderBy('opprettet_dato')
      .limit(1)
      .executeTakeFirst();
  },

  insertFiles(tx: Tx, rows: Insertable<MottakFilTable>[]) {
    if (rows.length === 0) return Promise.resolve([]);
    return tx.insertInto('mottak_fil').values(rows).returningAll().execute();
  },

  log(tx: Tx, org: string, mottakId: string, hendelse: Mottakshendelse, detaljer: string | null = null) {
    return tx.insertInto('mottak_hendelse').values({ organisasjon_id: org, mottak_id: mottakId, hendelse, detaljer }).execute();
  },

  find(tx: Tx, org: string, id: string) {
    return tx.selectFrom('mottak').selectAll().where('organisasjon_id', '=', org).where('id', '=', id).executeTakeFirst();
  },

  findForUpdate(tx: Tx, org: string, id: string) {
    return tx.selectFrom('mottak').selectAll().where('organisasjon_id', '=', org).where('id', '=', id).forUpdate().executeTakeFirst();
  },

  files(tx: Tx, org: string, mottakId: string) {
    return tx
      .selectFrom('mottak_fil')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('mottak_id', '=', mottakId)
      .orderBy('nummer')
      .execute();
  },

  findFile(tx: Tx, org: string, id: string) {
    return tx
      .selectFrom('mottak_fil')
      .innerJoin('mottak', (j) =>
        j.onRef('mottak.id', '=', 'mottak_fil.mottak_id').onRef('mottak.organisasjon_id', '=', 'mottak_fil.organisasjon_id'),
      )
      .selectAll('mottak_fil')
      .select(['mottak.status', 'mottak.adressat_bruker_id'])
      .where('mottak_fil.organisasjon_id', '=', org)
      .where('mottak_fil.id', '=', id)
      .executeTakeFirst();
  },

  /** Size and type of stored content (an item's original). */
  catalogued(tx: Tx, org: string, sjekksum: string) {
    return tx
      .selectFrom('fil')
      .select(['filstoerrelse', 'mime_type', 'format'])
      .where('organisasjon_id', '=', org)
      .where('sjekksum', '=', sjekksum)
      .executeTakeFirstOrThrow();
  },

  history(tx: Tx, org: string, mottakId: string) {
    return tx
      .selectFrom('mottak_hendelse')
      .select(['hendelse', 'detaljer', 'utfort_av_navn', 'utfort_dato'])
      .where('organisasjon_id', '=', org)
      .where('mottak_id', '=', mottakId)
      .orderBy('id')
      .limit(200)
      .execute();
  },

  /**
   * A page of the queue with each item's file count, and the total: the open
   * queue oldest first (post is handled in the order it came), handled post
   * and an addressee's own list newest first.
   */
  page(tx: Tx, org: string, filter: QueueFilter, window: Window) {
    let q = tx
      .selectFrom('mottak')
      .selectAll('mottak')
      .select((eb) =>
        eb
          .selectFrom('mottak_fil')
          .select((f) => f.fn.countAll<number>().as('n'))
          .whereRef('mottak_fil.mottak_id', '=', 'mottak.id')
          .whereRef('mottak_fil.organisasjon_id', '=', 'mottak.organisasjon_id')
          .as('antall_filer'),
      )
      .where('organisasjon_id', '=', org)
      .where('status', 'in', filter.statuser);
    if (filter.adressatBrukerId) q = q.where('adressat_bruker_id', '=', filter.adressatBrukerId);
    const direction = filter.nyesteFoerst || filter.adressatBrukerId ? 'desc' : 'asc';
    return pageOf(q.orderBy(filter.adressatBrukerId ? 'behandlet_dato' : 'mottatt_dato', direction).orderBy('id'), window);
  },

  /** The e-mail address of a user (the addressee of forwarded post). */
  async epostOf(tx: Tx, brukerId: string): Promise<string | null> {
    const row = await tx.selectFrom('bruker').select('epost').where('id', '=', brukerId).executeTakeFirst();
    return row?.epost ?? null;
  },

  markRegistered(tx: Tx, org: string, id: string, journalpostId: string, by: string) {
    return tx
      .updateTable('mottak')
      .set({ status: 'registrert', journalpost_id: journalpostId, behandlet_av: by, behandlet_dato: sql<Date>`now()` })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  markArkivbegrenset(tx: Tx, org: string, id: string, decision: { grunn: string; adressatBrukerId: string | null; by: string }) {
    return tx
      .updateTable('mottak')
      .set({
        status: 'arkivbegrenset',
        arkivbegrensning_grunn: decision.grunn,
        adressat_bruker_id: decision.adressatBrukerId,
        behandlet_av: decision.by,
        behandlet_dato: sql<Date>`now()`,
      })
      .where('organisasjon_id', '=', org)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};
