import { sql, type ExpressionBuilder, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Rolle } from '../../shared/roles.js';
import { roleInForceSql } from '../organisations/role-in-force-sql.js';

/** System-level queries for authentication; they run outside any tenant. */
type Db = Kysely<DB>;

export interface RoleAssignmentRow {
  id: string;
  rolle: Rolle;
  organisasjonId: string;
  organisasjonNavn: string;
  organisasjonKortnavn: string;
  organisasjonsnummer: string;
  enhetId: string | null;
  enhetNavn: string | null;
}

export const authRepository = {
  findUserByUsername(db: Db, brukernavn: string) {
    return db.selectFrom('bruker').selectAll().where('brukernavn', '=', brukernavn.toLowerCase()).executeTakeFirst();
  },

  findUserById(db: Db, id: string) {
    return db.selectFrom('bruker').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findUserByOidc(db: Db, issuer: string, subject: string) {
    return db.selectFrom('bruker').selectAll().where('oidc_issuer', '=', issuer).where('oidc_subject', '=', subject).executeTakeFirst();
  },

  /**
   * Active, not yet linked users with this e-mail address who hold a role in
   * an organisation that allows linking by verified e-mail.
   */
  findUnlinkedUsersByVerifiedEmail(db: Db, email: string) {
    return db
      .selectFrom('bruker as b')
      .select('b.id')
      .where((eb) => eb(eb.fn('lower', ['b.epost']), '=', email.toLowerCase()))
      .where('b.aktiv', '=', true)
      .where('b.integrasjon', '=', false)
      .where('b.oidc_subject', 'is', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('rolletildeling as r')
            .innerJoin('organisasjon as o', 'o.id', 'r.organisasjon_id')
            .select('r.id')
            .whereRef('r.bruker_id', '=', 'b.id')
            .where('o.oidc_epost_kobling', '=', true),
        ),
      )
      .execute();
  },

  setOidcIdentity(db: Db, brukerId: string, issuer: string | null, subject: string | null) {
    return db.updateTable('bruker').set({ oidc_issuer: issuer, oidc_subject: subject }).where('id', '=', brukerId).execute();
  },

  linkOidc(db: Db, brukerId: string, issuer: string, subject: string) {
    return db.updateTable('bruker').set({ oidc_issuer: issuer, oidc_subject: subject }).where('id', '=', brukerId).execute();
  },

  /** The user's role assignments in force on `today` (Oslo date); ended and future ones do not count. */
  /**
   * A session with its user and the user's role assignments in force
   * `today`, in one statement: every request of a browser starts here.
   */
  findSessionWithActor(db: Db, tokenHash: string, today: string) {
    return db
      .selectFrom('session as s')
      .innerJoin('bruker as b', 'b.id', 's.bruker_id')
      .selectAll('s')
      .select(['b.brukernavn', 'b.navn', 'b.aktiv', rolesInForce(sql.ref('s.bruker_id'), today).as('roller')])
      .where('s.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  async listRoleAssignments(db: Db, brukerId: string, today: string): Promise<RoleAssignmentRow[]> {
    const rows = await db
      .selectFrom('rolletildeling as r')
      .innerJoin('organisasjon as o', 'o.id', 'r.organisasjon_id')
      .leftJoin('administrativ_enhet as e', 'e.id', 'r.administrativ_enhet_id')
      .select([
        'r.id',
        'r.rolle',
        'o.id as organisasjonId',
        'o.navn as organisasjonNavn',
        'o.kortnavn as organisasjonKortnavn',
        'o.organisasjonsnummer',
        'e.id as enhetId',
        'e.navn as enhetNavn',
      ])
      .where('r.bruker_id', '=', brukerId)
      .where(roleInForceSql('r', today))
      .orderBy('o.navn')
      .orderBy('r.rolle')
      .execute();
    return rows.map((r) => ({ ...r, rolle: r.rolle as Rolle }));
  },

  createSession(
    db: Db,
    row: {
      tokenHash: string;
      brukerId: string;
      rolletildelingId: string | null;
      csrfToken: string;
      utloper: Date;
      ip: string | null;
      brukeragent: string | null;
    },
  ) {
    return db
      .insertInto('session')
      .values({
        token_hash: row.tokenHash,
        bruker_id: row.brukerId,
        rolletildeling_id: row.rolletildelingId,
        csrf_token: row.csrfToken,
        utloper_dato: row.utloper,
        ip: row.ip,
        brukeragent: row.brukeragent,
      })
      .execute();
  },

  setRefreshHash(db: Db, tokenHash: string, refreshHash: string) {
    return db.updateTable('session').set({ oppfrisking_hash: refreshHash }).where('token_hash', '=', tokenHash).execute();
  },

  /** Ends the session a refresh token was given with and returns it: one statement, so a refresh token is used once. */
  takeSessionByRefreshHash(db: Db, refreshHash: string) {
    return db
      .deleteFrom('session')
      .where('oppfrisking_hash', '=', refreshHash)
      .returning(['bruker_id', 'rolletildeling_id', 'utloper_dato'])
      .executeTakeFirst();
  },

  extendSession(db: Db, tokenHash: string, utloper: Date, now: Date) {
    return db.updateTable('session').set({ utloper_dato: utloper, sist_brukt_dato: now }).where('token_hash', '=', tokenHash).execute();
  },

  setSessionRole(db: Db, tokenHash: string, rolletildelingId: string) {
    return db.updateTable('session').set({ rolletildeling_id: rolletildelingId }).where('token_hash', '=', tokenHash).execute();
  },

  deleteSession(db: Db, tokenHash: string) {
    return db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
  },

  deleteExpiredSessions(db: Db, now: Date) {
    return db.deleteFrom('session').where('utloper_dato', '<', now).execute();
  },

  findApiToken(db: Db, tokenHash: string) {
    return db
      .selectFrom('api_token as t')
      .innerJoin('rolletildeling as r', 'r.id', 't.rolletildeling_id')
      .select(['t.id', 't.utloper_dato', 't.tilbakekalt_dato', 'r.id as rolletildelingId', 'r.bruker_id as brukerId'])
      .where('t.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  insertApiToken(db: Db, row: { navn: string; tokenHash: string; rolletildelingId: string; utloper: Date | null }) {
    return db
      .insertInto('api_token')
      .values({ navn: row.navn, token_hash: row.tokenHash, rolletildeling_id: row.rolletildelingId, utloper_dato: row.utloper })
      .returning(['id', 'navn', 'opprettet_dato', 'utloper_dato'])
      .executeTakeFirstOrThrow();
  },

  /** Writes the attempt before the password is checked; it stays as a failure unless released. */
  async reserveAttempt(db: Db, brukernavn: string, source: string, at: Date): Promise<number> {
    const row = await db
      .insertInto('login_failure')
      .values({ brukernavn, ip: source, tidspunkt: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async attemptCounts(db: Db, q: { brukernavn: string; source: string; ownId: number; pairSince: Date; sourceSince: Date }) {
    const isPair = (eb: ExpressionBuilder<DB, 'login_failure'>) =>
      eb.and([eb('brukernavn', '=', q.brukernavn), eb('id', '<>', q.ownId), eb('tidspunkt', '>=', q.pairSince)]);
    const inSourceWindow = (eb: ExpressionBuilder<DB, 'login_failure'>) => eb('tidspunkt', '>=', q.sourceSince);
    const row = await db
      .selectFrom('login_failure')
      .select((eb) => [
        eb.fn.count<string>('id').filterWhere(isPair).as('pairPrior'),
        eb.fn.max('tidspunkt').filterWhere(isPair).as('pairLatest'),
        eb.fn.count<string>('id').filterWhere(inSourceWindow).as('perSource'),
        eb.fn.min('tidspunkt').filterWhere(inSourceWindow).as('sourceOldest'),
      ])
      .where('ip', '=', q.source)
      .where('tidspunkt', '>=', q.pairSince < q.sourceSince ? q.pairSince : q.sourceSince)
      .executeTakeFirstOrThrow();
    return {
      pairPrior: Number(row.pairPrior),
      pairLatest: toDate(row.pairLatest),
      perSource: Number(row.perSource),
      sourceOldest: toDate(row.sourceOldest),
    };
  },

  releaseAttempt(db: Db, id: number) {
    return db.deleteFrom('login_failure').where('id', '=', id).execute();
  },

  /** After a correct password: this user name's failures from this source no longer count. */
  clearPairFailures(db: Db, brukernavn: string, source: string) {
    return db.deleteFrom('login_failure').where('ip', '=', source).where('brukernavn', '=', brukernavn).execute();
  },

  saveOidcState(db: Db, row: { state: string; nonce: string; codeVerifier: string; returnTo: string; nettleserHash: string }) {
    return db
      .insertInto('oidc_login_state')
      .values({
        state: row.state,
        nonce: row.nonce,
        code_verifier: row.codeVerifier,
        return_to: row.returnTo,
        nettleser_hash: row.nettleserHash,
      })
      .execute();
  },

  /** Takes (deletes and returns) a pending login, only for the browser that started it. */
  takeOidcState(db: Db, state: string, nettleserHash: string, notBefore: Date) {
    return db
      .deleteFrom('oidc_login_state')
      .where('state', '=', state)
      .where('nettleser_hash', '=', nettleserHash)
      .where('opprettet_dato', '>=', notBefore)
      .returningAll()
      .executeTakeFirst();
  },
};

function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}

/** A user's role assignments in force `today`, as the session shows them, as one JSON array (in the order listRoleAssignments gives). */
function rolesInForce(brukerId: RawBuilder<unknown>, today: string) {
  return sql<RoleAssignmentRow[]>`(SELECT coalesce(json_agg(json_build_object('id', r.id, 'rolle', r.rolle,
      'organisasjonId', o.id, 'organisasjonNavn', o.navn, 'organisasjonKortnavn', o.kortnavn,
      'organisasjonsnummer', o.organisasjonsnummer, 'enhetId', e.id, 'enhetNavn', e.navn) ORDER BY o.navn, r.rolle), '[]')
    FROM rolletildeling r JOIN organisasjon o ON o.id = r.organisasjon_id LEFT JOIN administrativ_enhet e ON e.id = r.administrativ_enhet_id
    WHERE r.bruker_id = ${brukerId} AND ${roleInForceSql('r', today)})`;
}
