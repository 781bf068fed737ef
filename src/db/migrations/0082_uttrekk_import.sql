-- Issue 17 item 6: import of a Noark 5 extraction (arkivuttrekk) into a
-- read-only historical arkiv of the organisation.

-- ── Historical arkivdeler ──
-- An imported arkivdel is historical from its first row on: it is stored as a
-- closed period (status P), and nothing new goes into it — no case, no
-- record, no document — and nothing in it changes, except inside the import
-- transaction that fills it (it names the arkivdel in the transaction-local
-- setting saksgang.uttrekk_import). The flag itself never changes.
ALTER TABLE arkivdel ADD COLUMN historisk boolean NOT NULL DEFAULT false;

CREATE FUNCTION uttrekk_import_tillatt(p_arkivdel_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('saksgang.uttrekk_import', true), '') = p_arkivdel_id::text
$$;

CREATE FUNCTION vern_historisk_arkivdel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.historisk IS DISTINCT FROM OLD.historisk OR (OLD.historisk AND NOT uttrekk_import_tillatt(OLD.id)) THEN
    RAISE EXCEPTION 'En historisk (importert) arkivdel kan ikke endres'
      USING ERRCODE = 'SG001', COLUMN = 'historisk', TABLE = 'arkivdel';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_historisk_arkivdel BEFORE UPDATE ON arkivdel FOR EACH ROW EXECUTE FUNCTION vern_historisk_arkivdel();

-- A historical arkivdel is a closed period; the period guards of 0077 are
-- kept and let the import (only) fill it.
CREATE OR REPLACE FUNCTION vern_mappe_i_periode() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ny_status text := (SELECT arkivdelstatus FROM arkivdel WHERE id = NEW.arkivdel_id);
  lukket boolean := NEW.saksstatus IN ('A', 'U');
BEGIN
  IF uttrekk_import_tillatt(NEW.arkivdel_id) AND (TG_OP = 'INSERT' OR NEW.arkivdel_id = OLD.arkivdel_id) THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF ny_status <> 'A' THEN
      RAISE EXCEPTION 'Arkivdelen tar ikke imot nye mapper (status %)', ny_status
        USING ERRCODE = 'SG001', COLUMN = 'arkivdel_id', TABLE = 'saksmappe';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.arkivdel_id IS DISTINCT FROM OLD.arkivdel_id AND (
       ny_status = 'O' OR (ny_status = 'P' AND NOT lukket)
       OR (SELECT arkivdelstatus FROM arkivdel WHERE id = OLD.arkivdel_id) = 'P') THEN
    RAISE EXCEPTION 'Mappen kan ikke flyttes hit (arkivdelstatus %)', ny_status
      USING ERRCODE = 'SG001', COLUMN = 'arkivdel_id', TABLE = 'saksmappe';
  END IF;
  IF ny_status = 'P' AND NOT lukket THEN
    RAISE EXCEPTION 'En mappe i en avsluttet periode kan ikke åpnes igjen'
      USING ERRCODE = 'SG001', COLUMN = 'saksstatus', TABLE = 'saksmappe';
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION vern_registrering_i_periode() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  del_id uuid;
  del_status text;
BEGIN
  SELECT d.id, d.arkivdelstatus INTO del_id, del_status FROM saksmappe s JOIN arkivdel d ON d.id = s.arkivdel_id WHERE s.id = NEW.saksmappe_id;
  IF del_status = 'P' AND NOT uttrekk_import_tillatt(del_id) THEN
    RAISE EXCEPTION 'Mappen tilhører en avsluttet periode'
      USING ERRCODE = 'SG001', COLUMN = 'saksmappe_id', TABLE = 'journalpost';
  END IF;
  RETURN NEW;
END
$$;

