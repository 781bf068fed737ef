import { createHash } from 'node:crypto';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { orgId } from '../support/world.js';
import type { Org } from '../records/records-world.js';

/** An access request on the n records (each with its documents), routed to the case worker; its receipt token. */
export async function accessRequest(handle: DatabaseHandle, org: Org, saksmappeId: string, recordIds: readonly string[]) {
  const organisasjonId = await orgId(handle, org);
  const { organisasjonsnummer } = await handle.db
    .selectFrom('organisasjon')
    .select('organisasjonsnummer')
    .where('id', '=', organisasjonId)
    .executeTakeFirstOrThrow();
  const sb = await handle.db.selectFrom('bruker').select('id').where('brukernavn', '=', `${org}.saksbehandler`).executeTakeFirstOrThrow();
  const kvittering = `telling-${org}-${'k'.repeat(24)}`;
  const krav = await handle.db
    .insertInto('innsynskrav')
    .values({
      organisasjon_id: organisasjonId,
      saksmappe_id: saksmappeId,
      journalpost_id: recordIds[0]!,
      kanal: 'offentlig',
      bestiller_navn: 'Per Presse',
      bestiller_epost: 'per@avis.no',
      kvittering_hash: createHash('sha256').update(kvittering).digest('hex'),
      frist: '2026-12-04',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await handle.db
    .insertInto('innsynskrav_del')
    .values(
      recordIds.map((id, i) => ({
        organisasjon_id: organisasjonId,
        innsynskrav_id: krav.id,
        journalpost_id: id,
        saksbehandler_id: sb.id,
        rekkefolge: i + 1,
      })),
    )
    .execute();
  return { innsynskravId: krav.id, kvittering, organisasjonsnummer };
}
