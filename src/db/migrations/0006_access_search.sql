-- The search index under the one read rule. Each row gets what the rule's
-- SQL twin (src/features/tilgang/read-rule-sql.ts) needs: the row's access
-- code and group, the people related to it (creators, case owner, internal
-- contacts, responsible) and its units. The public vector and snippet text
-- of a screened row hold only its public title: parties, parts and document
-- text of a screened case or record stay out, and the title is the public
-- title the application shows (tilgang_offentlig_tittel, the twin of
-- domain/public-title.ts). A public row that holds screened content (a
-- screened party's name, a screened record's parties in its case's row, a
-- screened document's text) carries the code '*' in the index, so only
-- readers the rule lets see screened content get its full vector.

ALTER TABLE sok_indeks
  ADD COLUMN tilgangskode text,
  ADD COLUMN tilgangsgruppe_id uuid,
  ADD COLUMN personer uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN enheter uuid[] NOT NULL DEFAULT '{}';

-- Marked words become *****, a run of them one *****.
CREATE FUNCTION tilgang_maskert_tittel(tittel text, skjult integer[]) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(CASE WHEN o.m THEN '*****' ELSE o.w END, ' ' ORDER BY o.i) FROM (
    SELECT x.i, x.w, (x.i - 1) = ANY(skjult) AS m, lag((x.i - 1) = ANY(skjult)) OVER (ORDER BY x.i) AS forrige
    FROM unnest(regexp_split_to_array(btrim(tittel), '\s+')) WITH ORDINALITY AS x(w, i)
  ) o WHERE NOT (o.m AND coalesce(o.forrige, false))
$$;

CREATE FUNCTION tilgang_offentlig_tittel(objekt_type text, tittel text, offentlig text, kode text, skjult integer[])
  RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN cardinality(skjult) > 0 THEN tilgang_maskert_tittel(tittel, skjult)
    WHEN nullif(offentlig, '') IS NOT NULL THEN offentlig
    WHEN kode IS NULL THEN tittel
    WHEN objekt_type = 'saksmappe' AND kode = 'P' THEN 'Personalmappe'
    WHEN objekt_type = 'saksmappe' AND kode = 'E' THEN 'Elevmappe'
    ELSE '*****'
  END
$$;

DROP VIEW sok_kilde_saksmappe;
DROP VIEW sok_kilde_journalpost;

CREATE VIEW sok_kilde_saksmappe
  (objekt_id, organisasjon_id, objekt_type, saksmappe_id, nummer, tittel, offentlig_tittel, status, journalposttype, dato,
  enhet_id, ansvarlig_id, sak_enhet_id, sak_ansvarlig_id, klasse_id, klasseverdi, tekst, offentlig_tekst, sokevektor,
  offentlig_sokevektor, tilgangskode, tilgangsgruppe_id, personer, enheter)
  WITH (security_invoker = true) AS
SELECT s.id, s.organisasjon_id, 'saksmappe'::text, s.id, n.nr, s.tittel, n.offentlig,
  s.saksstatus, NULL::text, s.saksdato, s.administrativ_enhet_id, s.saksansvarlig_id, s.administrativ_enhet_id,
  s.saksansvarlig_id, s.primaer_klasse_id,
  s.primaer_klasseverdi,
  sok_tekst(n.titler, p.alle, NULL),
  sok_tekst(n.offentlig, p.offentlig, NULL),
  sok_nummervektor(ARRAY[n.nr], NULL) || sok_vektor(n.titler, p.alle, NULL),
  sok_nummervektor(ARRAY[n.nr], NULL) || sok_vektor(n.offentlig, p.offentlig, NULL),
  coalesce(s.tilgangskode, CASE WHEN p.skjult THEN '*' END), s.tilgangsgruppe_id,
  ARRAY[s.opprettet_av, s.saksansvarlig_id] || ARRAY(SELECT k.bruker_id FROM saksmappe_intern_kontakt k WHERE k.saksmappe_id = s.id),
  ARRAY[s.administrativ_enhet_id]
FROM saksmappe s
CROSS JOIN LATERAL (
  SELECT s.saksaar || '/' || s.sakssekvensnummer AS nr,
    concat_ws(' ', s.tittel, nullif(s.offentlig_tittel, s.tittel)) AS titler,
    tilgang_offentlig_tittel('saksmappe', s.tittel, s.offentlig_tittel, s.tilgangskode, s.skjermede_tittelord) AS offentlig
) n
CROSS JOIN LATERAL (
  SELECT string_agg(DISTINCT x.navn, ', ') AS alle, string_agg(DISTINCT x.navn, ', ') FILTER (WHERE x.offentlig) AS offentlig,
    coalesce(bool_or(NOT x.offentlig), false) AS skjult
  FROM (
    SELECT pa.part_navn AS navn, s.tilgangskode IS NULL AS offentlig FROM part pa WHERE pa.saksmappe_id = s.id
    UNION ALL
    SELECT k.navn, NOT k.skjermet AND j.tilgangskode IS NULL AND s.tilgangskode IS NULL
    FROM journalpost j JOIN korrespondansepart k ON k.journalpost_id = j.id
    WHERE j.saksmappe_id = s.id
  ) x
) p;

CREATE VIEW sok_kilde_journalpost
  (objekt_id, organisasjon_id, objekt_type, saksmappe_id, nummer, tittel, offentlig_tittel, status, journalposttype, dato,
  enhet_id, ansvarlig_id, sak_enhet_id, sak_ansvarlig_id, klasse_id, klasseverdi, tekst, offentlig_tekst, sokevektor,
  offentlig_sokevektor, tilgangskode, tilgangsgruppe_id, personer, enheter)
  WITH (security_invoker = true) AS
SELECT j.id, j.organisasjon_id, 'journalpost'::text, j.saksmappe_id, n.nr, j.tittel, n.offentlig,
  j.journalstatus, j.journalposttype, j.journaldato, coalesce(j.administrativ_enhet_id, s.administrativ_enhet_id),
  coalesce(j.saksbehandler_id, s.saksansvarlig_id), s.administrativ_enhet_id, s.saksansvarlig_id, s.primaer_klasse_id,
  s.primaer_klasseverdi,
  sok_tekst(n.titler, k.alle, d.alle),
  sok_tekst(n.offentlig, k.offentlig, d.offentlig),
  sok_nummervektor(n.numre, n.saksnr) || sok_vektor(n.titler, k.alle, d.alle),
  sok_nummervektor(n.numre, n.saksnr) || sok_vektor(n.offentlig, k.offentlig, d.offentlig),
  coalesce(j.tilgangskode, CASE WHEN k.skjult OR d.skjult THEN '*' END), j.tilgangsgruppe_id,
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
) k
CROSS JOIN LATERAL (
  SELECT string_agg(concat_ws(' ', db.tittel, db.tekst), ' ' ORDER BY db.dokumentnummer) AS alle,
    string_agg(concat_ws(' ', db.tittel, db.tekst), ' ' ORDER BY db.dokumentnummer)
      FILTER (WHERE db.tilgangskode IS NULL AND j.tilgangskode IS NULL) AS offentlig,
    coalesce(bool_or(db.tilgangskode IS NOT NULL), false) AS skjult
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

CREATE OR REPLACE FUNCTION sok_oppdater(sak uuid, kilde text, kolonne text, verdi uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  cols text := 'organisasjon_id, objekt_type, saksmappe_id, nummer, tittel, offentlig_tittel, status, journalposttype, dato, '
    'enhet_id, ansvarlig_id, sak_enhet_id, sak_ansvarlig_id, klasse_id, klasseverdi, tekst, offentlig_tekst, sokevektor, '
    'offentlig_sokevektor, tilgangskode, tilgangsgruppe_id, personer, enheter';
BEGIN
  IF sak IS NULL THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(4, hashtext(sak::text));
  EXECUTE format('INSERT INTO sok_indeks SELECT * FROM %I WHERE %I = $1 ON CONFLICT (objekt_id) DO UPDATE SET (%s) = ROW(%s)',
    kilde, kolonne, cols, regexp_replace(cols, '(\w+)', 'excluded.\1', 'g')) USING verdi;
END
$$;

-- Screening changes reindex: the case (and its records, whose party names
-- and people depend on the case) and the record.
CREATE OR REPLACE FUNCTION sok_ved_saksmappe() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM sok_indeks WHERE saksmappe_id = OLD.id;
    RETURN NULL;
  END IF;
  PERFORM sok_indekser_saksmappe(NEW.id);
  IF TG_OP = 'UPDATE' AND (OLD.administrativ_enhet_id, OLD.saksansvarlig_id, OLD.primaer_klasse_id, OLD.primaer_klasseverdi,
      OLD.saksaar, OLD.sakssekvensnummer, OLD.tilgangskode) IS DISTINCT FROM (NEW.administrativ_enhet_id, NEW.saksansvarlig_id,
      NEW.primaer_klasse_id, NEW.primaer_klasseverdi, NEW.saksaar, NEW.sakssekvensnummer, NEW.tilgangskode) THEN
    PERFORM sok_indekser_sakens_journalposter(NEW.id);
  END IF;
  RETURN NULL;
END
$$;
DROP TRIGGER sok_saksmappe_endret ON saksmappe;
CREATE TRIGGER sok_saksmappe_endret AFTER UPDATE ON saksmappe FOR EACH ROW
  WHEN ((OLD.tittel, OLD.offentlig_tittel, OLD.saksstatus, OLD.saksdato, OLD.administrativ_enhet_id, OLD.saksansvarlig_id,
    OLD.primaer_klasse_id, OLD.primaer_klasseverdi, OLD.tilgangskode, OLD.saksaar, OLD.sakssekvensnummer,
    OLD.tilgangsgruppe_id, OLD.skjermede_tittelord)
    IS DISTINCT FROM (NEW.tittel, NEW.offentlig_tittel, NEW.saksstatus, NEW.saksdato, NEW.administrativ_enhet_id,
    NEW.saksansvarlig_id, NEW.primaer_klasse_id, NEW.primaer_klasseverdi, NEW.tilgangskode, NEW.saksaar, NEW.sakssekvensnummer,
    NEW.tilgangsgruppe_id, NEW.skjermede_tittelord))
  EXECUTE FUNCTION sok_ved_saksmappe();

DROP TRIGGER sok_journalpost_endret ON journalpost;
CREATE TRIGGER sok_journalpost_endret AFTER UPDATE ON journalpost FOR EACH ROW
  WHEN ((OLD.saksmappe_id, OLD.journalpostnummer, OLD.journalaar, OLD.journalsekvensnummer, OLD.journalstatus,
    OLD.journalposttype, OLD.journaldato, OLD.tittel, OLD.offentlig_tittel, OLD.administrativ_enhet_id,
    OLD.saksbehandler_id, OLD.tilgangskode, OLD.tilgangsgruppe_id, OLD.skjermede_tittelord)
    IS DISTINCT FROM (NEW.saksmappe_id, NEW.journalpostnummer, NEW.journalaar, NEW.journalsekvensnummer, NEW.journalstatus,
    NEW.journalposttype, NEW.journaldato, NEW.tittel, NEW.offentlig_tittel, NEW.administrativ_enhet_id,
    NEW.saksbehandler_id, NEW.tilgangskode, NEW.tilgangsgruppe_id, NEW.skjermede_tittelord))
  EXECUTE FUNCTION sok_ved_journalpost();

-- A record's screening decides whether its parties' names are public in its case's row.
CREATE FUNCTION sok_ved_journalpost_skjerming() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sok_indekser_saksmappe(NEW.saksmappe_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_journalpost_skjerming AFTER UPDATE OF tilgangskode ON journalpost FOR EACH ROW
  WHEN (OLD.tilgangskode IS DISTINCT FROM NEW.tilgangskode)
  EXECUTE FUNCTION sok_ved_journalpost_skjerming();

CREATE FUNCTION sok_ved_intern_kontakt() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM sok_indekser_saksmappe(r.saksmappe_id);
  PERFORM sok_indekser_sakens_journalposter(r.saksmappe_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_intern_kontakt AFTER INSERT OR DELETE ON saksmappe_intern_kontakt
  FOR EACH ROW EXECUTE FUNCTION sok_ved_intern_kontakt();

GRANT SELECT ON sok_kilde_saksmappe, sok_kilde_journalpost TO saksgang_app;

-- Rebuild every row with the new columns and public titles.
INSERT INTO sok_indeks SELECT * FROM sok_kilde_saksmappe
  ON CONFLICT (objekt_id) DO UPDATE SET (offentlig_tittel, offentlig_tekst, offentlig_sokevektor, tilgangskode,
    tilgangsgruppe_id, personer, enheter) = ROW(excluded.offentlig_tittel, excluded.offentlig_tekst,
    excluded.offentlig_sokevektor, excluded.tilgangskode, excluded.tilgangsgruppe_id, excluded.personer, excluded.enheter);
INSERT INTO sok_indeks SELECT * FROM sok_kilde_journalpost
  ON CONFLICT (objekt_id) DO UPDATE SET (offentlig_tittel, offentlig_tekst, offentlig_sokevektor, tilgangskode,
    tilgangsgruppe_id, personer, enheter) = ROW(excluded.offentlig_tittel, excluded.offentlig_tekst,
    excluded.offentlig_sokevektor, excluded.tilgangskode, excluded.tilgangsgruppe_id, excluded.personer, excluded.enheter);
