-- Issue 12 item 1: the search index (sok_indeks) kept off the writer's path.
--
-- Until now every write reindexed in its own transaction: a registration
-- built its record's row twice (the record, then its party) and its case's
-- row, which aggregates the party names of every record in the case, while
-- holding the organisation's journal counter; closing a case of 5,000
-- records reindexed them one by one. Now a write only queues what changed
-- (sok_ko, in the same transaction, so nothing is lost), and
-- sok_ta_igjen() brings the index up to date, set-based and each object
-- once however often it was queued: the job runner calls it in the
-- background, and a search calls it for its own organisation first, so a
-- search still finds what was written before it.
--
-- Correctness: the queue rows are taken (deleted) in one statement and the
-- index rows built in later statements, so they are built from data at least
-- as new as every change taken; a change committed meanwhile left its own
-- queue row for the next run. Runs are one at a time (an advisory lock), so
-- an older run cannot overwrite a newer one's rows. An object gone by then
-- (a deleted record or case) loses its row.
CREATE TABLE sok_ko (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  -- saksmappe: the case's own row; journalpost: the record's row;
  -- sakens_journalposter: the rows of every record of the case (they carry its number, owner, class).
  kilde text NOT NULL CHECK (kilde IN ('saksmappe', 'journalpost', 'sakens_journalposter')),
  objekt_id uuid NOT NULL,
  PRIMARY KEY (organisasjon_id, id)
);
ALTER TABLE sok_ko ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sok_ko
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
-- Written only through the functions below (they run as their owner).
GRANT SELECT ON sok_ko TO saksgang_app;

