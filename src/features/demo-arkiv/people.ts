import type { Ctx } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import type { Rolle } from '../../shared/roles.js';
import { createUser } from '../organisations/create-user.js';
import { listUnits } from '../organisations/list-units.js';
import { listUsers } from '../organisations/list-users.js';
import { Prng, seedOf } from './prng.js';
import { person } from './vocabulary.js';

/** Units whose cases the demo archive holds; each gets its own case worker. */
export const ARCHIVE_UNITS = ['BYGG', 'PER', 'SKO', 'HO', 'TEK', 'POL', 'RÅD', 'OPP'] as const;

export interface DemoPeople {
  archivist: Ctx;
  /** The case worker (SB) of each unit, as a use-case context. */
  worker: Map<string, Ctx>;
  unitId: Map<string, string>;
}

/**
 * The archive needs case workers in every unit (the base demo has one per
 * organisation). They get no password: they own cases, nobody logs in as them.
 */
export async function ensureDemoPeople(sys: Ctx, kortnavn: string): Promise<DemoPeople> {
  const unitId = new Map((await listUnits(sys)).map((u) => [u.kortnavn, u.id]));
  const r = new Prng(seedOf(`${kortnavn}-people`));
  for (const unit of ARCHIVE_UNITS) {
    const brukernavn = `${kortnavn}.sb.${unit.toLowerCase().replace('å', 'a')}`;
    const navn = person(r);
    try {
      await createUser(sys, { brukernavn, navn, rolle: 'SB', enhetId: unitId.get(unit) });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'ALREADY_EXISTS')) throw error;
    }
  }
  // The demo's people are far fewer than a page.
  const { items: users } = await listUsers(sys, {}, { side: 1, perSide: 500 });
  const ctxOf = (brukernavn: string, rolle: Rolle): Ctx => {
    const u = users.find((x) => x.brukernavn === brukernavn);
    const role = u?.roller.find((x) => x.rolle === rolle);
    if (!u || !role) throw new Error(`demo user ${brukernavn} with role ${rolle} is missing`);
    return {
      ...sys,
      actor: { brukerId: u.id, brukernavn: u.brukernavn, navn: u.navn },
      role: { rolletildelingId: role.id, organisasjonId: sys.role.organisasjonId, administrativEnhetId: role.enhet?.id ?? null, rolle },
    };
  };
  const worker = new Map(
    ARCHIVE_UNITS.map((unit) => [unit as string, ctxOf(`${kortnavn}.sb.${unit.toLowerCase().replace('å', 'a')}`, 'SB')]),
  );
  return { archivist: ctxOf(`${kortnavn}.arkivar`, 'ARK'), worker, unitId };
}

/** The same context acting at another moment: the use cases take dates and years from `now`. */
export function at(ctx: Ctx, dato: string): Ctx {
  const instant = new Date(`${dato}T09:30:00Z`);
  return { ...ctx, now: () => instant };
}
