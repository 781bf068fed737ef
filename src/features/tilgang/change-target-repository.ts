import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { UnitLink } from './domain/unit-chain.js';

/** What the change rule needs to know about a case beyond its own row: the only SQL of the change rule. */
export const changeTargetRepository = {
  /**
   * As columns any query can carry (`enhetstre`, `saksbehandlere`): every
   * unit of the organisation with its parent (few rows, walked in memory),
   * and the case workers the case is distributed to (the saksbehandlere of
   * its records, and whoever was given one of its records to answer: an
   * internal note's recipient answers in the author's case, seed 002
   * 10.6). `saksmappeId` may be a column of the outer query.
   */
  columns(orgId: string, saksmappeId: RawBuilder<unknown> | string) {
    const id = typeof saksmappeId === 'string' ? sql`${saksmappeId}::uuid` : saksmappeId;
    return [
      sql<UnitLink[]>`(SELECT coalesce(json_agg(json_build_object('id', e.id, 'overordnet_enhet_id', e.overordnet_enhet_id)), '[]')
        FROM administrativ_enhet e WHERE e.organisasjon_id = ${orgId})`.as('enhetstre'),
      sql<string[]>`ARRAY(SELECT j.saksbehandler_id FROM journalpost j
        WHERE j.organisasjon_id = ${orgId} AND j.saksmappe_id = ${id} AND j.saksbehandler_id IS NOT NULL
        UNION SELECT o.mottaker_bruker_id FROM journalpost j
        JOIN oppgave o ON o.journalpost_id = j.id AND o.organisasjon_id = j.organisasjon_id AND o.oppgavetype = 'besvare'
        WHERE j.organisasjon_id = ${orgId} AND j.saksmappe_id = ${id} AND o.mottaker_bruker_id IS NOT NULL)::text[]`.as('saksbehandlere'),
    ] as const;
  },

  load(tx: Tx, orgId: string, saksmappeId: string) {
    return tx.selectNoFrom(changeTargetRepository.columns(orgId, saksmappeId)).executeTakeFirstOrThrow();
  },
};
