-- eInnsyn publishing of full texts (issue 15 item 4): a document marked for
-- publishing on the public journal (0071) — or unmarked — changes what eInnsyn
-- shows of its record, so its record is queued for publishing as 0069 queues
-- it for every other change the public can see.
CREATE FUNCTION einnsyn_ved_fulltekst() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM einnsyn_ko(NEW.organisasjon_id, ARRAY(SELECT j.id FROM journalpost j
    WHERE j.organisasjon_id = NEW.organisasjon_id AND j.id = NEW.journalpost_id AND j.journalstatus IN ('J', 'A')));
  RETURN NULL;
END $$;
CREATE TRIGGER einnsyn_fulltekst AFTER UPDATE OF publiser_fulltekst ON dokumentbeskrivelse
  FOR EACH ROW WHEN (OLD.publiser_fulltekst IS DISTINCT FROM NEW.publiser_fulltekst)
  EXECUTE FUNCTION einnsyn_ved_fulltekst();
