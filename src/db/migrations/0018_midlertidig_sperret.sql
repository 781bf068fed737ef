-- The XX basket (seed 002, 9.2.1): a record the archive blocks with access
-- code XX («Midlertidig sperret») waits for its unit's leader to decide
-- within 3 working days. The database stamps the day it was blocked
-- (Oslo calendar, database clock), whichever path sets the code, keeps the
-- stamp while the code stays XX, and clears it when the code changes.

ALTER TABLE journalpost ADD COLUMN midlertidig_sperret_dato date;

CREATE FUNCTION midlertidig_sperret_stempel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.tilgangskode IS DISTINCT FROM 'XX' THEN
    NEW.midlertidig_sperret_dato := NULL;
  ELSIF TG_OP = 'UPDATE' AND OLD.tilgangskode = 'XX' AND OLD.midlertidig_sperret_dato IS NOT NULL THEN
    NEW.midlertidig_sperret_dato := OLD.midlertidig_sperret_dato;
  ELSE
    NEW.midlertidig_sperret_dato := (now() AT TIME ZONE 'Europe/Oslo')::date;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER midlertidig_sperret_stempel BEFORE INSERT OR UPDATE OF tilgangskode, midlertidig_sperret_dato ON journalpost
  FOR EACH ROW EXECUTE FUNCTION midlertidig_sperret_stempel();

CREATE INDEX journalpost_midlertidig_sperret_idx ON journalpost (organisasjon_id, midlertidig_sperret_dato)
  WHERE midlertidig_sperret_dato IS NOT NULL;

-- Records blocked before this migration count from today (the trigger stamps them).
UPDATE journalpost SET midlertidig_sperret_dato = NULL WHERE tilgangskode = 'XX';
