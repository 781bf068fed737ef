import { sql } from 'kysely';
import { checkRoom, type CapName } from '../shared/caps.js';
import type { DB } from './schema.js';
import type { Tx } from './tenant.js';

/** Where each capped list lives: its table and, for a list that belongs to one object, the column naming it. */
const COUNTED: Record<CapName, { table: keyof DB; owner?: string }> = {
  enheter: { table: 'administrativ_enhet' },
  tilgangskoder: { table: 'tilgangskode' },
  tilgangsgrupper: { table: 'tilgangsgruppe' },
  arkiver: { table: 'arkiv' },
  arkivdeler: { table: 'arkivdel' },
  klassifikasjonssystemer: { table: 'klassifikasjonssystem' },
  klasser: { table: 'klasse', owner: 'klassifikasjonssystem_id' },
  medlemmer: { table: 'tilgangsgruppe_medlem', owner: 'tilgangsgruppe_id' },
  interneKontakter: { table: 'saksmappe_intern_kontakt', owner: 'saksmappe_id' },
  arkivbegrensningGrunner: { table: 'arkivbegrensning_grunn' },
  brevmaler: { table: 'brevmal' },
  flytsteg: { table: 'dokumentflyt', owner: 'flyt_id' },
  flytrunder: { table: 'flyt', owner: 'journalpost_id' },
};

/** Refuses adding to a capped list that is full (CAPS); `ownerId` names the object a per-object list belongs to. */
export async function assertRoomFor(tx: Tx, cap: CapName, orgId: string, ownerId?: string): Promise<void> {
  const { table, owner } = COUNTED[cap];
  const ofOwner = owner ? sql`AND ${sql.ref(owner)} = ${ownerId}` : sql``;
  const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)}
    WHERE organisasjon_id = ${orgId} ${ofOwner}`.execute(tx);
  checkRoom(cap, Number(rows[0]!.n));
}
