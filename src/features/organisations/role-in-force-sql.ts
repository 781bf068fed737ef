import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * SQL twin of `inForce` (domain/role-period.ts): the role assignment under
 * `alias` covers the Oslo day `today`, both ends inclusive. One expression
 * for every query that asks, so the session, the user list and the checks
 * across organisations cannot disagree with the rule.
 */
export function roleInForceSql(alias: string, today: string): RawBuilder<SqlBool> {
  const fra = sql.ref(`${alias}.fra_dato`);
  const til = sql.ref(`${alias}.til_dato`);
  return sql<SqlBool>`(${fra} <= ${today} AND (${til} IS NULL OR ${til} >= ${today}))`;
}