-- Nothing in a historical arkivdel changes after its import: cases, records,
-- documents and files (updates), and no document is added to an old record.
CREATE FUNCTION historisk_arkivdel_av(p_tabell text, p_id uuid) RETURNS uuid LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN CASE p_tabell
    WHEN 'saksmappe' THEN (SELECT d.id FROM saksmappe s JOIN arkivdel d ON d.id = s.arkivdel_id WHERE s.id = p_id AND d.historisk)
    WHEN 'journalpost' THEN (SELECT d.id FROM journalpost j JOIN saksmappe s ON s.id = j.saksmappe_id
      JOIN arkivdel d ON d.id = s.arkivdel_id WHERE j.id = p_id AND d.historisk)
    WHEN 'dokumentbeskrivelse' THEN (SELECT d.id FROM dokumentbeskrivelse b JOIN journalpost j ON j.id = b.journalpost_id
      JOIN saksmappe s ON s.id = j.saksmappe_id JOIN arkivdel d ON d.id = s.arkivdel_id WHERE b.id = p_id AND d.historisk)
  END;
END
$$;

CREATE FUNCTION vern_historisk_innhold() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- TG_ARGV[0]: the table that leads to the arkivdel; TG_ARGV[1]: the column holding its id.
  eier uuid := CASE WHEN TG_ARGV[1] = 'id' THEN NEW.id ELSE (to_jsonb(NEW) ->> TG_ARGV[1])::uuid END;
  del uuid := historisk_arkivdel_av(TG_ARGV[0], eier);
BEGIN
  IF del IS NOT NULL AND NOT uttrekk_import_tillatt(del) THEN
    RAISE EXCEPTION 'Innholdet i en historisk (importert) arkivdel kan ikke endres'
      USING ERRCODE = 'SG001', TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_historisk_innhold BEFORE UPDATE ON saksmappe
  FOR EACH ROW EXECUTE FUNCTION vern_historisk_innhold('saksmappe', 'id');
CREATE TRIGGER vern_historisk_innhold BEFORE UPDATE ON journalpost
  FOR EACH ROW EXECUTE FUNCTION vern_historisk_innhold('journalpost', 'id');
CREATE TRIGGER vern_historisk_innhold BEFORE INSERT OR UPDATE ON dokumentbeskrivelse
  FOR EACH ROW EXECUTE FUNCTION vern_historisk_innhold('journalpost', 'journalpost_id');
CREATE TRIGGER vern_historisk_innhold BEFORE INSERT OR UPDATE ON dokumentobjekt
  FOR EACH ROW EXECUTE FUNCTION vern_historisk_innhold('dokumentbeskrivelse', 'dokumentbeskrivelse_id');
CREATE TRIGGER vern_historisk_innhold BEFORE INSERT OR UPDATE ON korrespondansepart
  FOR EACH ROW EXECUTE FUNCTION vern_historisk_innhold('journalpost', 'journalpost_id');
CREATE TRIGGER vern_historisk_innhold BEFORE INSERT OR UPDATE ON part
  FOR EACH ROW EXECUTE FUNCTION vern_historisk_innhold('saksmappe', 'saksmappe_id');

-- ── Import runs ──
-- One row per package (keyed by the SHA-256 of its arkivuttrekk.xml, or of
-- arkivstruktur.xml when a package has no ADDML file): where the import has
-- come to, so an interrupted import resumes and a finished one is not run twice.
CREATE TABLE uttrekk_import (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  pakke_sjekksum text NOT NULL CHECK (pakke_sjekksum ~ '^[0-9a-f]{64}$'),
  katalog text NOT NULL CHECK (length(katalog) <= 4000),
  noark_versjon text NOT NULL CHECK (noark_versjon IN ('4.0', '5.0')),
  status text NOT NULL DEFAULT 'pågår' CHECK (status IN ('pågår', 'fullført')),
  arkiv_id uuid,
  -- Units (top-level mapper and registreringer) of arkivstruktur.xml done, in file order.
  enheter_ferdig integer NOT NULL DEFAULT 0 CHECK (enheter_ferdig >= 0),
  -- Entries of endringslogg.xml done, in file order.
  endringer_ferdig integer NOT NULL DEFAULT 0 CHECK (endringer_ferdig >= 0),
  -- What could not be mapped, counted by kind: {"<what>": n}.
  ikke_kartlagt jsonb NOT NULL DEFAULT '{}',
  startet_dato timestamptz NOT NULL DEFAULT now(),
  fullfoert_dato timestamptz,
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  PRIMARY KEY (id, organisasjon_id),
  UNIQUE (organisasjon_id, pakke_sjekksum),
  FOREIGN KEY (arkiv_id, organisasjon_id) REFERENCES arkiv (id, organisasjon_id),
  CHECK ((status = 'pågår') = (fullfoert_dato IS NULL))
);

