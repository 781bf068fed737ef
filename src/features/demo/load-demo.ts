import { loadConfig, type Config } from '../../config.js';
import type { SystemCtx } from '../../shared/context.js';
import { systemOwnerCtx } from '../../shared/system-actor.js';
import { DomainError } from '../../shared/errors.js';
import { hashPassword } from '../auth/password.js';
import { assignRole } from '../organisations/assign-role.js';
import { createOrganisation } from '../organisations/create-organisation.js';
import { createUnit } from '../organisations/create-unit.js';
import { createUser } from '../organisations/create-user.js';
import { listUnits } from '../organisations/list-units.js';
import { demoArchiveStep } from '../demo-arkiv/index.js';
import { DEMO_BREVHODE } from '../maler/demo-brevhode.js';
import { seedDefaultBrevmaler } from '../maler/seed-default-brevmaler.js';
import { organisationRepository as orgRepo } from '../organisations/organisation-repository.js';
import type { Ctx } from '../../shared/context.js';
import {
  DEMO_CENTRE_ARCHIVIST,
  DEMO_DOKUMENTSENTER,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  ROLE_USERNAME,
  type DemoOrganisation,
} from './demo-organisations.js';

/** Where the demo's files go: the installation's DATA_DIR (and FILES_DIR, … from the environment). */
export type DemoConfig = Pick<Config, 'dataDir'> & Partial<Pick<Config, 'publicUrl'>>;

/** Further demo steps (the demo archive) register here and run after the organisations exist; tests can leave them out. */
export type DemoStep = (ctx: Ctx, org: DemoOrganisation, config: DemoConfig) => Promise<void>;
const extraSteps: DemoStep[] = [];
export function registerDemoStep(step: DemoStep): void {
  extraSteps.push(step);
}
registerDemoStep(demoArchiveStep);

/**
 * Loads the demo installation through the same use cases as the CLI and the
 * API. Idempotent: what exists already is left as it is. `config` is the
 * installation the demo goes into (a server passes its own, so the demo
 * archive's files land in the same DATA_DIR as its database); the CLI and
 * the snapshot build read it from the environment.
 */
export async function loadDemo(sys: SystemCtx, options: { withArchive?: boolean; config?: DemoConfig } = {}): Promise<void> {
  const config = options.config ?? loadConfig();
  const passordHash = await hashPassword(DEMO_PASSWORD);
  for (const org of DEMO_ORGANISATIONS) {
    const existing = await orgRepo.findOrganisationByKortnavn(sys.db, org.kortnavn);
    const organisasjon = existing ?? (await createOrganisation(sys, { ...org, dokumentsenter: DEMO_DOKUMENTSENTER }));
    const ctx = systemOwnerCtx(sys.db, organisasjon.id, sys.log);
    const unitIds = await ensureUnits(ctx, org);
    for (const person of org.people) {
      await ignoreExisting(
        createUser(ctx, {
          brukernavn: `${org.kortnavn}.${ROLE_USERNAME[person.rolle]}`,
          navn: person.navn,
          passordHash,
          rolle: person.rolle,
          enhetId: unitIds.get(person.enhet),
        }),
      );
    }
    await ensureCentreArchivist(ctx, unitIds.get(DEMO_CENTRE_ARCHIVIST.enhet), passordHash, org === DEMO_ORGANISATIONS[0]);
    await seedDefaultBrevmaler(ctx, DEMO_BREVHODE[org.kortnavn]);
    if (options.withArchive !== false) for (const step of extraSteps) await step(ctx, org, config);
  }
}

async function ensureUnits(ctx: Ctx, org: DemoOrganisation): Promise<Map<string, string>> {
  const ids = new Map((await listUnits(ctx)).map((u) => [u.kortnavn, u.id]));
  for (const unit of org.units) {
    if (ids.has(unit.kortnavn)) continue;
    const created = await createUnit(ctx, { ...unit, overordnetEnhetId: unit.under ? ids.get(unit.under) : null });
    ids.set(created.kortnavn, created.id);
  }
  return ids;
}

async function ensureCentreArchivist(ctx: Ctx, enhetId: string | undefined, passordHash: string, first: boolean) {
  const input = { brukernavn: DEMO_CENTRE_ARCHIVIST.brukernavn, rolle: 'ARK' as const, enhetId };
  if (first) {
    await ignoreExisting(createUser(ctx, { ...input, navn: DEMO_CENTRE_ARCHIVIST.navn, passordHash }));
  } else {
    await ignoreExisting(assignRole(ctx, input));
  }
}

async function ignoreExisting(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'ALREADY_EXISTS')) throw error;
  }
}
