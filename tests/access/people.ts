import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { createUser } from '../../src/features/organisations/create-user.js';
import type { Rolle } from '../../src/shared/roles.js';
import { as, unitId } from '../records/records-world.js';
import { loginAs, type Client } from '../support/test-app.js';
import { PASSWORD } from '../support/world.js';

/** A person of a relation: an existing Våler demo user, or (with `enhet`) one made for the test in that unit. */
export interface Person {
  brukernavn: string;
  rolle: Rolle;
  /** Kortnavn of the unit of a user made for the test. */
  enhet?: string;
}

/**
 * The people both matrices use, by their relation to a case of `owner` in
 * Våler's BYGG (a unit under TEK): demo users, and users made for the test.
 */
export const VALER_PEOPLE = {
  owner: { brukernavn: 'valer.saksbehandler', rolle: 'SB' },
  sameUnitSb: { brukernavn: 'valer.sb.kollega', rolle: 'SB', enhet: 'BYGG' },
  leader: { brukernavn: 'valer.leder', rolle: 'LED' },
  deputy: { brukernavn: 'valer.stedfortreder', rolle: 'SF' },
  leaderAbove: { brukernavn: 'valer.leder.teknisk', rolle: 'LED', enhet: 'TEK' },
  leaderOther: { brukernavn: 'valer.leder.helse', rolle: 'LED', enhet: 'HO' },
  archivist: { brukernavn: 'valer.arkivar', rolle: 'ARK' },
  readOnly: { brukernavn: 'valer.lesetilgang', rolle: 'LES' },
  systemOwner: { brukernavn: 'valer.systemansvarlig', rolle: 'SYS' },
  meetingSecretary: { brukernavn: 'valer.motesekretar', rolle: 'MS' },
} satisfies Record<string, Person>;
export type ValerRelation = keyof typeof VALER_PEOPLE;
export const VALER_RELATIONS = Object.keys(VALER_PEOPLE) as ValerRelation[];

/** The password of the users made for a test (the demo users have PASSWORD). */
export const MADE_PASSWORD = 'passord-123';

export const passwordOf = (p: Person) => (p.enhet ? MADE_PASSWORD : PASSWORD);

/**
 * Makes the people of a matrix test in Våler (the demo users exist; the
 * others are created by the system owner) and logs each in, so every
 * relation has its own browser-like client.
 */
export async function logInPeople<R extends string>(
  handle: DatabaseHandle,
  app: FastifyInstance,
  people: Record<R, Person>,
): Promise<Record<R, Client>> {
  const sys = await as(handle, 'valer', 'SYS');
  for (const p of Object.values<Person>(people)) {
    if (!p.enhet) continue;
    await createUser(sys, {
      brukernavn: p.brukernavn,
      navn: p.brukernavn,
      passord: MADE_PASSWORD,
      rolle: p.rolle,
      enhetId: await unitId(sys, p.enhet),
    });
  }
  const clients = {} as Record<R, Client>;
  for (const r of Object.keys(people) as R[]) clients[r] = await loginAs(app, people[r].brukernavn, passwordOf(people[r]));
  return clients;
}