-- The three reindex entry points every search trigger calls (0004, 0006)
-- now queue instead of building. SECURITY DEFINER: a trigger runs as the
-- writing role, which may not write the queue itself; called directly they
-- only ask for a reindex.
CREATE OR REPLACE FUNCTION sok_indekser_saksmappe(p_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
  INSERT INTO sok_ko (organisasjon_id, kilde, objekt_id) SELECT organisasjon_id, 'saksmappe', id FROM saksmappe WHERE id = p_id
$$;

CREATE OR REPLACE FUNCTION sok_indekser_journalpost(p_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
  INSERT INTO sok_ko (organisasjon_id, kilde, objekt_id) SELECT organisasjon_id, 'journalpost', id FROM journalpost WHERE id = p_id
$$;

CREATE OR REPLACE FUNCTION sok_indekser_sakens_journalposter(p_saksmappe_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
  INSERT INTO sok_ko (organisasjon_id, kilde, objekt_id)
  SELECT organisasjon_id, 'sakens_journalposter', id FROM saksmappe WHERE id = p_saksmappe_id
$$;

-- A deleted record queues itself too (its row is dropped at once, as before,
-- and again by the next run should a run still holding it write it back).
CREATE OR REPLACE FUNCTION sok_ved_journalpost() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM sok_indeks WHERE objekt_id = OLD.id AND organisasjon_id = OLD.organisasjon_id;
    PERFORM sok_ko_legg_inn(OLD.organisasjon_id, 'journalpost', OLD.id);
    PERFORM sok_indekser_saksmappe(OLD.saksmappe_id);
    RETURN NULL;
  END IF;
  PERFORM sok_indekser_journalpost(NEW.id);
  RETURN NULL;
END
$$;

CREATE FUNCTION sok_ko_legg_inn(p_org uuid, p_kilde text, p_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
  INSERT INTO sok_ko (organisasjon_id, kilde, objekt_id) VALUES (p_org, p_kilde, p_id)
$$;

-- Changed records, set-based: one statement for all the rows an UPDATE
-- changed (closing a case archives all its records in one UPDATE). Replaces
-- the per-row triggers sok_journalpost_endret and sok_journalpost_skjerming;
-- the columns are theirs. A moved record changes both cases' party names; a
-- record's screening decides whether its parties' names are public in its case's row.
DROP TRIGGER sok_journalpost_endret ON journalpost;
DROP TRIGGER sok_journalpost_skjerming ON journalpost;
CREATE FUNCTION sok_ved_journalposter_endret() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO sok_ko (organisasjon_id, kilde, objekt_id)
  SELECT x.organisasjon_id, x.kilde, x.objekt_id FROM (
    SELECT n.organisasjon_id, 'journalpost' AS kilde, n.id AS objekt_id
    FROM ny n JOIN gammel o ON o.id = n.id AND o.organisasjon_id = n.organisasjon_id
    WHERE (o.saksmappe_id, o.journalpostnummer, o.journalaar, o.journalsekvensnummer, o.journalstatus, o.journalposttype,
      o.journaldato, o.tittel, o.offentlig_tittel, o.administrativ_enhet_id, o.saksbehandler_id, o.tilgangskode,
      o.tilgangsgruppe_id, o.skjermede_tittelord)
    IS DISTINCT FROM (n.saksmappe_id, n.journalpostnummer, n.journalaar, n.journalsekvensnummer, n.journalstatus,
      n.journalposttype, n.journaldato, n.tittel, n.offentlig_tittel, n.administrativ_enhet_id, n.saksbehandler_id,
      n.tilgangskode, n.tilgangsgruppe_id, n.skjermede_tittelord)
    UNION
    SELECT n.organisasjon_id, 'saksmappe', sak
    FROM ny n JOIN gammel o ON o.id = n.id AND o.organisasjon_id = n.organisasjon_id,
      unnest(ARRAY[o.saksmappe_id, n.saksmappe_id]) sak
    WHERE o.saksmappe_id <> n.saksmappe_id OR o.tilgangskode IS DISTINCT FROM n.tilgangskode
  ) x;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_journalposter_endret AFTER UPDATE ON journalpost
  REFERENCING OLD TABLE AS gammel NEW TABLE AS ny
  FOR EACH STATEMENT EXECUTE FUNCTION sok_ved_journalposter_endret();

-- Brings the index up to date for one organisation (null: all), at most
-- p_maks queue rows per call; returns how many it took. The job runner and
-- the search call it; only their connection's owner may (saksgang_app through a search).
CREATE FUNCTION sok_ta_igjen(p_org uuid, p_maks integer DEFAULT 100000) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  saker uuid[];
  poster uuid[];
  sakers_poster uuid[];
  tatt integer;
  cols text;
BEGIN
  -- Cheap when there is nothing to do (every search asks).
  IF NOT EXISTS (SELECT 1 FROM sok_ko WHERE p_org IS NULL OR organisasjon_id = p_org) THEN RETURN 0; END IF;
  PERFORM pg_advisory_xact_lock(5, 0);
  WITH tatt AS (
    DELETE FROM sok_ko k WHERE (k.organisasjon_id, k.id) IN (
      SELECT organisasjon_id, id FROM sok_ko WHERE p_org IS NULL OR organisasjon_id = p_org ORDER BY id LIMIT p_maks)
    RETURNING k.kilde, k.objekt_id
  )
  SELECT array_agg(DISTINCT objekt_id) FILTER (WHERE kilde = 'saksmappe'),
    array_agg(DISTINCT objekt_id) FILTER (WHERE kilde = 'journalpost'),
    array_agg(DISTINCT objekt_id) FILTER (WHERE kilde = 'sakens_journalposter'), count(*)
    INTO saker, poster, sakers_poster, tatt FROM tatt;
  IF tatt = 0 THEN RETURN 0; END IF;
  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute
    WHERE attrelid = 'sok_indeks'::regclass AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('objekt_id', 'organisasjon_id');
  EXECUTE format('INSERT INTO sok_indeks SELECT * FROM sok_kilde_saksmappe WHERE objekt_id = ANY($1) '
    'ON CONFLICT (objekt_id, organisasjon_id) DO UPDATE SET (%s) = ROW(%s)', cols, regexp_replace(cols, '(\w+)', 'excluded.\1', 'g'))
    USING coalesce(saker, '{}');
  -- Every record once (ON CONFLICT may touch a row only once a statement).
  SELECT array_agg(DISTINCT x) INTO poster FROM unnest(coalesce(poster, '{}')
    || ARRAY(SELECT id FROM journalpost WHERE saksmappe_id = ANY(coalesce(sakers_poster, '{}')))) x;
  EXECUTE format('INSERT INTO sok_indeks SELECT * FROM sok_kilde_journalpost WHERE objekt_id = ANY($1) '
    'ON CONFLICT (objekt_id, organisasjon_id) DO UPDATE SET (%s) = ROW(%s)', cols, regexp_replace(cols, '(\w+)', 'excluded.\1', 'g'))
    USING coalesce(poster, '{}');
  -- Rows of objects gone meanwhile.
  DELETE FROM sok_indeks i WHERE i.objekt_id = ANY(coalesce(saker, '{}') || coalesce(poster, '{}'))
    AND NOT EXISTS (SELECT 1 FROM saksmappe s WHERE s.id = i.objekt_id)
    AND NOT EXISTS (SELECT 1 FROM journalpost j WHERE j.id = i.objekt_id);
  RETURN tatt;
END
$$;
REVOKE ALL ON FUNCTION sok_ta_igjen(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sok_ta_igjen(uuid, integer) TO saksgang_app;
REVOKE ALL ON FUNCTION sok_ko_legg_inn(uuid, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sok_ko_legg_inn(uuid, text, uuid) TO saksgang_app;
