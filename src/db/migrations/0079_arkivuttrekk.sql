-- Issue 17 item 4: every extraction (arkivuttrekk, Noark 5 krav 6.4) made of
-- the organisation's archive, with the arkivdeler it covers. A run is
-- recorded when it starts ('pågår') and marked 'fullført' or 'feilet' when it
-- ends; disposal (krav 6.1, issue 17 item 2) asks whether a 'fullført' run
-- covers an arkivdel before anything in it may be disposed of.
CREATE TABLE arkivuttrekk (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  status text NOT NULL DEFAULT 'pågår' CHECK (status IN ('pågår', 'fullført', 'feilet')),
  -- Krav 6.4.14: an extraction of a chosen period (journaldato) instead of
  -- whole closed arkivdeler; both or neither.
  periode_fra date,
  periode_til date,
  utdata_katalog text NOT NULL CHECK (length(utdata_katalog) <= 4000),
  startet_dato timestamptz NOT NULL DEFAULT now(),
  fullfoert_dato timestamptz,
  antall_mapper integer CHECK (antall_mapper >= 0),
  antall_registreringer integer CHECK (antall_registreringer >= 0),
  antall_dokumentfiler integer CHECK (antall_dokumentfiler >= 0),
  -- SHA-256 (hex) of the package's arkivuttrekk.xml, which holds the checksums of every other file.
  sjekksum_arkivuttrekk text CHECK (sjekksum_arkivuttrekk ~ '^[0-9a-f]{64}$'),
  -- The self-check's result (issue 17 item 5), when it has run.
  selvkontroll jsonb,
  feilmelding text CHECK (length(feilmelding) <= 4000),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  PRIMARY KEY (id, organisasjon_id),
  CHECK ((periode_fra IS NULL) = (periode_til IS NULL) AND (periode_fra IS NULL OR periode_fra <= periode_til)),
  CHECK ((status = 'pågår') = (fullfoert_dato IS NULL)),
  CHECK (status <> 'fullført' OR (sjekksum_arkivuttrekk IS NOT NULL AND antall_mapper IS NOT NULL
    AND antall_registreringer IS NOT NULL AND antall_dokumentfiler IS NOT NULL))
);
CREATE INDEX arkivuttrekk_startet_idx ON arkivuttrekk (organisasjon_id, startet_dato);

-- The arkivdeler a run covers.
CREATE TABLE arkivuttrekk_arkivdel (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  arkivuttrekk_id uuid NOT NULL,
  arkivdel_id uuid NOT NULL,
  PRIMARY KEY (arkivuttrekk_id, arkivdel_id, organisasjon_id),
  FOREIGN KEY (arkivuttrekk_id, organisasjon_id) REFERENCES arkivuttrekk (id, organisasjon_id),
  FOREIGN KEY (arkivdel_id, organisasjon_id) REFERENCES arkivdel (id, organisasjon_id)
);
-- Disposal's question: is this arkivdel in a finished extraction?
CREATE INDEX arkivuttrekk_arkivdel_idx ON arkivuttrekk_arkivdel (organisasjon_id, arkivdel_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['arkivuttrekk', 'arkivuttrekk_arkivdel']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

-- A run is evidence of what was deposited: never removed; only its outcome
-- (and later the self-check) is written after the start.
GRANT SELECT, INSERT ON arkivuttrekk, arkivuttrekk_arkivdel TO saksgang_app;
GRANT UPDATE (status, fullfoert_dato, antall_mapper, antall_registreringer, antall_dokumentfiler,
  sjekksum_arkivuttrekk, selvkontroll, feilmelding) ON arkivuttrekk TO saksgang_app;

-- A finished or failed run stays as it ended (the self-check may still be added to a finished one).
CREATE FUNCTION vern_arkivuttrekk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'pågår' AND (NEW.status, NEW.fullfoert_dato, NEW.antall_mapper, NEW.antall_registreringer,
      NEW.antall_dokumentfiler, NEW.sjekksum_arkivuttrekk, NEW.feilmelding)
      IS DISTINCT FROM (OLD.status, OLD.fullfoert_dato, OLD.antall_mapper, OLD.antall_registreringer,
      OLD.antall_dokumentfiler, OLD.sjekksum_arkivuttrekk, OLD.feilmelding) THEN
    RAISE EXCEPTION 'Et avsluttet arkivuttrekk kan ikke endres'
      USING ERRCODE = 'SG001', COLUMN = 'status', TABLE = 'arkivuttrekk';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_arkivuttrekk BEFORE UPDATE ON arkivuttrekk FOR EACH ROW EXECUTE FUNCTION vern_arkivuttrekk();
