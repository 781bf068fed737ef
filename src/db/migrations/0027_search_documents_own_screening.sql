-- Issue 10: a document is searched under its own screening.
--
-- Until now a record's index row held the titles and text of its documents,
-- and the row carried one access code and group: the record's. A document
-- with a code and group of its own was then found by the record's readers
-- (a member of the record's group only found words the document hides from
-- them) and not by its own (a member of the document's group only found
-- nothing of it). The read rule decides per document
-- (domain/read-objects.ts `documentObject`): its own code and group, else
-- the record's; related through its creator, its record and its case.
--
-- So each document gets a row of its own in sok_dokument with exactly the
-- columns the rule's SQL twin (read-rule-sql.ts) needs, and the record's row
-- no longer holds document text. The search (sok-repository.ts) finds a
-- record by its own row or by a row of one of its documents that the reader
-- reads in full, and ranks and cuts the snippet from those only. A document
-- the reader may not read has no public part in the index: its title and
-- text never matched for such a reader before either.
--
-- A side effect worth having: a record's row no longer aggregates document
-- text, so changing a record (archiving, status) reindexes less.

-- The key carries the organisation, as every key of a distributed table must
-- (0031, docs/scaling.md).
CREATE TABLE sok_dokument (
  objekt_id uuid NOT NULL,
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  journalpost_id uuid NOT NULL,
  saksmappe_id uuid NOT NULL,
  -- Title and text: the vector (weight D, as in the record's row before)
  -- and the text a snippet is cut from (capped like sok_tekst).
  tekst text NOT NULL,
  sokevektor tsvector NOT NULL,
  -- The document's screening as the read rule sees it (FlatReadObject).
  tilgangskode text,
  tilgangsgruppe_id uuid,
  personer uuid[] NOT NULL,
  enheter uuid[] NOT NULL,
  PRIMARY KEY (objekt_id, organisasjon_id)
);
CREATE INDEX sok_dokument_vektor_idx ON sok_dokument USING gin (sokevektor);
CREATE INDEX sok_dokument_journalpost_idx ON sok_dokument (journalpost_id);
CREATE INDEX sok_dokument_org_idx ON sok_dokument (organisasjon_id);

-- The index row of each document: the newest version's archive variant,
-- else production, else the public variant (as the record's row had it).
-- The access columns are `flatten(documentObject(d, j, s, kontakter))`:
-- code and group its own or its record's; people: its creator, the record's
-- and the case's creators, the case owner, the record's saksbehandler and
-- the case's internal contacts; units: the record's and the case's.
CREATE VIEW sok_kilde_dokument
  (objekt_id, organisasjon_id, journalpost_id, saksmappe_id, tekst, sokevektor, tilgangskode, tilgangsgruppe_id, personer, enheter)
  WITH (security_invoker = true) AS
SELECT d.id, d.organisasjon_id, d.journalpost_id, j.saksmappe_id,
  sok_tekst(NULL, NULL, x.innhold),
  sok_vektor(NULL, NULL, x.innhold),
  coalesce(d.tilgangskode, j.tilgangskode), coalesce(d.tilgangsgruppe_id, j.tilgangsgruppe_id),
  ARRAY[d.opprettet_av, j.opprettet_av, s.opprettet_av, s.saksansvarlig_id, j.saksbehandler_id]
    || ARRAY(SELECT ik.bruker_id FROM saksmappe_intern_kontakt ik WHERE ik.saksmappe_id = s.id),
  ARRAY[j.administrativ_enhet_id, s.administrativ_enhet_id]
FROM dokumentbeskrivelse d
JOIN journalpost j ON j.id = d.journalpost_id
JOIN saksmappe s ON s.id = j.saksmappe_id
CROSS JOIN LATERAL (
  SELECT concat_ws(' ', d.tittel, (SELECT t.tekst FROM dokumentobjekt o
    JOIN fil_tekst t ON t.organisasjon_id = o.organisasjon_id AND t.sjekksum = o.sjekksum
    WHERE o.dokumentbeskrivelse_id = d.id
    ORDER BY o.versjonsnummer DESC, CASE o.variantformat WHEN 'A' THEN 0 WHEN 'P' THEN 1 ELSE 2 END
    LIMIT 1)) AS innhold
) x;

-- The record's row without its documents: their text is in sok_dokument,
-- and a screened document no longer marks the record's row ('*').
DROP VIEW sok_kilde_journalpost;
CREATE VIEW sok_kilde_journalpost
  (objekt_id, organisasjon_id, objekt_type, saksmappe_id, nummer, tittel, offentlig_tittel, status, journalposttype, dato,
  enhet_id, ansvarlig_id, sak_enhet_id, sak_ansvarlig_id, klasse_id, klasseverdi, tekst, offentlig_tekst, sokevektor,
  offentlig_sokevektor, tilgangskode, tilgangsgruppe_id, personer, enheter)
  WITH (security_invoker = true) AS
SELECT j.id, j.organisasjon_id, 'journalpost'::text, j.saksmappe_id, n.nr, j.tittel, n.offentlig,
  j.journalstatus, j.journalposttype, j.journaldato, coalesce(j.administrativ_enhet_id, s.administrativ_enhet_id),
  coalesce(j.saksbehandler_id, s.saksansvarlig_id), s.administrativ_enhet_id, s.saksansvarlig_id, s.primaer_klasse_id,
  s.primaer_klasseverdi,
  sok_tekst(n.titler, k.alle, NULL),
  sok_tekst(n.offentlig, k.offentlig, NULL),
  sok_nummervektor(n.numre, n.saksnr) || sok_vektor(n.titler, k.alle, NULL),
  sok_nummervektor(n.numre, n.saksnr) || sok_vektor(n.offentlig, k.offentlig, NULL),
  coalesce(j.tilgangskode, CASE WHEN k.skjult THEN '*' END), j.tilgangsgruppe_id,
  ARRAY[j.opprettet_av, s.opprettet_av, s.saksansvarlig_id, j.saksbehandler_id]
    || ARRAY(SELECT ik.bruker_id FROM saksmappe_intern_kontakt ik WHERE ik.saksmappe_id = s.id),
  ARRAY[j.administrativ_enhet_id, s.administrativ_enhet_id]
FROM journalpost j
JOIN saksmappe s ON s.id = j.saksmappe_id
CROSS JOIN LATERAL (
  SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.journalpostnummer AS nr,
    ARRAY[s.saksaar || '/' || s.sakssekvensnummer || '-' || j.journalpostnummer, j.journalsekvensnummer || '/' || j.journalaar]
      AS numre,
    s.saksaar || '/' || s.sakssekvensnummer AS saksnr,
    concat_ws(' ', j.tittel, nullif(j.offentlig_tittel, j.tittel)) AS titler,
    tilgang_offentlig_tittel('journalpost', j.tittel, j.offentlig_tittel, j.tilgangskode, j.skjermede_tittelord) AS offentlig
) n
CROSS JOIN LATERAL (
  SELECT string_agg(DISTINCT kp.navn, ', ') AS alle,
    string_agg(DISTINCT kp.navn, ', ') FILTER (WHERE NOT kp.skjermet AND j.tilgangskode IS NULL) AS offentlig,
    coalesce(bool_or(kp.skjermet), false) AS skjult
  FROM korrespondansepart kp WHERE kp.journalpost_id = j.id
) k;

-- Upserts the rows of the documents where `kolonne` (objekt_id,
-- journalpost_id or saksmappe_id of the source view) is `verdi`. The case's
-- lock, as sok_oppdater takes it: a document's row names the case's internal
-- contacts and owner, which another transaction may be changing.
-- SECURITY DEFINER like sok_oppdater (0008): only the triggers write the index.
CREATE FUNCTION sok_oppdater_dokumenter(sak uuid, kolonne text, verdi uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  cols text := 'organisasjon_id, journalpost_id, saksmappe_id, tekst, sokevektor, tilgangskode, tilgangsgruppe_id, personer, '
    'enheter';
BEGIN
  IF sak IS NULL THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(4, hashtext(sak::text));
  EXECUTE format('INSERT INTO sok_dokument SELECT * FROM sok_kilde_dokument WHERE %I = $1 '
    'ON CONFLICT (objekt_id, organisasjon_id) DO UPDATE SET (%s) = ROW(%s)',
    kolonne, cols, regexp_replace(cols, '(\w+)', 'excluded.\1', 'g')) USING verdi;
END
$$;

-- Drops the row of a deleted document. Every role may execute it (the
-- triggers run as the writing role), so it removes only the row of a
-- document that no longer exists: called directly, it hides nothing.
CREATE FUNCTION sok_slett_dokument(p_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
  DELETE FROM sok_dokument i WHERE i.objekt_id = p_id AND NOT EXISTS (SELECT 1 FROM dokumentbeskrivelse d WHERE d.id = p_id)
$$;

-- A document's own changes: title, screening; a new or deleted document.
CREATE OR REPLACE FUNCTION sok_ved_dokumentbeskrivelse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM sok_slett_dokument(OLD.id);
    RETURN NULL;
  END IF;
  PERFORM sok_oppdater_dokumenter((SELECT saksmappe_id FROM journalpost WHERE id = NEW.journalpost_id), 'objekt_id', NEW.id);
  RETURN NULL;
END
$$;
DROP TRIGGER sok_dokumentbeskrivelse ON dokumentbeskrivelse;
CREATE TRIGGER sok_dokumentbeskrivelse AFTER INSERT OR UPDATE OF tittel, tilgangskode, tilgangsgruppe_id OR DELETE
  ON dokumentbeskrivelse FOR EACH ROW EXECUTE FUNCTION sok_ved_dokumentbeskrivelse();

-- A new version or variant changes which text is the document's.
CREATE OR REPLACE FUNCTION sok_ved_dokumentobjekt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sok_oppdater_dokumenter(j.saksmappe_id, 'objekt_id', d.id)
  FROM dokumentbeskrivelse d JOIN journalpost j ON j.id = d.journalpost_id
  WHERE d.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.dokumentbeskrivelse_id END,
    CASE WHEN TG_OP <> 'DELETE' THEN NEW.dokumentbeskrivelse_id END);
  RETURN NULL;
END
$$;

-- Text is often extracted after the file was attached: reindex every document using the file.
CREATE OR REPLACE FUNCTION sok_ved_fil_tekst() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM sok_oppdater_dokumenter(x.saksmappe_id, 'objekt_id', x.id) FROM (
    SELECT DISTINCT d.id, j.saksmappe_id FROM dokumentobjekt o
    JOIN dokumentbeskrivelse d ON d.id = o.dokumentbeskrivelse_id
    JOIN journalpost j ON j.id = d.journalpost_id
    WHERE o.organisasjon_id = r.organisasjon_id AND o.sjekksum = r.sjekksum
  ) x;
  RETURN NULL;
END
$$;

-- What a document takes from its record: code and group (when it has none
-- of its own), creator, saksbehandler, unit, and its case (a moved record).
CREATE FUNCTION sok_ved_journalpost_dokumenter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sok_oppdater_dokumenter(NEW.saksmappe_id, 'journalpost_id', NEW.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_journalpost_dokumenter AFTER UPDATE ON journalpost FOR EACH ROW
  WHEN ((OLD.tilgangskode, OLD.tilgangsgruppe_id, OLD.saksbehandler_id, OLD.administrativ_enhet_id, OLD.saksmappe_id)
    IS DISTINCT FROM (NEW.tilgangskode, NEW.tilgangsgruppe_id, NEW.saksbehandler_id, NEW.administrativ_enhet_id, NEW.saksmappe_id))
  EXECUTE FUNCTION sok_ved_journalpost_dokumenter();

-- What a document takes from its case: owner and unit, internal contacts.
CREATE FUNCTION sok_ved_saksmappe_dokumenter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sok_oppdater_dokumenter(NEW.id, 'saksmappe_id', NEW.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_saksmappe_dokumenter AFTER UPDATE ON saksmappe FOR EACH ROW
  WHEN ((OLD.saksansvarlig_id, OLD.administrativ_enhet_id) IS DISTINCT FROM (NEW.saksansvarlig_id, NEW.administrativ_enhet_id))
  EXECUTE FUNCTION sok_ved_saksmappe_dokumenter();

CREATE FUNCTION sok_ved_intern_kontakt_dokumenter() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM sok_oppdater_dokumenter(r.saksmappe_id, 'saksmappe_id', r.saksmappe_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_intern_kontakt_dokumenter AFTER INSERT OR DELETE ON saksmappe_intern_kontakt
  FOR EACH ROW EXECUTE FUNCTION sok_ved_intern_kontakt_dokumenter();

ALTER TABLE sok_dokument ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sok_dokument
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
-- Written only by the triggers (through the functions above).
GRANT SELECT ON sok_dokument TO saksgang_app;
-- The search reads the active organisation's rows through a plain view, as
-- it reads sok_indeks through sok_indeks_egen (0028, which says why): under
-- the table's policy the match could not use the GIN index. The view's
-- condition is the policy's; without the setting it shows nothing.
CREATE VIEW sok_dokument_egen AS
  SELECT * FROM sok_dokument
  WHERE organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid;
GRANT SELECT ON sok_dokument_egen TO saksgang_app;

-- Index what exists: every document, and every record's row without its documents.
INSERT INTO sok_dokument SELECT * FROM sok_kilde_dokument;
-- (An update, not an upsert: it holds whichever key sok_indeks has by now.)
UPDATE sok_indeks i SET (tekst, offentlig_tekst, sokevektor, offentlig_sokevektor, tilgangskode)
  = (k.tekst, k.offentlig_tekst, k.sokevektor, k.offentlig_sokevektor, k.tilgangskode)
FROM sok_kilde_journalpost k WHERE k.objekt_id = i.objekt_id;