-- Every imported object by the systemID it had in the package: references
-- within the package (referanseForloeper, documents shared by records, the
-- change log) resolve through it, and the systemID is kept as it was when our
-- own id could not be the same (it is when it is a UUID not taken already).
CREATE TABLE uttrekk_import_objekt (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  import_id uuid NOT NULL,
  system_id text NOT NULL CHECK (length(system_id) <= 400),
  objekt_type text NOT NULL,
  objekt_id uuid NOT NULL,
  -- What the old system said that has no column here (the case officer's and
  -- unit's names, who created it), kept as it was.
  opprinnelig jsonb,
  PRIMARY KEY (import_id, system_id, organisasjon_id),
  FOREIGN KEY (import_id, organisasjon_id) REFERENCES uttrekk_import (id, organisasjon_id)
);
CREATE INDEX uttrekk_import_objekt_idx ON uttrekk_import_objekt (organisasjon_id, objekt_type, objekt_id);

-- The package's change log (endringslogg.xml) as it was: who changed what,
-- when, in the system the archive came from. Our own log (endringslogg) is
-- written only by the database and tells of changes made here.
CREATE TABLE uttrekk_import_endring (
  id bigint GENERATED ALWAYS AS IDENTITY,
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  import_id uuid NOT NULL,
  objekt_type text,
  objekt_id uuid,
  referanse_arkivenhet text NOT NULL,
  referanse_metadata text,
  endret_dato timestamptz,
  endret_av text,
  tidligere_verdi text,
  ny_verdi text,
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (import_id, organisasjon_id) REFERENCES uttrekk_import (id, organisasjon_id)
);
CREATE INDEX uttrekk_import_endring_objekt_idx ON uttrekk_import_endring (organisasjon_id, objekt_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['uttrekk_import', 'uttrekk_import_objekt', 'uttrekk_import_endring']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

-- Evidence of where the archive came from: never removed or rewritten; a run
-- only records its progress.
GRANT SELECT, INSERT ON uttrekk_import, uttrekk_import_objekt, uttrekk_import_endring TO saksgang_app;
GRANT UPDATE (status, arkiv_id, enheter_ferdig, endringer_ferdig, ikke_kartlagt, fullfoert_dato) ON uttrekk_import TO saksgang_app;

-- Which of the package's systemIDs (UUIDs) no row of the table has, in any
-- organisation (ids are global keys; RLS would hide another organisation's):
-- those are kept as our ids, the others get new ones. It tells only whether
-- a random UUID is in use, never whose it is or what it holds.
CREATE FUNCTION uttrekk_ledige_id(p_tabell text, p_id uuid[]) RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF p_tabell NOT IN ('arkiv', 'arkivdel', 'klassifikasjonssystem', 'klasse', 'saksmappe', 'journalpost',
                      'dokumentbeskrivelse', 'dokumentobjekt') THEN
    RAISE EXCEPTION 'Ukjent tabell %', p_tabell USING ERRCODE = 'SG002';
  END IF;
  RETURN QUERY EXECUTE format('SELECT i FROM unnest($1) AS i WHERE NOT EXISTS (SELECT 1 FROM %I t WHERE t.id = i)', p_tabell) USING p_id;
END
$$;
REVOKE ALL ON FUNCTION uttrekk_ledige_id(text, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION uttrekk_ledige_id(text, uuid[]) TO saksgang_app;
