import { parseTrustProxy, type TrustProxy } from './http/trust-proxy.js';

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
  /** Whose X-Forwarded-* headers are believed: nobody (false), the nearest N hops, or these addresses. */
  trustProxy: TrustProxy;
  passwordHashing: PasswordHashingConfig;
  /** Lifetime of a new API token when none is given, and the longest allowed. */
  apiTokenDays: { default: number; max: number };
}

export interface PasswordHashingConfig {
  /** Password hashes computed at the same time (each costs about 128 MiB at the default scrypt cost). */
  concurrency: number;
  /** Attempts allowed to wait for a hash slot; beyond that login answers 429 with Retry-After. */
  queue: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claim shown to the system owner when a new identity has no mapping yet (never used to link by itself). */
  usernameClaim: string;
  label: string;
}

const int = (value: string | undefined, fallback: number) => (value ? Number.parseInt(value, 10) : fallback);

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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    passwordHashing: {
      concurrency: Math.max(1, int(env.PASSWORD_HASH_CONCURRENCY, 2)),
      queue: Math.max(0, int(env.PASSWORD_HASH_QUEUE, 32)),
    },
    apiTokenDays: { default: Math.max(1, int(env.API_TOKEN_DAYS, 90)), max: Math.max(1, int(env.API_TOKEN_MAX_DAYS, 365)) },
  };
}
