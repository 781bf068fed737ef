-- Documents and files: dokumentbeskrivelse (linked to a journalpost as main
-- document or attachment), dokumentobjekt (a version in a variant format of
-- a stored file), and the content-addressed file store's catalogue.

CREATE TABLE dokumentbeskrivelse (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  journalpost_id uuid NOT NULL REFERENCES journalpost (id),
  dokumenttype text NOT NULL,
  dokumentstatus text NOT NULL,
  tittel text NOT NULL,
  beskrivelse text,
  forfatter text,
  tilknyttet_registrering_som text NOT NULL CHECK (tilknyttet_registrering_som IN ('H', 'V')),
  dokumentnummer integer NOT NULL,
  tilknyttet_dato timestamptz NOT NULL DEFAULT now(),
  tilknyttet_av uuid NOT NULL REFERENCES bruker (id),
  tilgangskode text,
  skjermingshjemmel text,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  UNIQUE (journalpost_id, dokumentnummer)
);
CREATE INDEX dokumentbeskrivelse_org_idx ON dokumentbeskrivelse (organisasjon_id);

-- One stored file per distinct content in an organisation (SHA-256 of the bytes).
CREATE TABLE fil (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  sjekksum text NOT NULL CHECK (sjekksum ~ '^[0-9a-f]{64}$'),
  filstoerrelse bigint NOT NULL,
  mime_type text NOT NULL,
  format text NOT NULL,
  lagret_dato timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisasjon_id, sjekksum)
);

CREATE TABLE dokumentobjekt (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  dokumentbeskrivelse_id uuid NOT NULL REFERENCES dokumentbeskrivelse (id),
  versjonsnummer integer NOT NULL,
  variantformat text NOT NULL CHECK (variantformat IN ('P', 'A', 'O')),
  -- PRONOM PUID (fmt/…, x-fmt/…) or av/0 when unknown.
  format text NOT NULL,
  format_detaljer text,
  filnavn text NOT NULL,
  mime_type text NOT NULL,
  sjekksum text NOT NULL,
  sjekksum_algoritme text NOT NULL DEFAULT 'SHA-256',
  filstoerrelse bigint NOT NULL,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  UNIQUE (dokumentbeskrivelse_id, versjonsnummer, variantformat),
  FOREIGN KEY (organisasjon_id, sjekksum) REFERENCES fil (organisasjon_id, sjekksum)
);
CREATE INDEX dokumentobjekt_db_idx ON dokumentobjekt (dokumentbeskrivelse_id);

-- Text extracted from a file (PDF, DOCX, TXT) for full-text search.
CREATE TABLE fil_tekst (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  sjekksum text NOT NULL,
  tekst text NOT NULL,
  PRIMARY KEY (organisasjon_id, sjekksum),
  FOREIGN KEY (organisasjon_id, sjekksum) REFERENCES fil (organisasjon_id, sjekksum)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['dokumentbeskrivelse', 'fil', 'dokumentobjekt', 'fil_tekst']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON dokumentbeskrivelse, dokumentobjekt TO saksgang_app;
GRANT SELECT, INSERT ON fil, fil_tekst TO saksgang_app;
