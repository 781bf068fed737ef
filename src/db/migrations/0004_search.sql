-- Full-text search: one row per saksmappe and per journalpost in sok_indeks,
-- kept current by triggers on every table that feeds it, so the index is
-- right whichever use case (or import, or archivist repair) writes.
--
-- Weights: A case number / record id / løpenummer, B titles (and a record's
-- case number), C party names, D document titles and extracted document text
-- (fil_tekst).
--
-- Screening: each row carries two vectors and two snippet texts. The
-- «offentlig» ones leave out what readers without access to screened
-- information may not see (names of screened correspondence parties, the
-- case's parts when the case is screened, the text of screened documents, and
-- tittel where an offentlig_tittel exists). The full ones hold everything.
-- The search picks the pair per row by the same rule the record page uses
-- for screened parties (the archive; the record's or the case's case worker;
-- a leader of either unit), so a hidden name can neither match nor show up in
-- a snippet or a title.

CREATE TABLE sok_indeks (
  objekt_id uuid PRIMARY KEY,
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  objekt_type text NOT NULL CHECK (objekt_type IN ('saksmappe', 'journalpost')),
  saksmappe_id uuid NOT NULL,
  nummer text NOT NULL,
  tittel text NOT NULL,
  offentlig_tittel text NOT NULL,
  status text NOT NULL,
  journalposttype text,
  dato date NOT NULL,
  -- Unit and case worker of the row (a record without its own: its case's),
  -- and those of the case: the screening rule grants access by either.
  enhet_id uuid,
  ansvarlig_id uuid,
  sak_enhet_id uuid NOT NULL,
  sak_ansvarlig_id uuid NOT NULL,
  klasse_id uuid,
  klasseverdi text,
  tekst text NOT NULL,
  offentlig_tekst text NOT NULL,
  sokevektor tsvector NOT NULL,
  offentlig_sokevektor tsvector NOT NULL
);
CREATE INDEX sok_indeks_vektor_idx ON sok_indeks USING gin (sokevektor);
CREATE INDEX sok_indeks_offentlig_vektor_idx ON sok_indeks USING gin (offentlig_sokevektor);
CREATE INDEX sok_indeks_dato_idx ON sok_indeks (organisasjon_id, dato DESC);
CREATE INDEX sok_indeks_saksmappe_idx ON sok_indeks (saksmappe_id);
-- «Search before you create»: fuzzy title match among cases only.
CREATE INDEX sok_indeks_tittel_trgm_idx ON sok_indeks USING gin (tittel gin_trgm_ops) WHERE objekt_type = 'saksmappe';
CREATE INDEX sok_indeks_offentlig_tittel_trgm_idx ON sok_indeks USING gin (offentlig_tittel gin_trgm_ops)
  WHERE objekt_type = 'saksmappe';
-- The fil_tekst trigger finds the records that use a file by its checksum.
CREATE INDEX sok_dokumentobjekt_sjekksum_idx ON dokumentobjekt (organisasjon_id, sjekksum);

-- Exact lexemes for numbers, so "2026/123" is one token however the parser
-- splits it. A record carries its own id (A) and its case's number (B), so a
-- search for a case number lists the case first and then its records.
CREATE FUNCTION sok_nummervektor(eget text[], sakens text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  -- Written as a tsvector literal because ranking needs a position and a weight on each lexeme.
  SELECT concat_ws(' ', (SELECT string_agg(quote_literal(x) || ':1A', ' ') FROM unnest(eget) x WHERE x IS NOT NULL),
    quote_literal(sakens) || ':1B')::tsvector
$$;

CREATE FUNCTION sok_vektor(b text, c text, d text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('norwegian', coalesce(b, '')), 'B')
      || setweight(to_tsvector('norwegian', coalesce(c, '')), 'C')
      || setweight(to_tsvector('norwegian', coalesce(d, '')), 'D')
$$;

-- The text a snippet is cut from; document text is capped because it only
-- serves the snippet (the vector holds all of it).
CREATE FUNCTION sok_tekst(b text, c text, d text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(' · ', nullif(b, ''), nullif(c, ''), nullif(left(d, 4000), ''))
$$;

-- What the index row of each saksmappe should be (same column order as
-- sok_indeks). Case parts are public unless the case is screened; names of
-- correspondence parties of the case's records count too, so a search for a
-- person finds the case. security_invoker: the view reads under the caller's RLS.
CREATE VIEW sok_kilde_saksmappe
  (objekt_id, organisasjon_id, objekt_type, saksmappe_id, nummer, tittel, offentlig_tittel, status, journalposttype, dato,
  enhet_id, ansvarlig_id, sak_enhet_id, sak_ansvarlig_id, klasse_id, klasseverdi, tekst, offentlig_tekst, sokevektor, offentlig_sokevektor)
  WITH (security_invoker = true) AS
SELECT s.id, s.organisasjon_id, 'saksmappe'::text, s.id, n.nr, s.tittel, coalesce(s.offentlig_tittel, s.tittel),
  s.saksstatus, NULL::text, s.saksdato, s.administrativ_enhet_id, s.saksansvarlig_id, s.administrativ_enhet_id,
  s.saksansvarlig_id, s.primaer_klasse_id,
  s.primaer_klasseverdi,
  sok_tekst(n.titler, p.alle, NULL),
  sok_tekst(coalesce(s.offentlig_tittel, s.tittel), p.offentlig, NULL),
  sok_nummervektor(ARRAY[n.nr], NULL) || sok_vektor(n.titler, p.alle, NULL),
  sok_nummervektor(ARRAY[n.nr], NULL) || sok_vektor(coalesce(s.offentlig_tittel, s.tittel), p.offentlig, NULL)
FROM saksmappe s
CROSS JOIN LATERAL (
  SELECT s.saksaar || '/' || s.sakssekvensnummer AS nr,
    concat_ws(' ', s.tittel, nullif(s.offentlig_tittel, s.tittel)) AS titler
) n
CROSS JOIN LATERAL (
  SELECT string_agg(DISTINCT x.navn, ', ') AS alle, string_agg(DISTINCT x.navn, ', ') FILTER (WHERE x.offentlig) AS offentlig
  FROM (
    SELECT pa.part_navn AS navn, s.tilgangskode IS NULL AS offentlig FROM part pa WHERE pa.saksmappe_id = s.id
    UNION ALL
    SELECT k.navn, NOT k.skjermet FROM journalpost j JOIN korrespondansepart k ON k.journalpost_id = j.id
    WHERE j.saksmappe_id = s.id
  ) x
) p;

-- The index row of each journalpost. Document text: per document the newest
-- version's archive variant, else production, else the public variant. The
-- text and titles of a screened document (or of any document of a screened
-- record) stay out of the public vector.
CREATE VIEW sok_kilde_journalpost
  (objekt_id, organisasjon_id, objekt_type, saksmappe_id, nummer, tittel, offentlig_tittel, status, journalposttype, dato,
  enhet_id, ansvarlig_id, sak_enhet_id, sak_ansvarlig_id, klasse_id, klasseverdi, tekst, offentlig_tekst, sokevektor, offentlig_sokevektor)
  WITH (security_invoker = true) AS
SELECT j.id, j.organisasjon_id, 'journalpost'::text, j.saksmappe_id, n.nr, j.tittel, coalesce(j.offentlig_tittel, j.tittel),
  j.journalstatus, j.journalposttype, j.journaldato, coalesce(j.administrativ_enhet_id, s.administrativ_enhet_id),
  coalesce(j.saksbehandler_id, s.saksansvarlig_id), s.administrativ_enhet_id, s.saksansvarlig_id, s.primaer_klasse_id,
  s.primaer_klasseverdi,
  sok_tekst(n.titler, k.alle, d.alle),
  sok_tekst(coalesce(j.offentlig_tittel, j.tittel), k.offentlig, d.offentlig),
  sok_nummervektor(n.numre, n.saksnr) || sok_vektor(n.titler, k.alle, d.alle),
  sok_nummervektor(n.numre, n.saksnr) || sok_vektor(coalesce(j.offentlig_tittel, j.tittel), k.offentlig, d.offentlig)
FROM journalpost j
JOIN saksmappe s ON s.id = j.saksmappe_id
CROSS JOIN LATERAL (
  SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.journalpostnummer AS nr,
    ARRAY[s.saksaar || '/' || s.sakssekvensnummer || '-' || j.journalpostnummer, j.journalsekvensnummer || '/' || j.journalaar]
      AS numre,
    s.saksaar || '/' || s.sakssekvensnummer AS saksnr,
    concat_ws(' ', j.tittel, nullif(j.offentlig_tittel, j.tittel)) AS titler
) n
CROSS JOIN LATERAL (
  SELECT string_agg(DISTINCT kp.navn, ', ') AS alle, string_agg(DISTINCT kp.navn, ', ') FILTER (WHERE NOT kp.skjermet) AS offentlig
  FROM korrespondansepart kp WHERE kp.journalpost_id = j.id
) k
CROSS JOIN LATERAL (
  SELECT string_agg(concat_ws(' ', db.tittel, db.tekst), ' ' ORDER BY db.dokumentnummer) AS alle,
    string_agg(concat_ws(' ', db.tittel, db.tekst), ' ' ORDER BY db.dokumentnummer)
      FILTER (WHERE db.tilgangskode IS NULL AND j.tilgangskode IS NULL) AS offentlig
  FROM (
    SELECT d.tittel, d.tilgangskode, d.dokumentnummer,
      (SELECT t.tekst FROM dokumentobjekt o
        JOIN fil_tekst t ON t.organisasjon_id = o.organisasjon_id AND t.sjekksum = o.sjekksum
        WHERE o.dokumentbeskrivelse_id = d.id
        ORDER BY o.versjonsnummer DESC, CASE o.variantformat WHEN 'A' THEN 0 WHEN 'P' THEN 1 ELSE 2 END
        LIMIT 1) AS tekst
    FROM dokumentbeskrivelse d WHERE d.journalpost_id = j.id
  ) db
) d;

-- Upserts the index rows a source view gives for one id. Reindexing takes a
-- transaction lock per case first: a case's row aggregates its records'
-- parties, so two transactions adding parties to records of one case at once
-- must not each write a row from a snapshot without the other's party. Once
-- the lock is held, the next statement's snapshot sees what the other
-- committed (READ COMMITTED). An upsert, so a row is never missing.
CREATE FUNCTION sok_oppdater(sak uuid, kilde text, kolonne text, verdi uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  cols text := 'organisasjon_id, objekt_type, saksmappe_id, nummer, tittel, offentlig_tittel, status, journalposttype, dato, '
    'enhet_id, ansvarlig_id, sak_enhet_id, sak_ansvarlig_id, klasse_id, klasseverdi, tekst, offentlig_tekst, sokevektor, '
    'offentlig_sokevektor';
BEGIN
  IF sak IS NULL THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(4, hashtext(sak::text));
  EXECUTE format('INSERT INTO sok_indeks SELECT * FROM %I WHERE %I = $1 ON CONFLICT (objekt_id) DO UPDATE SET (%s) = ROW(%s)',
    kilde, kolonne, cols, regexp_replace(cols, '(\w+)', 'excluded.\1', 'g')) USING verdi;
END
$$;

CREATE FUNCTION sok_indekser_saksmappe(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sok_oppdater(p_id, 'sok_kilde_saksmappe', 'objekt_id', p_id);
END
$$;

CREATE FUNCTION sok_indekser_journalpost(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sok_oppdater((SELECT saksmappe_id FROM journalpost WHERE id = p_id), 'sok_kilde_journalpost', 'objekt_id', p_id);
END
$$;

-- A record's row carries its case's number, unit, owner and class.
CREATE FUNCTION sok_indekser_sakens_journalposter(p_saksmappe_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sok_oppdater(p_saksmappe_id, 'sok_kilde_journalpost', 'saksmappe_id', p_saksmappe_id);
END
$$;

-- Triggers. Updates that do not touch indexed columns (e.g. the case's
-- document counter, bumped by every registration) skip reindexing.
CREATE FUNCTION sok_ved_saksmappe() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM sok_indeks WHERE saksmappe_id = OLD.id;
    RETURN NULL;
  END IF;
  PERFORM sok_indekser_saksmappe(NEW.id);
  IF TG_OP = 'UPDATE' AND (OLD.administrativ_enhet_id, OLD.saksansvarlig_id, OLD.primaer_klasse_id, OLD.primaer_klasseverdi,
      OLD.saksaar, OLD.sakssekvensnummer) IS DISTINCT FROM (NEW.administrativ_enhet_id, NEW.saksansvarlig_id,
      NEW.primaer_klasse_id, NEW.primaer_klasseverdi, NEW.saksaar, NEW.sakssekvensnummer) THEN
    PERFORM sok_indekser_sakens_journalposter(NEW.id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_saksmappe_ny AFTER INSERT OR DELETE ON saksmappe
  FOR EACH ROW EXECUTE FUNCTION sok_ved_saksmappe();
CREATE TRIGGER sok_saksmappe_endret AFTER UPDATE ON saksmappe FOR EACH ROW
  WHEN ((OLD.tittel, OLD.offentlig_tittel, OLD.saksstatus, OLD.saksdato, OLD.administrativ_enhet_id, OLD.saksansvarlig_id,
    OLD.primaer_klasse_id, OLD.primaer_klasseverdi, OLD.tilgangskode, OLD.saksaar, OLD.sakssekvensnummer)
    IS DISTINCT FROM (NEW.tittel, NEW.offentlig_tittel, NEW.saksstatus, NEW.saksdato, NEW.administrativ_enhet_id,
    NEW.saksansvarlig_id, NEW.primaer_klasse_id, NEW.primaer_klasseverdi, NEW.tilgangskode, NEW.saksaar, NEW.sakssekvensnummer))
  EXECUTE FUNCTION sok_ved_saksmappe();

CREATE FUNCTION sok_ved_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM sok_indekser_saksmappe(OLD.saksmappe_id); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.saksmappe_id <> OLD.saksmappe_id) THEN
    PERFORM sok_indekser_saksmappe(NEW.saksmappe_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_part AFTER INSERT OR UPDATE OF part_navn, saksmappe_id OR DELETE ON part
  FOR EACH ROW EXECUTE FUNCTION sok_ved_part();

-- A moved record changes the party names of both cases.
CREATE FUNCTION sok_ved_journalpost() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM sok_indeks WHERE objekt_id = OLD.id;
    PERFORM sok_indekser_saksmappe(OLD.saksmappe_id);
    RETURN NULL;
  END IF;
  PERFORM sok_indekser_journalpost(NEW.id);
  IF TG_OP = 'UPDATE' AND NEW.saksmappe_id <> OLD.saksmappe_id THEN
    PERFORM sok_indekser_saksmappe(OLD.saksmappe_id);
    PERFORM sok_indekser_saksmappe(NEW.saksmappe_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_journalpost_ny AFTER INSERT OR DELETE ON journalpost
  FOR EACH ROW EXECUTE FUNCTION sok_ved_journalpost();
CREATE TRIGGER sok_journalpost_endret AFTER UPDATE ON journalpost FOR EACH ROW
  WHEN ((OLD.saksmappe_id, OLD.journalpostnummer, OLD.journalaar, OLD.journalsekvensnummer, OLD.journalstatus,
    OLD.journalposttype, OLD.journaldato, OLD.tittel, OLD.offentlig_tittel, OLD.administrativ_enhet_id,
    OLD.saksbehandler_id, OLD.tilgangskode)
    IS DISTINCT FROM (NEW.saksmappe_id, NEW.journalpostnummer, NEW.journalaar, NEW.journalsekvensnummer, NEW.journalstatus,
    NEW.journalposttype, NEW.journaldato, NEW.tittel, NEW.offentlig_tittel, NEW.administrativ_enhet_id,
    NEW.saksbehandler_id, NEW.tilgangskode))
  EXECUTE FUNCTION sok_ved_journalpost();

-- Reindexes the record (and its case, which carries its party names) of the old and new row.
CREATE FUNCTION sok_ved_korrespondansepart() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE jp uuid;
BEGIN
  FOR jp IN SELECT DISTINCT x FROM unnest(ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN OLD.journalpost_id END,
    CASE WHEN TG_OP <> 'DELETE' THEN NEW.journalpost_id END]) x WHERE x IS NOT NULL
  LOOP
    PERFORM sok_indekser_journalpost(jp);
    PERFORM sok_indekser_saksmappe(j.saksmappe_id) FROM journalpost j WHERE j.id = jp;
  END LOOP;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_korrespondansepart AFTER INSERT OR UPDATE OF navn, skjermet, journalpost_id OR DELETE ON korrespondansepart
  FOR EACH ROW EXECUTE FUNCTION sok_ved_korrespondansepart();

CREATE FUNCTION sok_ved_dokumentbeskrivelse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM sok_indekser_journalpost(OLD.journalpost_id); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.journalpost_id <> OLD.journalpost_id) THEN
    PERFORM sok_indekser_journalpost(NEW.journalpost_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_dokumentbeskrivelse AFTER INSERT OR UPDATE OF tittel, tilgangskode, journalpost_id OR DELETE
  ON dokumentbeskrivelse FOR EACH ROW EXECUTE FUNCTION sok_ved_dokumentbeskrivelse();

CREATE FUNCTION sok_ved_dokumentobjekt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM sok_indekser_journalpost(d.journalpost_id) FROM dokumentbeskrivelse d WHERE d.id = OLD.dokumentbeskrivelse_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM sok_indekser_journalpost(d.journalpost_id) FROM dokumentbeskrivelse d WHERE d.id = NEW.dokumentbeskrivelse_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_dokumentobjekt AFTER INSERT OR UPDATE OF sjekksum, variantformat, versjonsnummer, dokumentbeskrivelse_id
  OR DELETE ON dokumentobjekt FOR EACH ROW EXECUTE FUNCTION sok_ved_dokumentobjekt();

-- Text is often extracted after the file was attached: reindex every record using the file.
CREATE FUNCTION sok_ved_fil_tekst() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM sok_indekser_journalpost(x.journalpost_id) FROM (
    SELECT DISTINCT d.journalpost_id FROM dokumentobjekt o JOIN dokumentbeskrivelse d ON d.id = o.dokumentbeskrivelse_id
    WHERE o.organisasjon_id = r.organisasjon_id AND o.sjekksum = r.sjekksum
  ) x;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_fil_tekst AFTER INSERT OR UPDATE OF tekst OR DELETE ON fil_tekst
  FOR EACH ROW EXECUTE FUNCTION sok_ved_fil_tekst();

ALTER TABLE sok_indeks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sok_indeks
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
-- The triggers run as the writing role, so it maintains the index itself.
GRANT SELECT, INSERT, UPDATE, DELETE ON sok_indeks TO saksgang_app;
GRANT SELECT ON sok_kilde_saksmappe, sok_kilde_journalpost TO saksgang_app;

-- Index what exists already (installations that ran earlier migrations).
INSERT INTO sok_indeks SELECT * FROM sok_kilde_saksmappe;
INSERT INTO sok_indeks SELECT * FROM sok_kilde_journalpost;
