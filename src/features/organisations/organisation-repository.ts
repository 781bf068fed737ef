import type { Kysely } from 'kysely';
import { pageOf } from '../../db/page-of.js';
import type { DB } from '../../db/schema.js';
import { CAPS } from '../../shared/caps.js';
import type { Window } from '../../shared/paging.js';
import type { Rolle } from '../../shared/roles.js';
import { inForce, type RolePeriod } from './domain/role-period.js';
import { roleInForceSql } from './role-in-force-sql.js';

type Db = Kysely<DB>;

/** Which users a list shows: a part of the name or user name, only those active with a role in force, only integration users. */
export interface UserFilter {
  q?: string | undefined;
  aktive?: boolean | undefined;
  integrasjon?: boolean | undefined;
}

/** What identifies one role assignment, apart from its period. */
export interface AssignmentKey {
  brukerId: string;
  organisasjonId: string;
  enhetId: string | null;
  rolle: Rolle;
}

/**
 * Organisations, units, users and role assignments. Tenant reads take the
 * organisation id explicitly even though RLS also filters: every hot query
 * stays keyed by organisation.
 */
export const organisationRepository = {
  findOrganisationByKortnavn(db: Db, kortnavn: string) {
    return db.selectFrom('organisasjon').selectAll().where('kortnavn', '=', kortnavn).executeTakeFirst();
  },

  findOrganisation(db: Db, id: string) {
    return db.selectFrom('organisasjon').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async hasAnyOrganisation(db: Db): Promise<boolean> {
    return (await db.selectFrom('organisasjon').select('id').limit(1).executeTakeFirst()) !== undefined;
  },

  setOidcEmailLinking(db: Db, id: string, on: boolean) {
    return db.updateTable('organisasjon').set({ oidc_epost_kobling: on }).where('id', '=', id).execute();
  },

  listOrganisations(db: Db) {
    return db.selectFrom('organisasjon').selectAll().orderBy('navn').execute();
  },

  insertOrganisation(db: Db, row: { navn: string; kortnavn: string; organisasjonsnummer: string; dokumentsenterId: string | null }) {
    return db
      .insertInto('organisasjon')
      .values({
        navn: row.navn,
        kortnavn: row.kortnavn,
        organisasjonsnummer: row.organisasjonsnummer,
        dokumentsenter_id: row.dokumentsenterId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async ensureDokumentsenter(db: Db, navn: string): Promise<string> {
    const found = await db.selectFrom('dokumentsenter').select('id').where('navn', '=', navn).executeTakeFirst();
    if (found) return found.id;
    const created = await db.insertInto('dokumentsenter').values({ navn }).returning('id').executeTakeFirstOrThrow();
    return created.id;
  },

  listUnits(db: Db, organisasjonId: string) {
    return db
      .selectFrom('administrativ_enhet')
      .select(['id', 'kortnavn', 'navn', 'overordnet_enhet_id', 'aktiv'])
      .where('organisasjon_id', '=', organisasjonId)
      .orderBy('navn')
      .limit(CAPS.enheter.max)
      .execute();
  },

  findUnit(db: Db, organisasjonId: string, id: string) {
    return db
      .selectFrom('administrativ_enhet')
      .selectAll()
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findUnitByKortnavn(db: Db, organisasjonId: string, kortnavn: string) {
    return db
      .selectFrom('administrativ_enhet')
      .selectAll()
      .where('organisasjon_id', '=', organisasjonId)
      .where('kortnavn', '=', kortnavn)
      .executeTakeFirst();
  },

  insertUnit(db: Db, row: { organisasjonId: string; kortnavn: string; navn: string; overordnetEnhetId: string | null }) {
    return db
      .insertInto('administrativ_enhet')
      .values({ organisasjon_id: row.organisasjonId, kortnavn: row.kortnavn, navn: row.navn, overordnet_enhet_id: row.overordnetEnhetId })
      .returning(['id', 'kortnavn', 'navn', 'overordnet_enhet_id', 'aktiv'])
      .executeTakeFirstOrThrow();
  },

  findUserById(db: Db, id: string) {
    return db.selectFrom('bruker').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Whether the user holds, or has held, any role in the organisation. */
  async belongsTo(db: Db, brukerId: string, organisasjonId: string): Promise<boolean> {
    const row = await db
      .selectFrom('rolletildeling')
      .select('id')
      .where('bruker_id', '=', brukerId)
      .where('organisasjon_id', '=', organisasjonId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  findUserByUsername(db: Db, brukernavn: string) {
    return db.selectFrom('bruker').selectAll().where('brukernavn', '=', brukernavn).executeTakeFirst();
  },

  insertUser(db: Db, row: { brukernavn: string; navn: string; epost: string | null; passordHash: string | null; integrasjon: boolean }) {
    return db
      .insertInto('bruker')
      .values({ brukernavn: row.brukernavn, navn: row.navn, epost: row.epost, passord_hash: row.passordHash, integrasjon: row.integrasjon })
      .returning(['id', 'brukernavn', 'navn', 'epost'])
      .executeTakeFirstOrThrow();
  },

  setPassword(db: Db, brukerId: string, passordHash: string) {
    return db.updateTable('bruker').set({ passord_hash: passordHash }).where('id', '=', brukerId).execute();
  },

  /** The periods of one assignment (user, organisation, unit, role), old ones too. */
  listAssignmentPeriods(db: Db, row: AssignmentKey) {
    let q = db
      .selectFrom('rolletildeling')
      .selectAll()
      .where('bruker_id', '=', row.brukerId)
      .where('organisasjon_id', '=', row.organisasjonId)
      .where('rolle', '=', row.rolle);
    q = row.enhetId ? q.where('administrativ_enhet_id', '=', row.enhetId) : q.where('administrativ_enhet_id', 'is', null);
    return q.orderBy('fra_dato').execute();
  },

  /** The assignment (user, organisation, unit, role) in force on `today`, if any. */
  async findRoleAssignment(db: Db, row: AssignmentKey, today: string) {
    const periods = await this.listAssignmentPeriods(db, row);
    return periods.find((p) => inForce({ fraDato: p.fra_dato, tilDato: p.til_dato }, today));
  },

  /** Whether the user holds a role in force on `today` in another organisation (the caller must see all: no tenant). */
  async holdsRoleElsewhere(db: Db, brukerId: string, organisasjonId: string, today: string): Promise<boolean> {
    const row = await db
      .selectFrom('rolletildeling')
      .select('id')
      .where('bruker_id', '=', brukerId)
      .where('organisasjon_id', '!=', organisasjonId)
      .where(roleInForceSql('rolletildeling', today))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  setRoleAssignmentEnd(db: Db, organisasjonId: string, id: string, tilDato: string) {
    return db
      .updateTable('rolletildeling')
      .set({ til_dato: tilDato })
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .execute();
  },

  /** Whether the user holds or has held a role in the organisation (ended assignments are kept). */
  async hasAssignmentIn(db: Db, brukerId: string, organisasjonId: string): Promise<boolean> {
    const row = await db
      .selectFrom('rolletildeling')
      .select('id')
      .where('bruker_id', '=', brukerId)
      .where('organisasjon_id', '=', organisasjonId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  setUserActive(db: Db, brukerId: string, aktiv: boolean) {
    return db.updateTable('bruker').set({ aktiv }).where('id', '=', brukerId).execute();
  },

  findRoleAssignmentById(db: Db, organisasjonId: string, id: string) {
    return db
      .selectFrom('rolletildeling')
      .selectAll()
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  insertRoleAssignment(db: Db, row: AssignmentKey & RolePeriod) {
    return db
      .insertInto('rolletildeling')
      .values({
        bruker_id: row.brukerId,
        organisasjon_id: row.organisasjonId,
        administrativ_enhet_id: row.enhetId,
        rolle: row.rolle,
        fra_dato: row.fraDato,
        til_dato: row.tilDato,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Users holding a role in the organisation, with those roles. */
  /**
   * A page of the users who hold or have held a role in the organisation,
   * by name, with the total: filtered by a part of the name or user name,
   * to those active with a role in force on `today`, or to integration users.
   */
  pageUsers(db: Db, organisasjonId: string, filter: UserFilter, today: string, page: Window) {
    let q = db.selectFrom('bruker as b').where((eb) => {
      let roles = eb.selectFrom('rolletildeling as r').select('r.id').whereRef('r.bruker_id', '=', 'b.id');
      roles = roles.where('r.organisasjon_id', '=', organisasjonId);
      if (filter.aktive) {
        roles = roles.where(roleInForceSql('r', today));
      }
      return eb.exists(roles);
    });
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([eb('b.navn', 'ilike', pattern), eb('b.brukernavn', 'ilike', pattern)]));
    }
    if (filter.aktive) q = q.where('b.aktiv', '=', true);
    if (filter.integrasjon) q = q.where('b.integrasjon', '=', true);
    return pageOf(
      q.select(['b.id', 'b.brukernavn', 'b.navn', 'b.epost', 'b.aktiv', 'b.integrasjon']).orderBy('b.navn').orderBy('b.id'),
      page,
    );
  },

  /** Every role assignment in the organisation of some users (a page of them). */
  rolesOf(db: Db, organisasjonId: string, brukerIds: readonly string[]) {
    if (brukerIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('rolletildeling as r')
      .leftJoin('administrativ_enhet as e', 'e.id', 'r.administrativ_enhet_id')
      .select([
        'r.bruker_id as brukerId',
        'r.id',
        'r.rolle',
        'r.fra_dato as fraDato',
        'r.til_dato as tilDato',
        'e.id as enhetId',
        'e.navn as enhetNavn',
      ])
      .where('r.organisasjon_id', '=', organisasjonId)
      .where('r.bruker_id', 'in', brukerIds)
      .orderBy('r.rolle')
      .orderBy('r.fra_dato')
      .execute();
  },
};
