import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';

/** A user who holds a role in the organisation, as a column (the row, or null); nobody else may be saksansvarlig or saksbehandler here. */
const medarbeider = (orgId: string, brukerId: string | null) =>
  sql<{ id: string; navn: string } | null>`(SELECT json_build_object('id', b.id, 'navn', b.navn) FROM bruker b
    WHERE b.id = ${brukerId}::uuid
      AND EXISTS (SELECT 1 FROM rolletildeling r WHERE r.bruker_id = b.id AND r.organisasjon_id = ${orgId}))`.as('medarbeider');

/** A unit of the organisation, as a column (the row, or null). */
const enhet = (orgId: string, enhetId: string | null) =>
  sql<{ id: string; navn: string; kortnavn: string } | null>`(SELECT json_build_object('id', e.id, 'navn', e.navn, 'kortnavn', e.kortnavn)
    FROM administrativ_enhet e WHERE e.organisasjon_id = ${orgId} AND e.id = ${enhetId}::uuid)`.as('enhet');

/** Units and people a case or record may name, looked up within the active organisation. */
export const peopleRepository = {
  async findEnhet(tx: Tx, orgId: string, id: string) {
    return (await tx.selectNoFrom(enhet(orgId, id)).executeTakeFirstOrThrow()).enhet;
  },

  async findMedarbeider(tx: Tx, orgId: string, brukerId: string) {
    return (await tx.selectNoFrom(medarbeider(orgId, brukerId)).executeTakeFirstOrThrow()).medarbeider;
  },

  /** `findMedarbeider` and `findEnhet` as columns (`medarbeider`, `enhet`) for a use case's combined query. */
  columns(orgId: string, brukerId: string | null, enhetId: string | null) {
    return [medarbeider(orgId, brukerId), enhet(orgId, enhetId)] as const;
  },
};
