-- Durable background jobs (issue 11 item 8) on the same database, one
-- implementation for PostgreSQL and PGlite: a job is a row, taken with
-- FOR UPDATE SKIP LOCKED under a lease, so several server processes share the
-- work, a job outlives a restart, and a process that dies mid-job loses only
-- its lease (the job is taken again when the lease runs out).
CREATE TABLE jobb (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- null: installation work (purges), seen only on the command line
  organisasjon_id uuid REFERENCES organisasjon (id),
  type text NOT NULL,
  -- at most one job per (type, key): a second enqueue of the same work is a no-op
  nokkel text,
  data jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'venter' CHECK (status IN ('venter', 'kjorer', 'ferdig', 'feilet')),
  forsok integer NOT NULL DEFAULT 0,
  maks_forsok integer NOT NULL DEFAULT 3 CHECK (maks_forsok > 0),
  kjor_etter timestamptz NOT NULL DEFAULT now(),
  startet_dato timestamptz,
  laast_til timestamptz,
  ferdig_dato timestamptz,
  feilmelding text,
  opprettet_dato timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX jobb_nokkel_unik ON jobb (type, nokkel) WHERE nokkel IS NOT NULL;
CREATE INDEX jobb_klar_idx ON jobb (kjor_etter, id) WHERE status IN ('venter', 'kjorer');
CREATE INDEX jobb_org_idx ON jobb (organisasjon_id, id DESC);

-- Use cases enqueue inside their tenant transaction (so the job commits with
-- the work that needs it) and the system owner lists the organisation's jobs;
-- running them is the worker's, on the owner connection.
ALTER TABLE jobb ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON jobb
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
GRANT SELECT, INSERT ON jobb TO saksgang_app;
GRANT UPDATE (status, forsok, kjor_etter, feilmelding) ON jobb TO saksgang_app;
