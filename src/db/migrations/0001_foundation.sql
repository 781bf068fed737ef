-- Foundation: organisations (arkivskapere), units, users, role assignments,
-- sessions and API tokens. Released: never edit; add a new migration instead.

-- The role that every tenant-scoped transaction switches to. Row-level
-- security on tenant tables applies to it (the owner bypasses RLS and is
-- used only for system work: migrations, login, CLI administration).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'saksgang_app') THEN
    CREATE ROLE saksgang_app NOLOGIN;
  END IF;
  IF NOT pg_has_role(current_user, 'saksgang_app', 'member') THEN
    EXECUTE format('GRANT saksgang_app TO %I', current_user);
  END IF;
END
$$;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A document centre that serves several organisations (e.g. Solør: Våler,
-- Åsnes, Grue). Purely descriptive: access comes from role assignments.
CREATE TABLE dokumentsenter (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  navn text NOT NULL UNIQUE,
  opprettet_dato timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisasjon (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  navn text NOT NULL,
  kortnavn text NOT NULL UNIQUE,
  organisasjonsnummer text NOT NULL UNIQUE CHECK (organisasjonsnummer ~ '^[0-9]{9}$'),
  dokumentsenter_id uuid REFERENCES dokumentsenter (id),
  opprettet_dato timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE administrativ_enhet (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  overordnet_enhet_id uuid REFERENCES administrativ_enhet (id),
  kortnavn text NOT NULL,
  navn text NOT NULL,
  aktiv boolean NOT NULL DEFAULT true,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisasjon_id, kortnavn)
);
CREATE INDEX administrativ_enhet_overordnet_idx ON administrativ_enhet (overordnet_enhet_id);

CREATE TABLE bruker (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  brukernavn text NOT NULL UNIQUE CHECK (brukernavn = lower(brukernavn)),
  navn text NOT NULL,
  epost text,
  passord_hash text,
  oidc_issuer text,
  oidc_subject text,
  aktiv boolean NOT NULL DEFAULT true,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  UNIQUE (oidc_issuer, oidc_subject)
);

-- (user, organisation, unit, role). A user in a shared document centre holds
-- assignments in several organisations and switches the active one.
CREATE TABLE rolletildeling (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  bruker_id uuid NOT NULL REFERENCES bruker (id),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  administrativ_enhet_id uuid REFERENCES administrativ_enhet (id),
  rolle text NOT NULL CHECK (rolle IN ('ARK', 'LED', 'SF', 'SB', 'MS', 'SYS', 'LES')),
  opprettet_dato timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX rolletildeling_unik ON rolletildeling
  (bruker_id, organisasjon_id, coalesce(administrativ_enhet_id, '00000000-0000-0000-0000-000000000000'::uuid), rolle);
CREATE INDEX rolletildeling_org_idx ON rolletildeling (organisasjon_id);

-- Browser sessions. The cookie carries a random token; only its SHA-256 is stored.
CREATE TABLE session (
  token_hash text PRIMARY KEY,
  bruker_id uuid NOT NULL REFERENCES bruker (id),
  rolletildeling_id uuid REFERENCES rolletildeling (id),
  csrf_token text NOT NULL,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  utloper_dato timestamptz NOT NULL
);
CREATE INDEX session_bruker_idx ON session (bruker_id);

-- API tokens for integrations act in one role assignment; stored hashed.
CREATE TABLE api_token (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  navn text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  rolletildeling_id uuid NOT NULL REFERENCES rolletildeling (id),
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  utloper_dato timestamptz,
  tilbakekalt_dato timestamptz
);

-- Failed logins, for rate limiting and for the security log.
CREATE TABLE login_failure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  brukernavn text NOT NULL,
  ip text NOT NULL,
  tidspunkt timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_lookup_idx ON login_failure (brukernavn, tidspunkt);

-- Tenant isolation as defence in depth: inside a tenant transaction the
-- connection runs as saksgang_app with saksgang.organisasjon_id set, and sees
-- only rows of that organisation.
ALTER TABLE administrativ_enhet ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON administrativ_enhet
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
ALTER TABLE rolletildeling ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rolletildeling
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
ALTER TABLE organisasjon ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON organisasjon
  USING (id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);

GRANT SELECT ON organisasjon, dokumentsenter, bruker TO saksgang_app;
GRANT SELECT, INSERT, UPDATE ON administrativ_enhet, rolletildeling TO saksgang_app;

-- A user is visible in a tenant transaction only if they hold a role in the
-- active organisation (the subquery is itself filtered by RLS).
ALTER TABLE bruker ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON bruker
  USING (EXISTS (SELECT 1 FROM rolletildeling r WHERE r.bruker_id = bruker.id));

-- Pending OpenID Connect logins (state, nonce and PKCE verifier), kept a few minutes.
CREATE TABLE oidc_login_state (
  state text PRIMARY KEY,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  return_to text NOT NULL DEFAULT '/',
  opprettet_dato timestamptz NOT NULL DEFAULT now()
);

-- The built-in actor for work done by the system itself (CLI, demo loading,
-- jobs). It cannot log in; the change log names it as "system".
INSERT INTO bruker (id, brukernavn, navn, aktiv)
VALUES ('00000000-0000-0000-0000-000000000000', 'system', 'Saksgang (system)', false);
