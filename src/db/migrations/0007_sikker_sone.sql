-- Secure zone (sikker sone, seed 001): documents marked personsensitivt keep
-- their files encrypted in a separate store; opening them needs a fresh
-- second login step recorded on the browser session. Their metadata stays in
-- the ordinary zone (seed: «Sikker sone har ikke noe eget lager for
-- metadata»), but their extracted text never reaches the search index.

-- One way: once a document is personsensitivt it stays so (its files have
-- left the ordinary store, and nobody may bring them back by a flag).
ALTER TABLE dokumentbeskrivelse ADD COLUMN personsensitiv boolean NOT NULL DEFAULT false;

CREATE FUNCTION sikker_sone_en_vei() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.personsensitiv AND NOT NEW.personsensitiv THEN
    RAISE EXCEPTION 'dokumentbeskrivelse %: personsensitiv kan ikke settes tilbake', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER sikker_sone_en_vei BEFORE UPDATE OF personsensitiv ON dokumentbeskrivelse
  FOR EACH ROW EXECUTE FUNCTION sikker_sone_en_vei();

-- Until when the session's second step (password re-entry or OIDC step-up) is valid.
ALTER TABLE session ADD COLUMN sikker_sone_til timestamptz;

-- True when the content is used only by personsensitive documents: its text
-- must not be indexed. Content shared with an ordinary document is in the
-- ordinary zone anyway, so its text stays searchable there.
CREATE FUNCTION sikker_sone_bare_sikker(p_org uuid, p_sjekksum text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
      SELECT 1 FROM dokumentobjekt o JOIN dokumentbeskrivelse d ON d.id = o.dokumentbeskrivelse_id
      WHERE o.organisasjon_id = p_org AND o.sjekksum = p_sjekksum AND d.personsensitiv)
    AND NOT EXISTS (
      SELECT 1 FROM dokumentobjekt o JOIN dokumentbeskrivelse d ON d.id = o.dokumentbeskrivelse_id
      WHERE o.organisasjon_id = p_org AND o.sjekksum = p_sjekksum AND NOT d.personsensitiv)
$$;

-- Extracted text of secure-only content is silently not stored, whichever
-- path (upload, re-extraction job, import) tries to store it.
CREATE FUNCTION sikker_sone_ingen_tekst() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF sikker_sone_bare_sikker(NEW.organisasjon_id, NEW.sjekksum) THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER sikker_sone_ingen_tekst BEFORE INSERT OR UPDATE OF tekst ON fil_tekst
  FOR EACH ROW EXECUTE FUNCTION sikker_sone_ingen_tekst();

-- Marking a document removes the text of its secure-only content from the
-- ordinary zone (the search index follows through fil_tekst's own trigger).
-- SECURITY DEFINER: the application role has no DELETE on fil_tekst, and
-- this is the only way its rows may go.
CREATE FUNCTION sikker_sone_fjern_tekst() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  DELETE FROM fil_tekst t
  WHERE t.organisasjon_id = NEW.organisasjon_id
    AND t.sjekksum IN (SELECT o.sjekksum FROM dokumentobjekt o WHERE o.dokumentbeskrivelse_id = NEW.id)
    AND sikker_sone_bare_sikker(t.organisasjon_id, t.sjekksum);
  RETURN NULL;
END
$$;
CREATE TRIGGER sikker_sone_fjern_tekst AFTER UPDATE OF personsensitiv ON dokumentbeskrivelse
  FOR EACH ROW WHEN (NEW.personsensitiv AND NOT OLD.personsensitiv) EXECUTE FUNCTION sikker_sone_fjern_tekst();
