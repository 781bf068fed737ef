import type { Updateable } from 'kysely';
import type { Tx } from '../../../db/tenant.js';
import { CAPS } from '../../../shared/caps.js';
import type { TilgangsgruppeTable, TilgangskodeTable } from '../tables.js';

/** The two lists of people that give read access: a group's members and a case's internal contacts. */
const PEOPLE_LISTS = {
  medlemmer: { table: 'tilgangsgruppe_medlem', owner: 'tilgangsgruppe_id', max: CAPS.medlemmer.max },
  kontakter: { table: 'saksmappe_intern_kontakt', owner: 'saksmappe_id', max: CAPS.interneKontakter.max },
} as const;
export type PeopleList = keyof typeof PEOPLE_LISTS;

const CODE_COLUMNS = ['id', 'kode', 'navn', 'skjermingshjemmel', 'aktiv'] as const;
const GROUP_COLUMNS = ['id', 'navn', 'beskrivelse', 'aktiv'] as const;

/** The SQL of the system owner's access codes and groups, group members and internal contacts on cases. */
export const accessAdminRepository = {
  findKode(tx: Tx, orgId: string, kode: string) {
    return tx
      .selectFrom('tilgangskode')
      .select(CODE_COLUMNS)
      .where('organisasjon_id', '=', orgId)
      .where('kode', '=', kode)
      .executeTakeFirst();
  },

  async activeKoder(tx: Tx, orgId: string): Promise<string[]> {
    const rows = await tx
      .selectFrom('tilgangskode')
      .select('kode')
      .where('organisasjon_id', '=', orgId)
      .where('aktiv', '=', true)
      .execute();
    return rows.map((r) => r.kode);
  },

  insertKode(tx: Tx, row: { organisasjon_id: string; kode: string; navn: string; skjermingshjemmel: string | null }) {
    return tx.insertInto('tilgangskode').values(row).returning(CODE_COLUMNS).executeTakeFirstOrThrow();
  },

  updateKode(tx: Tx, orgId: string, id: string, patch: Updateable<TilgangskodeTable>) {
    return tx
      .updateTable('tilgangskode')
      .set(patch)
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .returning(CODE_COLUMNS)
      .executeTakeFirstOrThrow();
  },

  /** Locks the group's row: changes to one group and its members queue. */
  findGruppeForUpdate(tx: Tx, orgId: string, id: string) {
    return tx
      .selectFrom('tilgangsgruppe')
      .select(GROUP_COLUMNS)
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  },

  findGruppeByNavn(tx: Tx, orgId: string, navn: string) {
    return tx
      .selectFrom('tilgangsgruppe')
      .select('id')
      .where('organisasjon_id', '=', orgId)
      .where((eb) => eb(eb.fn('lower', ['navn']), '=', navn.toLowerCase()))
      .executeTakeFirst();
  },

  insertGruppe(tx: Tx, row: { organisasjon_id: string; navn: string; beskrivelse: string | null }) {
    return tx.insertInto('tilgangsgruppe').values(row).returning(GROUP_COLUMNS).executeTakeFirstOrThrow();
  },

  updateGruppe(tx: Tx, orgId: string, id: string, patch: Updateable<TilgangsgruppeTable>) {
    return tx
      .updateTable('tilgangsgruppe')
      .set(patch)
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .returning(GROUP_COLUMNS)
      .executeTakeFirstOrThrow();
  },

  /** An active user with a role in the organisation: only they can be members or contacts. */
  findOrgUser(tx: Tx, orgId: string, brukerId: string) {
    return tx
      .selectFrom('bruker as b')
      .select(['b.id', 'b.brukernavn', 'b.navn'])
      .where('b.id', '=', brukerId)
      .where('b.aktiv', '=', true)
      .where((eb) =>
        eb.exists(
          eb.selectFrom('rolletildeling as r').select('r.id').whereRef('r.bruker_id', '=', 'b.id').where('r.organisasjon_id', '=', orgId),
        ),
      )
      .executeTakeFirst();
  },

  findBruker(tx: Tx, brukerId: string) {
    return tx.selectFrom('bruker').select(['id', 'brukernavn', 'navn']).where('id', '=', brukerId).executeTakeFirstOrThrow();
  },

  /** The people of a group (its members) or of a case (its internal contacts), by name. */
  listPeople(tx: Tx, list: PeopleList, orgId: string, ownerId: string) {
    const { table, owner, max } = PEOPLE_LISTS[list];
    return tx
      .selectFrom(`${table} as p` as 'tilgangsgruppe_medlem as p')
      .innerJoin('bruker as b', 'b.id', 'p.bruker_id')
      .select(['b.id', 'b.brukernavn', 'b.navn', 'p.opprettet_dato'])
      .where('p.organisasjon_id', '=', orgId)
      .where(`p.${owner}` as 'p.tilgangsgruppe_id', '=', ownerId)
      .orderBy('b.navn')
      .limit(max)
      .execute();
  },

  /** Adds a person to the list; false when they were on it already. */
  async insertPerson(tx: Tx, list: PeopleList, row: { orgId: string; ownerId: string; brukerId: string; by: string }) {
    const { table, owner } = PEOPLE_LISTS[list];
    // The two tables share their shape; Kysely cannot type an insert over a union of tables.
    const added = await tx
      .insertInto(table as 'tilgangsgruppe_medlem')
      .values({ organisasjon_id: row.orgId, [owner as 'tilgangsgruppe_id']: row.ownerId, bruker_id: row.brukerId, opprettet_av: row.by })
      .onConflict((oc) => oc.columns([owner as 'tilgangsgruppe_id', 'bruker_id', 'organisasjon_id']).doNothing())
      .returning('bruker_id')
      .executeTakeFirst();
    return added !== undefined;
  },

  /** Removes a person from the list; false when they were not on it. */
  async deletePerson(tx: Tx, list: PeopleList, orgId: string, ownerId: string, brukerId: string) {
    const { table, owner } = PEOPLE_LISTS[list];
    const gone = await tx
      .deleteFrom(table as 'tilgangsgruppe_medlem')
      .where('organisasjon_id', '=', orgId)
      .where(owner as 'tilgangsgruppe_id', '=', ownerId)
      .where('bruker_id', '=', brukerId)
      .returning('bruker_id')
      .executeTakeFirst();
    return gone !== undefined;
  },
};

/** How the change log names a member or contact: readable, and unique by the user name. */
export const personLogValue = (u: { navn: string; brukernavn: string }) => `${u.navn} (${u.brukernavn})`;
