import type { SystemCtx } from '../shared/context.js';
import { fieldError } from '../shared/errors.js';
import { isRolle, ROLLER } from '../shared/roles.js';
import { systemOwnerCtx } from '../shared/system-actor.js';
import { migrate } from '../db/migrate.js';
import { createApiToken } from '../features/auth/create-api-token.js';
import { loadDemo } from '../features/demo/load-demo.js';
import { assignRole } from '../features/organisations/assign-role.js';
import { createOrganisation } from '../features/organisations/create-organisation.js';
import { createUnit } from '../features/organisations/create-unit.js';
import { createUser } from '../features/organisations/create-user.js';
import { organisationRepository as orgRepo } from '../features/organisations/organisation-repository.js';

type Options = Record<string, { type: 'string' }>;
type Values = Record<string, string | undefined>;

interface Command {
  summary: string;
  options: Options;
  run(sys: SystemCtx, values: Values): Promise<unknown>;
}

const opts = (...names: string[]): Options => Object.fromEntries(names.map((n) => [n, { type: 'string' as const }]));

function required(values: Values, name: string): string {
  const value = values[name];
  if (!value) throw fieldError(`--${name}`, 'må oppgis', 'is required');
  return value;
}

/** The organisation named by --org (short name), as the system owner acting there. */
async function orgCtx(sys: SystemCtx, values: Values) {
  const kortnavn = required(values, 'org');
  const org = await orgRepo.findOrganisationByKortnavn(sys.db, kortnavn);
  if (!org) throw fieldError('--org', `ukjent organisasjon «${kortnavn}»`, `unknown organisation "${kortnavn}"`);
  return systemOwnerCtx(sys.db, org.id, sys.log);
}

async function unitId(sys: SystemCtx, orgId: string, kortnavn: string | undefined) {
  if (!kortnavn) return null;
  const unit = await orgRepo.findUnitByKortnavn(sys.db, orgId, kortnavn.toUpperCase());
  if (!unit) throw fieldError('--enhet', `ukjent enhet «${kortnavn}»`, `unknown unit "${kortnavn}"`);
  return unit.id;
}

function rolle(values: Values) {
  const value = required(values, 'rolle').toUpperCase();
  if (!isRolle(value)) throw fieldError('--rolle', `må være en av ${ROLLER.join(', ')}`, `must be one of ${ROLLER.join(', ')}`);
  return value;
}

export const COMMANDS: Record<string, Command> = {
  migrate: {
    summary: 'Kjør databasemigreringer',
    options: {},
    run: async (sys) => `Migreringer kjørt: ${(await migrate(sys.db)).applied.join(', ') || 'ingen nye'}`,
  },
  'create-organisation': {
    summary: 'Opprett organisasjon: --navn --kortnavn --orgnr [--dokumentsenter]',
    options: opts('navn', 'kortnavn', 'orgnr', 'dokumentsenter'),
    run: (sys, v) =>
      createOrganisation(sys, {
        navn: required(v, 'navn'),
        kortnavn: required(v, 'kortnavn'),
        organisasjonsnummer: required(v, 'orgnr'),
        dokumentsenter: v.dokumentsenter,
      }),
  },
  'create-unit': {
    summary: 'Opprett enhet: --org --kortnavn --navn [--under KORTNAVN]',
    options: opts('org', 'kortnavn', 'navn', 'under'),
    run: async (sys, v) => {
      const ctx = await orgCtx(sys, v);
      return createUnit(ctx, {
        kortnavn: required(v, 'kortnavn'),
        navn: required(v, 'navn'),
        overordnetEnhetId: await unitId(sys, ctx.role.organisasjonId, v.under),
      });
    },
  },
  'create-user': {
    summary: 'Opprett bruker med rolle: --org --brukernavn --navn --passord --rolle [--enhet] [--epost]',
    options: opts('org', 'brukernavn', 'navn', 'passord', 'rolle', 'enhet', 'epost'),
    run: async (sys, v) => {
      const ctx = await orgCtx(sys, v);
      return createUser(ctx, {
        brukernavn: required(v, 'brukernavn'),
        navn: required(v, 'navn'),
        passord: v.passord,
        epost: v.epost,
        rolle: rolle(v),
        enhetId: await unitId(sys, ctx.role.organisasjonId, v.enhet),
      });
    },
  },
  'assign-role': {
    summary: 'Gi rolle: --org --brukernavn --rolle [--enhet]',
    options: opts('org', 'brukernavn', 'rolle', 'enhet'),
    run: async (sys, v) => {
      const ctx = await orgCtx(sys, v);
      return assignRole(ctx, {
        brukernavn: required(v, 'brukernavn'),
        rolle: rolle(v),
        enhetId: await unitId(sys, ctx.role.organisasjonId, v.enhet),
      });
    },
  },
  'create-api-token': {
    summary: 'Opprett API-nøkkel: --org --brukernavn --rolle [--enhet] --navn [--dager]',
    options: opts('org', 'brukernavn', 'rolle', 'enhet', 'navn', 'dager'),
    run: async (sys, v) => {
      const ctx = await orgCtx(sys, v);
      const user = await orgRepo.findUserByUsername(sys.db, required(v, 'brukernavn').toLowerCase());
      const assignment =
        user &&
        (await orgRepo.findRoleAssignment(sys.db, {
          brukerId: user.id,
          organisasjonId: ctx.role.organisasjonId,
          rolle: rolle(v),
          enhetId: await unitId(sys, ctx.role.organisasjonId, v.enhet),
        }));
      if (!assignment)
        throw fieldError(
          '--brukernavn',
          'brukeren har ikke denne rollen i organisasjonen',
          'the user has no such role in the organisation',
        );
      const token = await createApiToken(ctx, {
        navn: required(v, 'navn'),
        rolletildelingId: assignment.id,
        gyldigDager: v.dager ? Number(v.dager) : undefined,
      });
      return `API-nøkkel (vises bare nå): ${token.token}`;
    },
  },
  demo: {
    summary: 'Last (eller last på nytt) demodata: Solør dokumentsenter med Våler, Åsnes og Grue',
    options: {},
    run: async (sys) => {
      await loadDemo(sys);
      return 'Demodata er lastet.';
    },
  },
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(20)} ${c.summary}`);
  return `Bruk: npx saksgang <kommando> [valg]\n\nKommandoer:\n${lines.join('\n')}\n\nDatabase: DATABASE_URL (PostgreSQL), ellers innebygd PGlite i DATA_DIR (standard ./data).\n`;
}
