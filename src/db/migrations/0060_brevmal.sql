-- Documents from templates (issue 14 item 2): the organisation's templates
-- (brevmal) as DOCX files with merge fields, managed by the system owner,
-- and its letterhead (brevhode), which the merge fields of a letter draw on.
-- A template is small (a few hundred KiB at most), so its file is kept in
-- the row: it is read in the transaction that registers a record and needs
-- no clean-up when that transaction fails.
CREATE TABLE brevmal (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  navn text NOT NULL CHECK (length(navn) BETWEEN 1 AND 200),
  maltype text NOT NULL CHECK (maltype IN ('brev', 'notat', 'saksframlegg', 'delegertVedtak', 'partsbrev')),
  beskrivelse text,
  filnavn text NOT NULL,
  innhold bytea NOT NULL,
  filstoerrelse integer NOT NULL,
  sjekksum text NOT NULL,
  -- the merge fields the file uses, as the upload found them
  flettefelt text[] NOT NULL DEFAULT '{}',
  -- a new file for the same template counts up; earlier merged documents keep what they were given
  versjon integer NOT NULL DEFAULT 1,
  aktiv boolean NOT NULL DEFAULT true,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  endret_dato timestamptz,
  endret_av uuid REFERENCES bruker (id),
  PRIMARY KEY (id, organisasjon_id)
);
-- Two active templates of one name would be one too many in the picker.
CREATE UNIQUE INDEX brevmal_aktiv_navn ON brevmal (navn, organisasjon_id) WHERE aktiv;
CREATE INDEX brevmal_org_idx ON brevmal (organisasjon_id, maltype);

CREATE TABLE brevhode (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id) PRIMARY KEY,
  postadresse text,
  postnummer text,
  poststed text,
  telefon text,
  epost text,
  nettside text,
  endret_dato timestamptz NOT NULL DEFAULT now(),
  endret_av uuid NOT NULL REFERENCES bruker (id)
);

ALTER TABLE brevmal ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON brevmal
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
ALTER TABLE brevhode ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON brevhode
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE ON brevmal, brevhode TO saksgang_app;
