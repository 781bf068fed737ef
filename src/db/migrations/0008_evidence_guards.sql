-- The database as a second wall around the evidence (ADR 0003). The use
-- cases already refuse these changes; here the database refuses them too, so
-- no path (a bug, a new feature, a hand-written repair as saksgang_app) can
-- renumber a case, rewind a counter, swap a file under a document or set a
-- journalført record back to R. Every refusal raises SQLSTATE SG001
-- ("evidence protected"), which the HTTP layer maps to a 409.

-- Refuses an UPDATE that changes any of the columns named in the trigger's
-- arguments. Compared as jsonb so one function serves every table.
CREATE FUNCTION vern_uforanderlige_kolonner() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  gammel jsonb := to_jsonb(OLD);
  ny jsonb := to_jsonb(NEW);
  kolonne text;
BEGIN
  FOREACH kolonne IN ARRAY TG_ARGV LOOP
    IF gammel -> kolonne IS DISTINCT FROM ny -> kolonne THEN
      RAISE EXCEPTION 'Kolonnen %.% kan ikke endres (arkivbevis)', TG_TABLE_NAME, kolonne
        USING ERRCODE = 'SG001', COLUMN = kolonne, TABLE = TG_TABLE_NAME;
    END IF;
  END LOOP;
  RETURN NEW;
END
$$;

-- Refuses an UPDATE that lowers the counter column named in the argument:
-- a rewound counter would hand out a number that is already in use.
CREATE FUNCTION vern_teller_bare_opp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) ->> TG_ARGV[0])::bigint < (to_jsonb(OLD) ->> TG_ARGV[0])::bigint THEN
    RAISE EXCEPTION 'Telleren %.% kan bare gå oppover', TG_TABLE_NAME, TG_ARGV[0]
      USING ERRCODE = 'SG001', COLUMN = TG_ARGV[0], TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER vern_identitet BEFORE UPDATE ON saksmappe FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('id', 'organisasjon_id', 'saksaar', 'sakssekvensnummer', 'opprettet_dato', 'opprettet_av');
CREATE TRIGGER vern_teller BEFORE UPDATE OF siste_journalpostnummer ON saksmappe FOR EACH ROW
  EXECUTE FUNCTION vern_teller_bare_opp('siste_journalpostnummer');

CREATE TRIGGER vern_identitet BEFORE UPDATE ON nummerserie FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('organisasjon_id', 'serie', 'aar');
CREATE TRIGGER vern_teller BEFORE UPDATE OF siste ON nummerserie FOR EACH ROW
  EXECUTE FUNCTION vern_teller_bare_opp('siste');

CREATE TRIGGER vern_identitet BEFORE UPDATE ON journalpost FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('id', 'organisasjon_id', 'registreringstype', 'journalaar', 'journalsekvensnummer',
    'opprettet_dato', 'opprettet_av');

-- A record's number within its case (journalpostnummer) changes only when
-- the archive moves it to another case, where it takes that case's next
-- number. Its status never goes back: once journalført it may only be
-- archived or voided, an archived or voided record stays so, and a finished
-- (F) or dispatched (E) one never returns to draft.
CREATE FUNCTION vern_journalpost() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.journalpostnummer <> OLD.journalpostnummer AND NEW.saksmappe_id = OLD.saksmappe_id THEN
    RAISE EXCEPTION 'journalpostnummer kan bare endres når journalposten flyttes til en annen sak'
      USING ERRCODE = 'SG001', COLUMN = 'journalpostnummer', TABLE = 'journalpost';
  END IF;
  IF NEW.journalstatus <> OLD.journalstatus AND NOT (
      (OLD.journalstatus = 'J' AND NEW.journalstatus IN ('A', 'U'))
      OR (OLD.journalstatus IN ('F', 'E') AND NEW.journalstatus IN ('E', 'J', 'U'))
      OR OLD.journalstatus NOT IN ('J', 'A', 'U', 'F', 'E')) THEN
    RAISE EXCEPTION 'Journalstatus kan ikke gå fra % til %', OLD.journalstatus, NEW.journalstatus
      USING ERRCODE = 'SG001', COLUMN = 'journalstatus', TABLE = 'journalpost';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_journalpost BEFORE UPDATE OF journalpostnummer, saksmappe_id, journalstatus ON journalpost FOR EACH ROW
  EXECUTE FUNCTION vern_journalpost();

-- A voided (U) case stays voided; a closed case may be reopened by the archive.
CREATE FUNCTION vern_saksmappe() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.saksstatus = 'U' AND NEW.saksstatus <> 'U' THEN
    RAISE EXCEPTION 'En sak som utgår kan ikke gjenopplives' USING ERRCODE = 'SG001', COLUMN = 'saksstatus', TABLE = 'saksmappe';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_saksmappe BEFORE UPDATE OF saksstatus ON saksmappe FOR EACH ROW EXECUTE FUNCTION vern_saksmappe();

-- Documents keep their place and number; a stored file keeps its identity.
-- A dokumentobjekt may still be re-identified (format, mime type), logged.
CREATE TRIGGER vern_identitet BEFORE UPDATE ON dokumentbeskrivelse FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('id', 'organisasjon_id', 'journalpost_id', 'dokumentnummer', 'opprettet_dato',
    'opprettet_av');
CREATE TRIGGER vern_identitet BEFORE UPDATE ON dokumentobjekt FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('id', 'organisasjon_id', 'dokumentbeskrivelse_id', 'versjonsnummer', 'variantformat',
    'filnavn', 'sjekksum', 'sjekksum_algoritme', 'filstoerrelse', 'opprettet_dato', 'opprettet_av');
CREATE TRIGGER vern_identitet BEFORE UPDATE ON fil FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('organisasjon_id', 'sjekksum', 'filstoerrelse');
CREATE TRIGGER vern_identitet BEFORE UPDATE ON fil_tekst FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('organisasjon_id', 'sjekksum');

CREATE TRIGGER vern_identitet BEFORE UPDATE ON part FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('id', 'organisasjon_id', 'saksmappe_id', 'opprettet_dato', 'opprettet_av');
CREATE TRIGGER vern_identitet BEFORE UPDATE ON korrespondansepart FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('id', 'organisasjon_id', 'journalpost_id', 'opprettet_dato', 'opprettet_av');

-- The search index is written only by its triggers: the function that
-- writes it runs as its owner, and saksgang_app may read it but no longer
-- insert, change or delete rows (a deleted row would hide a record from search).
ALTER FUNCTION sok_oppdater(uuid, text, text, uuid) SECURITY DEFINER SET search_path FROM CURRENT;
REVOKE INSERT, UPDATE, DELETE ON sok_indeks FROM saksgang_app;
