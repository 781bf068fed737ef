-- Issue 17 items 1 and 3: periods of an arkivdel (Noark 5 krav 6.2) and the
-- organisation's approved archival formats (krav 2.7.9–2.7.13).

-- ── Periods ──
-- Status as the Noark 5 code (arkivdelstatus: A aktiv periode, O
-- overlappingsperiode, P avsluttet periode, U uaktuelle mapper); the first
-- rows were stored with the default's name.
UPDATE arkivdel SET arkivdelstatus = CASE arkivdelstatus
  WHEN 'Aktiv periode' THEN 'A' WHEN 'Overlappingsperiode' THEN 'O'
  WHEN 'Avsluttet periode' THEN 'P' WHEN 'Uaktuelle mapper' THEN 'U' ELSE arkivdelstatus END;
ALTER TABLE arkivdel ALTER COLUMN arkivdelstatus SET DEFAULT 'A',
  ADD CONSTRAINT arkivdel_status_kode CHECK (arkivdelstatus IN ('A', 'O', 'P', 'U')),
  -- Krav 6.2.2: references to the previous and the next period's arkivdel.
  -- Within the organisation, as every key between distributed tables (0031).
  ADD COLUMN referanse_forloeper uuid,
  ADD COLUMN referanse_arvtaker uuid,
  ADD CONSTRAINT arkivdel_forloeper_fk FOREIGN KEY (referanse_forloeper, organisasjon_id) REFERENCES arkivdel (id, organisasjon_id),
  ADD CONSTRAINT arkivdel_arvtaker_fk FOREIGN KEY (referanse_arvtaker, organisasjon_id) REFERENCES arkivdel (id, organisasjon_id),
  -- Krav 6.2.12 (M301): where the paper documents of the part are kept.
  ADD COLUMN oppbevaringssted text;

-- The part's own log (written by the application through skriv_endringslogg):
-- where the period ends and which parts come before and after it.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES
  ('arkivdel', 'arkivperiodeSluttDato', 6.1),
  ('arkivdel', 'referanseForloeper', 6.2),
  ('arkivdel', 'referanseArvtaker', 6.3);

-- Second wall (ADR 0003) for the period rules the use cases check
-- (src/features/arkivstruktur/domain/periode.ts): a status only moves on
-- (A → O → P, or A → P), a closed part holds no open case (krav 6.2.6,
-- 6.2.7), and the links between periods, once made, stay.
CREATE FUNCTION vern_arkivdel_periode() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.arkivdelstatus IS DISTINCT FROM OLD.arkivdelstatus
     AND (OLD.arkivdelstatus, NEW.arkivdelstatus) NOT IN (('A', 'O'), ('A', 'P'), ('O', 'P')) THEN
    RAISE EXCEPTION 'Arkivdelstatus kan ikke gå fra % til %', OLD.arkivdelstatus, NEW.arkivdelstatus
      USING ERRCODE = 'SG001', COLUMN = 'arkivdelstatus', TABLE = 'arkivdel';
  END IF;
  IF NEW.arkivdelstatus = 'P' AND OLD.arkivdelstatus <> 'P' AND EXISTS (
    SELECT 1 FROM saksmappe s WHERE s.arkivdel_id = NEW.id AND s.saksstatus NOT IN ('A', 'U')) THEN
    RAISE EXCEPTION 'Arkivdelen har fortsatt åpne mapper og kan ikke avsluttes (krav 6.2.7)'
      USING ERRCODE = 'SG001', COLUMN = 'arkivdelstatus', TABLE = 'arkivdel';
  END IF;
  IF (OLD.referanse_forloeper IS NOT NULL AND NEW.referanse_forloeper IS DISTINCT FROM OLD.referanse_forloeper)
     OR (OLD.referanse_arvtaker IS NOT NULL AND NEW.referanse_arvtaker IS DISTINCT FROM OLD.referanse_arvtaker) THEN
    RAISE EXCEPTION 'Forløper og arvtaker kan ikke endres når de er satt'
      USING ERRCODE = 'SG001', TABLE = 'arkivdel';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_arkivdel_periode BEFORE UPDATE ON arkivdel FOR EACH ROW EXECUTE FUNCTION vern_arkivdel_periode();

-- A new case only in an active period (krav 6.2.3, 6.2.4, 6.2.6); a case is
-- moved into an overlap never, into a closed period only closed (krav 6.2.11),
-- and a case of a closed period is neither reopened nor moved out (krav 6.2.6).
CREATE FUNCTION vern_mappe_i_periode() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ny_status text := (SELECT arkivdelstatus FROM arkivdel WHERE id = NEW.arkivdel_id);
  lukket boolean := NEW.saksstatus IN ('A', 'U');
BEGIN
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
CREATE TRIGGER vern_mappe_i_periode BEFORE INSERT OR UPDATE OF arkivdel_id, saksstatus ON saksmappe
  FOR EACH ROW EXECUTE FUNCTION vern_mappe_i_periode();

-- No registration is added to a case of a closed period (krav 6.2.6).
CREATE FUNCTION vern_registrering_i_periode() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT d.arkivdelstatus FROM saksmappe s JOIN arkivdel d ON d.id = s.arkivdel_id WHERE s.id = NEW.saksmappe_id) = 'P' THEN
    RAISE EXCEPTION 'Mappen tilhører en avsluttet periode'
      USING ERRCODE = 'SG001', COLUMN = 'saksmappe_id', TABLE = 'journalpost';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_registrering_i_periode BEFORE INSERT ON journalpost
  FOR EACH ROW EXECUTE FUNCTION vern_registrering_i_periode();

-- ── Archival formats ──
-- Krav 2.7.9: the organisation's approved archival formats as PRONOM PUIDs;
-- NULL is the standard list (src/features/dokumenter/domain/arkivformat.ts).
ALTER TABLE organisasjon ADD COLUMN arkivformater text[];
GRANT UPDATE (arkivformater) ON organisasjon TO saksgang_app;
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('organisasjon', 'arkivformater', 132);

-- The archive's reasoned exception for a document kept without an archival
-- variant (it would otherwise hold back journalføring and closing). Logged by
-- the database like the document's other columns, after publiserFulltekst.
ALTER TABLE dokumentbeskrivelse ADD COLUMN arkivformat_unntak text;
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('dokumentbeskrivelse', 'arkivformatUnntak', 43.7);
SELECT endringslogg_registrer('dokumentbeskrivelse', 'arkivformatUnntak', 'dokumentbeskrivelse', 'arkivformat_unntak');
