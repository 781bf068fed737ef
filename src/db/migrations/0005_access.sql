-- Access: access codes per organisation, access groups and their members,
-- internal contacts on a case, the Noark 5 screening fields on case, record
-- and document, and the log of who read a screened document.
-- Who may read what is decided by the one read rule
-- (src/features/tilgang/domain/read-rule.ts); these tables are its data.

-- Access codes (tilgangskoder) with their default legal basis. Every
-- organisation starts with U, P, E, S and XX; the system owner adds more.
CREATE TABLE tilgangskode (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  kode text NOT NULL CHECK (kode ~ '^[A-ZÆØÅ0-9]{1,10}$'),
  navn text NOT NULL,
  skjermingshjemmel text,
  aktiv boolean NOT NULL DEFAULT true,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisasjon_id, kode)
);

-- Access groups (tilgangsgrupper): members read objects screened for the group.
CREATE TABLE tilgangsgruppe (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  navn text NOT NULL,
  beskrivelse text,
  aktiv boolean NOT NULL DEFAULT true,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisasjon_id, navn),
  UNIQUE (organisasjon_id, id)
);

CREATE TABLE tilgangsgruppe_medlem (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  tilgangsgruppe_id uuid NOT NULL,
  bruker_id uuid NOT NULL REFERENCES bruker (id),
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  PRIMARY KEY (tilgangsgruppe_id, bruker_id),
  FOREIGN KEY (organisasjon_id, tilgangsgruppe_id) REFERENCES tilgangsgruppe (organisasjon_id, id)
);
CREATE INDEX tilgangsgruppe_medlem_bruker_idx ON tilgangsgruppe_medlem (organisasjon_id, bruker_id);

-- Internal contacts (interne kontakter) on a case read it even when screened (seed 001).
CREATE TABLE saksmappe_intern_kontakt (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  saksmappe_id uuid NOT NULL REFERENCES saksmappe (id),
  bruker_id uuid NOT NULL REFERENCES bruker (id),
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  PRIMARY KEY (saksmappe_id, bruker_id)
);

-- The Noark 5 skjerming fields beside the existing tilgangskode and
-- skjermingshjemmel. skjerming_metadata names the screened fields (M503),
-- skjerming_dokument whether the document's content is screened (M505),
-- skjermede_tittelord the 0-based indices of title words shown as *****.
-- A record or document inherits its case's (record's) screening while
-- skjerming_arvet is true; setting its own turns inheritance off.
ALTER TABLE saksmappe
  ADD COLUMN skjerming_metadata text[] NOT NULL DEFAULT '{}',
  ADD COLUMN skjerming_dokument boolean NOT NULL DEFAULT false,
  ADD COLUMN skjerming_varighet integer CHECK (skjerming_varighet > 0),
  ADD COLUMN skjerming_opphoerer date,
  ADD COLUMN tilgangsgruppe_id uuid REFERENCES tilgangsgruppe (id),
  ADD COLUMN skjermede_tittelord integer[] NOT NULL DEFAULT '{}';
ALTER TABLE journalpost
  ADD COLUMN skjerming_metadata text[] NOT NULL DEFAULT '{}',
  ADD COLUMN skjerming_dokument boolean NOT NULL DEFAULT false,
  ADD COLUMN skjerming_varighet integer CHECK (skjerming_varighet > 0),
  ADD COLUMN skjerming_opphoerer date,
  ADD COLUMN tilgangsgruppe_id uuid REFERENCES tilgangsgruppe (id),
  ADD COLUMN skjermede_tittelord integer[] NOT NULL DEFAULT '{}',
  ADD COLUMN skjerming_arvet boolean NOT NULL DEFAULT true;
ALTER TABLE dokumentbeskrivelse
  ADD COLUMN skjerming_metadata text[] NOT NULL DEFAULT '{}',
  ADD COLUMN skjerming_dokument boolean NOT NULL DEFAULT false,
  ADD COLUMN skjerming_varighet integer CHECK (skjerming_varighet > 0),
  ADD COLUMN skjerming_opphoerer date,
  ADD COLUMN tilgangsgruppe_id uuid REFERENCES tilgangsgruppe (id),
  ADD COLUMN skjermede_tittelord integer[] NOT NULL DEFAULT '{}',
  ADD COLUMN skjerming_arvet boolean NOT NULL DEFAULT true;
-- Existing records carry a code of their own only where it differs from the case's.
UPDATE journalpost j SET skjerming_arvet = false FROM saksmappe s
  WHERE s.id = j.saksmappe_id AND j.tilgangskode IS DISTINCT FROM s.tilgangskode;
UPDATE dokumentbeskrivelse d SET skjerming_arvet = false FROM journalpost j
  WHERE j.id = d.journalpost_id AND d.tilgangskode IS DISTINCT FROM j.tilgangskode;

-- Who opened a screened document (or its file), for the archive to review.
CREATE TABLE lesing_logg (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  objekt_type text NOT NULL CHECK (objekt_type IN ('saksmappe', 'journalpost', 'dokumentbeskrivelse', 'dokumentobjekt')),
  objekt_id uuid NOT NULL,
  tilgangskode text NOT NULL,
  lest_av uuid NOT NULL REFERENCES bruker (id),
  lest_dato timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lesing_logg_org_idx ON lesing_logg (organisasjon_id, lest_dato DESC);
CREATE INDEX lesing_logg_objekt_idx ON lesing_logg (organisasjon_id, objekt_id);

-- The standard codes and groups of a (new) organisation. Runs as the
-- inserting role (the owner: organisations are created by system work).
CREATE FUNCTION tilgang_standard(org uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO tilgangskode (organisasjon_id, kode, navn, skjermingshjemmel) VALUES
    (org, 'U', 'Unntatt fra offentlighet', 'Offl §13 jf. fvl §13 første ledd nr. 1'),
    (org, 'P', 'Unntatt fra offentlighet (for personalsaker)', 'Offl §13 jf. fvl §13 første ledd nr. 1'),
    (org, 'E', 'Unntatt fra offentlighet (for elevsaker)', 'Offl §13 jf. fvl §13 første ledd nr. 1'),
    (org, 'S', 'Unntatt fra offentlighet (for skattesaker)', 'Offl §13 jf. sktfvl §3-1'),
    (org, 'XX', 'Midlertidig sperret', NULL)
  ON CONFLICT (organisasjon_id, kode) DO NOTHING;
  INSERT INTO tilgangsgruppe (organisasjon_id, navn, beskrivelse) VALUES
    (org, 'Personal', 'Personalmapper og dokumentene i dem'),
    (org, 'Personal begrenset tilgang', 'Særskilt sensitive personalsaker'),
    (org, 'Elev', 'Elevmapper og dokumentene i dem')
  ON CONFLICT (organisasjon_id, navn) DO NOTHING;
$$;

CREATE FUNCTION tilgang_ny_organisasjon() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tilgang_standard(NEW.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER tilgang_ny_organisasjon AFTER INSERT ON organisasjon
  FOR EACH ROW EXECUTE FUNCTION tilgang_ny_organisasjon();

SELECT tilgang_standard(id) FROM organisasjon;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tilgangskode', 'tilgangsgruppe', 'tilgangsgruppe_medlem', 'saksmappe_intern_kontakt', 'lesing_logg']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON tilgangskode, tilgangsgruppe TO saksgang_app;
-- Memberships and contacts come and go; the change log records it.
GRANT SELECT, INSERT, DELETE ON tilgangsgruppe_medlem, saksmappe_intern_kontakt TO saksgang_app;
-- The reading log is append-only.
GRANT SELECT, INSERT ON lesing_logg TO saksgang_app;
