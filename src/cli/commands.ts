import { AUTH_COMMANDS } from './auth-commands.js';
import { OFFENTLIG_JOURNAL_COMMANDS } from './offentlig-journal-commands.js';
import { UTTREKK_IMPORT_COMMANDS } from './uttrekk-import-commands.js';
import { isoDate, opts, orgCtx, required, rolle, unitId, type Command, type FileCommand } from './options.js';
import { UTTREKK_SJEKK_COMMANDS } from './uttrekk-sjekk-commands.js';
import { fieldError } from '../shared/errors.js';
import { organisationRepository as orgRepo } from '../features/organisations/organisation-repository.js';
import { setUserStatus } from '../features/organisations/set-user-status.js';
import { migrate } from '../db/migrate.js';
import { loadDemo } from '../features/demo/load-demo.js';
import { assignRole } from '../features/organisations/assign-role.js';
import { createOrganisation } from '../features/organisations/create-organisation.js';
import { createUnit } from '../features/organisations/create-unit.js';
import { createUser } from '../features/organisations/create-user.js';

export const COMMANDS: Record<string, Command> = {
  ...AUTH_COMMANDS,
  ...OFFENTLIG_JOURNAL_COMMANDS,
  ...UTTREKK_IMPORT_COMMANDS,
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
    summary: 'Opprett bruker med rolle: --org --brukernavn --navn --passord --rolle [--enhet] [--epost] [--integrasjon ja]',
    options: opts('org', 'brukernavn', 'navn', 'passord', 'rolle', 'enhet', 'epost', 'integrasjon'),
    run: async (sys, v) => {
      const ctx = await orgCtx(sys, v);
      return createUser(ctx, {
        brukernavn: required(v, 'brukernavn'),
        navn: required(v, 'navn'),
        passord: v.passord,
        epost: v.epost,
        rolle: rolle(v),
        enhetId: await unitId(sys, ctx.role.organisasjonId, v.enhet),
        integrasjon: v.integrasjon === 'ja',
      });
    },
  },
  'assign-role': {
    summary: 'Gi rolle: --org --brukernavn --rolle [--enhet] [--fra ÅÅÅÅ-MM-DD] [--til ÅÅÅÅ-MM-DD]',
    options: opts('org', 'brukernavn', 'rolle', 'enhet', 'fra', 'til'),
    run: async (sys, v) => {
      const ctx = await orgCtx(sys, v);
      return assignRole(ctx, {
        brukernavn: required(v, 'brukernavn'),
        rolle: rolle(v),
        enhetId: await unitId(sys, ctx.role.organisasjonId, v.enhet),
        fraDato: isoDate(v, 'fra'),
        tilDato: isoDate(v, 'til'),
      });
    },
  },
  'set-user-status': {
    summary: 'Gjør en bruker passiv eller aktiv (i hele installasjonen): --org --brukernavn --aktiv ja|nei',
    options: opts('org', 'brukernavn', 'aktiv'),
    run: async (sys, v) => {
      const ctx = await orgCtx(sys, v);
      const user = await orgRepo.findUserByUsername(sys.db, required(v, 'brukernavn').toLowerCase());
      if (!user) throw fieldError('--brukernavn', 'ukjent bruker', 'unknown user');
      return setUserStatus(ctx, user.id, required(v, 'aktiv') === 'ja');
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

/** Commands on files alone, without a database. */
export const FILE_COMMANDS: Record<string, FileCommand> = {
  ...UTTREKK_SJEKK_COMMANDS,
};

export function usage(): string {
  const lines = [...Object.entries(COMMANDS), ...Object.entries(FILE_COMMANDS)].map(([name, c]) => `  ${name.padEnd(20)} ${c.summary}`);
  return `Bruk: npx saksgang <kommando> [valg]\n\nKommandoer:\n${lines.join('\n')}\n\nDatabase: DATABASE_URL (PostgreSQL), ellers innebygd PGlite i DATA_DIR (standard ./data).\n`;
}
