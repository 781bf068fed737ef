-- eInnsyn publishing (issue 15 item 4): what the public journal shows is
-- also published to eInnsyn, for organisations with an eInnsyn account
-- (EINNSYN_<KORTNAVN>; the server sets the flag at start). Every change that
-- can alter what the public sees of a journalført record queues a job for the
-- record in the same transaction, by the database, whichever path wrote; the
-- job reads the record as it is when it runs and publishes, updates or
-- withdraws it. Nothing is queued for an organisation that does not publish.
ALTER TABLE organisasjon ADD COLUMN einnsyn_publisering boolean NOT NULL DEFAULT false;

CREATE FUNCTION einnsyn_ko(p_org uuid, p_journalposter uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO jobb (organisasjon_id, type, data, maks_forsok)
  SELECT p_org, 'einnsyn-publiser', jsonb_build_object('journalpostId', j), 8
  FROM unnest(p_journalposter) AS j
  WHERE EXISTS (SELECT 1 FROM organisasjon o WHERE o.id = p_org AND o.einnsyn_publisering)
$$;

-- A record that is or was journalført: its publication may change.
CREATE FUNCTION einnsyn_ved_journalpost() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.journalstatus IN ('J', 'A') OR (TG_OP = 'UPDATE' AND OLD.journalstatus IN ('J', 'A')) THEN
    PERFORM einnsyn_ko(NEW.organisasjon_id, ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER einnsyn_journalpost AFTER INSERT OR UPDATE OF journalstatus, tittel, offentlig_tittel, tilgangskode,
  skjermingshjemmel, skjermede_tittelord, journalposttype, journaldato, dokumentets_dato, saksmappe_id ON journalpost
  FOR EACH ROW EXECUTE FUNCTION einnsyn_ved_journalpost();

-- The case's public title and screening show on each of its published records.
CREATE FUNCTION einnsyn_ved_saksmappe() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM einnsyn_ko(NEW.organisasjon_id, ARRAY(SELECT j.id FROM journalpost j
    WHERE j.organisasjon_id = NEW.organisasjon_id AND j.saksmappe_id = NEW.id AND j.journalstatus IN ('J', 'A')));
  RETURN NULL;
END $$;
CREATE TRIGGER einnsyn_saksmappe AFTER UPDATE OF tittel, offentlig_tittel, tilgangskode, skjermede_tittelord ON saksmappe
  FOR EACH ROW EXECUTE FUNCTION einnsyn_ved_saksmappe();

-- A correspondence party's name (or its screening) is published with its record.
CREATE FUNCTION einnsyn_ved_korrespondansepart() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r korrespondansepart;
BEGIN
  r := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  PERFORM einnsyn_ko(r.organisasjon_id, ARRAY(SELECT j.id FROM journalpost j
    WHERE j.organisasjon_id = r.organisasjon_id AND j.id = r.journalpost_id AND j.journalstatus IN ('J', 'A')));
  RETURN NULL;
END $$;
CREATE TRIGGER einnsyn_korrespondansepart AFTER INSERT OR UPDATE OR DELETE ON korrespondansepart
  FOR EACH ROW EXECUTE FUNCTION einnsyn_ved_korrespondansepart();
