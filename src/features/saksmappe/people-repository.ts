import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';

/** Units and people a case or record may name, looked up within the active organisation. */
export const peopleRepository = {
  findEnhet(tx: Tx, orgId: string, id: string) {
    return tx
      .selectFrom('administrativ_enhet')
      .select(['id', 'navn', 'kortnavn'])
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** A user who holds a role in the organisation; nobody else may be saksansvarlig or saksbehandler here. */
  findMedarbeider(tx: Tx, orgId: string, brukerId: string) {
    return tx
      .selectFrom('bruker as b')
      .select(['b.id', 'b.navn'])
      .where('b.id', '=', brukerId)
      .where((eb) =>
        eb.exists(
          eb.selectFrom('rolletildeling as r').select('r.id').where('r.bruker_id', '=', brukerId).where('r.organisasjon_id', '=', orgId),
        ),
      )
      .executeTakeFirst();
  },

  /**
   * `findMedarbeider` and `findEnhet` as columns (`medarbeider`, `enhet`:
   * the row, or null) for a use case's combined query.
   */
  columns(orgId: string, brukerId: string | null, enhetId: string | null) {
    return [
      sql<{ id: string; navn: string } | null>`(SELECT json_build_object('id', b.id, 'navn', b.navn) FROM bruker b
        WHERE b.id = ${brukerId}::uuid
          AND EXISTS (SELECT 1 FROM rolletildeling r WHERE r.bruker_id = b.id AND r.organisasjon_id = ${orgId}))`.as('medarbeider'),
      sql<{
        id: string;
        navn: string;
        kortnavn: string;
      } | null>`(SELECT json_build_object('id', e.id, 'navn', e.navn, 'kortnavn', e.kortnavn)
        FROM administrativ_enhet e WHERE e.organisasjon_id = ${orgId} AND e.id = ${enhetId}::uuid)`.as('enhet'),
    ] as const;
  },

  /** Display names of users, for presenters; ids without a visible user are left out. */
  async namesOf(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const rows = await tx.selectFrom('bruker').select(['id', 'navn']).where('id', 'in', wanted).execute();
    return new Map(rows.map((r) => [r.id, r.navn]));
  },

  async unitNamesOf(tx: Tx, orgId: string, ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const rows = await tx
      .selectFrom('administrativ_enhet')
      .select(['id', 'navn'])
      .where('organisasjon_id', '=', orgId)
      .where('id', 'in', wanted)
      .execute();
    return new Map(rows.map((r) => [r.id, r.navn]));
  },
};
