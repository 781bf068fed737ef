import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { setupStandardArkiv } from '../../src/features/arkivstruktur/setup-standard-arkiv.js';
import { createSaksmappe, type CreateSaksmappeInput } from '../../src/features/saksmappe/create-saksmappe.js';
import type { Ctx } from '../../src/shared/context.js';
import type { Rolle } from '../../src/shared/roles.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-db.js';
import { ctxFor, PASSWORD, seedWorld, systemCtxFor } from '../support/world.js';

export const ORGS = ['valer', 'asnes', 'grue'] as const;
export type Org = (typeof ORGS)[number];

export const USERNAME: Record<Rolle, string> = {
  ARK: 'arkivar',
  LED: 'leder',
  SF: 'stedfortreder',
  SB: 'saksbehandler',
  MS: 'motesekretar',
  SYS: 'systemansvarlig',
  LES: 'lesetilgang',
};

/** The demo people and the standard archive (arkivnøkkel, SAK/PERS/ELEV) in all three organisations. */
export async function seedRecordsWorld(handle: DatabaseHandle): Promise<void> {
  await seedWorld(handle);
  for (const org of ORGS) await setupStandardArkiv(await systemCtxFor(handle, org));
}

/** The use-case context of `<org>.<role user>` in that role. */
export function as(handle: DatabaseHandle, org: Org, rolle: Rolle): Promise<Ctx> {
  return ctxFor(handle, `${org}.${USERNAME[rolle]}`, org, rolle);
}

/** A context whose clock says `iso` (for the numbering year). */
export function at(ctx: Ctx, iso: string): Ctx {
  return { ...ctx, now: () => new Date(iso) };
}

/** A minimal valid case in the case archive, classed L42 Byggesaker. */
export function byggesak(tittel = 'Byggesak – tilbygg til bolig', extra: Partial<CreateSaksmappeInput> = {}): CreateSaksmappeInput {
  return { tittel, primaerKlasse: { verdi: 'L42' }, ...extra };
}

export function createCase(ctx: Ctx, extra: Partial<CreateSaksmappeInput> = {}) {
  return createSaksmappe(ctx, byggesak(extra.tittel, extra));
}

/** Id of a unit by kortnavn in the context's organisation. */
export async function unitId(ctx: Ctx, kortnavn: string): Promise<string> {
  const row = await inTenant(ctx, (tx) =>
    tx
      .selectFrom('administrativ_enhet')
      .select('id')
      .where('organisasjon_id', '=', ctx.role.organisasjonId)
      .where('kortnavn', '=', kortnavn)
      .executeTakeFirstOrThrow(),
  );
  return row.id;
}

/** Valid fødselsnumre (check digits computed independently of the code under test). */
export const FNR = ['01019012057', '15058432005', '31129945020', '24031511190', '07070770150'] as const;

/** Våler's archivist and case worker, as use-case contexts and as logged-in HTTP clients. */
export interface ValerTeam {
  handle: DatabaseHandle;
  app: FastifyInstance;
  ark: Ctx;
  sbCtx: Ctx;
  arkivar: Client;
  sb: Client;
}

/** Registers the hooks that give a test file a fresh records world and the Våler team; `ready` receives it. */
export function valerTeam(ready: (team: ValerTeam) => void): void {
  let team: ValerTeam | undefined;
  beforeAll(async () => {
    const handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    const app = await createTestApp(handle);
    team = {
      handle,
      app,
      ark: await as(handle, 'valer', 'ARK'),
      sbCtx: await as(handle, 'valer', 'SB'),
      arkivar: await loginAs(app, 'valer.arkivar', PASSWORD),
      sb: await loginAs(app, 'valer.saksbehandler', PASSWORD),
    };
    ready(team);
  });
  afterAll(async () => {
    await team?.app.close();
    await team?.handle.close();
  });
}
