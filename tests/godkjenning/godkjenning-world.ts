import type { DatabaseHandle } from '../../src/db/open-database.js';
import { createUser } from '../../src/features/organisations/create-user.js';
import type { Ctx } from '../../src/shared/context.js';
import { ctxFor, systemCtxFor } from '../support/world.js';
import { as, unitId } from '../records/records-world.js';

let seq = 0;

/** A new leader (LED) of a Våler unit, made by the system owner: the chief executive of RÅD, the head of TEK. */
export async function leaderOf(handle: DatabaseHandle, enhet: string, navn: string): Promise<Ctx> {
  const sys = await systemCtxFor(handle, 'valer');
  const enhetId = await unitId(await as(handle, 'valer', 'ARK'), enhet);
  const brukernavn = `valer.leder.${enhet.toLowerCase().replace(/[^a-z]/g, 'x')}.${++seq}`;
  await createUser(sys, {
    brukernavn,
    navn: `${navn} ${seq}`,
    epost: `${brukernavn}@example.no`,
    passord: 'passord123',
    rolle: 'LED',
    enhetId,
  });
  return ctxFor(handle, brukernavn, 'valer', 'LED');
}
