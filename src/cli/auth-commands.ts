import { loadConfig } from '../config.js';
import { fieldError } from '../shared/errors.js';
import { authRepository } from '../features/auth/auth-repository.js';
import { createApiToken } from '../features/auth/create-api-token.js';
import { listApiTokens } from '../features/auth/list-api-tokens.js';
import { purgeAuthData } from '../features/auth/purge-auth-data.js';
import { revokeApiToken } from '../features/auth/revoke-api-token.js';
import { sessionRepository } from '../features/auth/session-repository.js';
import { setOidcIdentity } from '../features/auth/set-oidc-identity.js';
import { osloDate } from '../features/saksmappe/oslo-calendar.js';
import { setOidcEmailLinking } from '../features/organisations/set-oidc-email-linking.js';
import { organisationRepository as orgRepo } from '../features/organisations/organisation-repository.js';
import { opts, orgCtx, required, rolle, unitId, type Command } from './options.js';

/** API tokens and sessions from the command line (installation work, as the system actor). */
export const AUTH_COMMANDS: Record<string, Command> = {
  'create-api-token': {
    summary: 'Opprett API-nøkkel for en integrasjonsbruker: --org --brukernavn --rolle [--enhet] --navn [--dager]',
    options: opts('org', 'brukernavn', 'rolle', 'enhet', 'navn', 'dager'),
    run: async (sys, v) => {
      const ctx = await orgCtx(sys, v);
      const user = await orgRepo.findUserByUsername(sys.db, required(v, 'brukernavn').toLowerCase());
      const assignment =
        user &&
        (await orgRepo.findRoleAssignment(
          sys.db,
          {
            brukerId: user.id,
            organisasjonId: ctx.role.organisasjonId,
            rolle: rolle(v),
            enhetId: await unitId(sys, ctx.role.organisasjonId, v.enhet),
          },
          osloDate(sys.now()),
        ));
      if (!assignment) {
        throw fieldError(
          '--brukernavn',
          'brukeren har ikke denne rollen i organisasjonen',
          'the user has no such role in the organisation',
        );
      }
      const days = loadConfig().apiTokenDays;
      const token = await createApiToken(ctx, {
        navn: required(v, 'navn'),
        rolletildelingId: assignment.id,
        gyldigDager: v.dager ? Number(v.dager) : undefined,
        lifetime: { defaultDays: days.default, maxDays: days.max },
      });
      return `API-nøkkel (vises bare nå, utløper ${token.utloper_dato?.toISOString()}): ${token.token}`;
    },
  },
  'list-api-tokens': {
    summary: 'Vis API-nøklene i en organisasjon, 500 om gangen, nyeste først: --org [--side]',
    options: opts('org', 'side'),
    run: async (sys, v) => {
      const now = sys.now();
      const side = Number(v.side ?? 1);
      if (!Number.isInteger(side) || side < 1) throw fieldError('--side', 'må være et helt tall fra 1', 'must be a whole number from 1');
      const page = await listApiTokens(await orgCtx(sys, v), { side, perSide: 500 });
      const items = page.items.map((t) => ({
        id: t.id,
        navn: t.navn,
        bruker: t.brukernavn,
        rolle: t.rolle,
        utloper: t.utloper_dato,
        sistBrukt: t.sist_brukt_dato,
        status: t.tilbakekalt_dato ? 'tilbakekalt' : t.utloper_dato && t.utloper_dato < now ? 'utløpt' : 'aktiv',
      }));
      return { ...page, items };
    },
  },
  'revoke-api-token': {
    summary: 'Trekk tilbake en API-nøkkel: --org --id',
    options: opts('org', 'id'),
    run: async (sys, v) => {
      await revokeApiToken(await orgCtx(sys, v), required(v, 'id'));
      return 'API-nøkkelen er trukket tilbake.';
    },
  },
  'end-sessions': {
    summary: 'Logg en bruker ut overalt (avslutt alle økter): --brukernavn',
    options: opts('brukernavn'),
    run: async (sys, v) => {
      const user = await authRepository.findUserByUsername(sys.db, required(v, 'brukernavn'));
      if (!user) throw fieldError('--brukernavn', 'ukjent bruker', 'unknown user');
      return `Avsluttet ${await sessionRepository.deleteAllForUser(sys.db, user.id)} økter.`;
    },
  },
  'link-oidc': {
    summary: 'Koble en bruker til en OIDC-identitet (sub hos OIDC_ISSUER): --org --brukernavn --subject (tom fjerner)',
    options: opts('org', 'brukernavn', 'subject'),
    run: async (sys, v) => {
      const issuer = loadConfig().oidc?.issuer;
      if (!issuer) throw fieldError('OIDC_ISSUER', 'må være satt', 'must be set');
      await setOidcIdentity(await orgCtx(sys, v), { brukernavn: required(v, 'brukernavn'), issuer, subject: v.subject || null });
      return 'Koblingen er lagret.';
    },
  },
  'set-oidc-email-linking': {
    summary: 'Tillat første OIDC-innlogging å koble på bekreftet e-postadresse: --org --verdi ja|nei',
    options: opts('org', 'verdi'),
    run: async (sys, v) => {
      const verdi = required(v, 'verdi');
      if (verdi !== 'ja' && verdi !== 'nei') throw fieldError('--verdi', 'må være ja eller nei', 'must be ja or nei');
      await setOidcEmailLinking(await orgCtx(sys, v), verdi === 'ja');
      return `Kobling på bekreftet e-post er ${verdi === 'ja' ? 'på' : 'av'}.`;
    },
  },
  purge: {
    summary: 'Slett utløpte økter, gamle mislykkede innlogginger og ufullførte OIDC-innlogginger',
    options: {},
    run: async (sys) => purgeAuthData(sys),
  },
};
