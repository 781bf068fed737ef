/** Runtime configuration, read once from the environment. See docs/configuration.md. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Public base URL, used for OIDC redirects and to decide whether cookies are `Secure`. */
  publicUrl: string;
  sessionTtlMinutes: number;
  loadDemoData: boolean;
  oidc: OidcConfig | undefined;
  logLevel: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claim used as the user name that links an OIDC identity to a Saksgang user. */
  usernameClaim: string;
  label: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const oidcIssuer = env.OIDC_ISSUER;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? './data',
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    sessionTtlMinutes: Number(env.SESSION_TTL_MINUTES ?? 8 * 60),
    loadDemoData: env.DEMO_DATA !== 'false',
    oidc: oidcIssuer
      ? {
          issuer: oidcIssuer,
          clientId: env.OIDC_CLIENT_ID ?? 'saksgang',
          clientSecret: env.OIDC_CLIENT_SECRET ?? '',
          usernameClaim: env.OIDC_USERNAME_CLAIM ?? 'preferred_username',
          label: env.OIDC_LABEL ?? 'Logg inn med ID-porten / Entra ID',
        }
      : undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
