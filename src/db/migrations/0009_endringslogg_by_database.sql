-- The change log written by the database (ADR 0003). For the objects whose
-- fields live in columns (case, record, document, file object, parts,
-- correspondence parties and their screening), a trigger writes one log row
-- per logged field that a statement sets or changes, in that statement,
-- whichever path wrote it: actor from the transaction (saksgang.bruker_id, set
-- by enterTenant), time from the database clock. Nothing else may write the
-- log: saksgang_app loses INSERT on it, and the objects the database does
-- not log itself (arkiv, arkivdel, klasse …) are logged through
-- skriv_endringslogg(), which stamps actor and time itself.

-- Which fields are logged (Noark 5 vedlegg 3 and ours), one row per field and
-- table. It mirrors CHANGE_LOG_FIELDS in change-log-fields.ts (a test keeps
-- the two equal). A field without a table is one the database cannot see in
-- a column (the application logs it, or nothing sets it yet). `verdi` is the
-- logged value as SQL over the row `r`; empty means logg_tekst(r.kolonne).
CREATE TABLE endringslogg_felt (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  objekt_type text NOT NULL,
  felt text NOT NULL,
  -- Order of the field in CHANGE_LOG_FIELDS (numeric: a field added between two gets e.g. 62.5).
  posisjon numeric NOT NULL,
  tabell text,
  kolonne text,
  verdi text,
  CHECK ((tabell IS NULL) = (kolonne IS NULL))
);
CREATE UNIQUE INDEX endringslogg_felt_unik ON endringslogg_felt (objekt_type, felt, coalesce(tabell, ''));
GRANT SELECT ON endringslogg_felt TO saksgang_app;

-- A value as the log writes it, the same text renderLogValue gives in
-- TypeScript: no value and '' are null, a date is YYYY-MM-DD, an instant
-- is ISO 8601 in UTC with milliseconds.
CREATE FUNCTION logg_tekst(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT nullif(v, '') $$;
CREATE FUNCTION logg_tekst(v date) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(v, 'YYYY-MM-DD') $$;
CREATE FUNCTION logg_tekst(v timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(v AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;
CREATE FUNCTION logg_tekst(v uuid) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION logg_tekst(v bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;
CREATE FUNCTION logg_tekst(v boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;

-- Who the log names: the transaction's actor. A tenant transaction without
-- one is refused (SG002); work outside any tenant (migrations, the owner's
-- own repairs) is the system's.
CREATE FUNCTION endringslogg_aktor() RETURNS bruker LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  aktor uuid := nullif(current_setting('saksgang.bruker_id', true), '')::uuid;
  org uuid := nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid;
  b bruker;
BEGIN
  IF aktor IS NULL AND org IS NOT NULL THEN
    RAISE EXCEPTION 'Endringsloggen krever en aktør (saksgang.bruker_id)' USING ERRCODE = 'SG002';
  END IF;
  SELECT * INTO b FROM bruker WHERE id = coalesce(aktor, '00000000-0000-0000-0000-000000000000');
  -- Only the system or someone with a role in the organisation can be named.
  IF b.id IS NULL OR (org IS NOT NULL AND b.id <> '00000000-0000-0000-0000-000000000000'
      AND NOT EXISTS (SELECT 1 FROM rolletildeling r WHERE r.bruker_id = b.id AND r.organisasjon_id = org)) THEN
    RAISE EXCEPTION 'Aktøren % har ingen rolle i organisasjonen', aktor USING ERRCODE = 'SG002';
  END IF;
  RETURN b;
END
$$;

-- The trigger on every table with logged columns. Runs as its owner (the
-- only writer of the log besides skriv_endringslogg).
CREATE FUNCTION logg_endring() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  typer text[];
  felter text[];
  uttrykk text;
  gamle text[];
  nye text[];
  aktor bruker;
BEGIN
  SELECT array_agg(f.objekt_type ORDER BY f.posisjon), array_agg(f.felt ORDER BY f.posisjon),
    string_agg(coalesce(f.verdi, format('logg_tekst(r.%I)', f.kolonne)), ', ' ORDER BY f.posisjon)
    INTO typer, felter, uttrykk
    FROM endringslogg_felt f WHERE f.tabell = TG_TABLE_NAME;
  IF uttrykk IS NULL THEN RETURN NULL; END IF;
  uttrykk := format('SELECT ARRAY[%s]::text[] FROM (SELECT ($1).*) r', uttrykk);
  EXECUTE uttrykk INTO nye USING NEW;
  IF TG_OP = 'UPDATE' THEN
    EXECUTE uttrykk INTO gamle USING OLD;
  ELSE
    gamle := array_fill(NULL::text, ARRAY[cardinality(nye)]);
  END IF;
  IF gamle IS NOT DISTINCT FROM nye THEN RETURN NULL; END IF;
  aktor := endringslogg_aktor();
  INSERT INTO endringslogg (organisasjon_id, objekt_type, objekt_id, felt, tidligere_verdi, ny_verdi, endret_dato, endret_av, endret_av_navn)
  SELECT NEW.organisasjon_id, typer[i], NEW.id, felter[i], gamle[i], nye[i], now(), aktor.id, aktor.navn
  FROM generate_subscripts(nye, 1) i
  WHERE gamle[i] IS DISTINCT FROM nye[i]
  ORDER BY i;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION logg_endring() FROM PUBLIC;

-- (Re)creates the logging trigger of a table from the registry: on INSERT,
-- and on UPDATE of the logged columns (so bumping a counter costs nothing).
CREATE FUNCTION endringslogg_opprett_trigger(p_tabell text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE kolonner text;
BEGIN
  SELECT string_agg(DISTINCT quote_ident(kolonne), ', ') INTO kolonner FROM endringslogg_felt WHERE tabell = p_tabell;
  EXECUTE format('DROP TRIGGER IF EXISTS logg_endring ON %I', p_tabell);
  IF kolonner IS NOT NULL THEN
    EXECUTE format('CREATE TRIGGER logg_endring AFTER INSERT OR UPDATE OF %s ON %I FOR EACH ROW EXECUTE FUNCTION logg_endring()',
      kolonner, p_tabell);
  END IF;
END
$$;
REVOKE ALL ON FUNCTION endringslogg_opprett_trigger(text) FROM PUBLIC;

-- How a later migration adds a logged column: registers it (replacing a
-- placeholder row without a table) and recreates the table's trigger.
CREATE FUNCTION endringslogg_registrer(p_objekt_type text, p_felt text, p_tabell text, p_kolonne text, p_verdi text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE pos numeric;
BEGIN
  SELECT posisjon INTO pos FROM endringslogg_felt WHERE objekt_type = p_objekt_type AND felt = p_felt LIMIT 1;
  IF pos IS NULL THEN
    RAISE EXCEPTION 'Feltet %.% finnes ikke i CHANGE_LOG_FIELDS; legg det til der først', p_objekt_type, p_felt;
  END IF;
  DELETE FROM endringslogg_felt WHERE objekt_type = p_objekt_type AND felt = p_felt AND tabell IS NULL;
  INSERT INTO endringslogg_felt (objekt_type, felt, posisjon, tabell, kolonne, verdi)
  VALUES (p_objekt_type, p_felt, pos, p_tabell, p_kolonne, p_verdi);
  PERFORM endringslogg_opprett_trigger(p_tabell);
END
$$;
REVOKE ALL ON FUNCTION endringslogg_registrer(text, text, text, text, text) FROM PUBLIC;

-- The registry, in the order of CHANGE_LOG_FIELDS.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon, tabell, kolonne, verdi)
-- posisjon: where (objekt_type, felt) first appears in the list.
SELECT f.objekt_type, f.felt, min(f.n) OVER (PARTITION BY f.objekt_type, f.felt), f.tabell, f.kolonne, f.verdi
FROM (VALUES
  (1, 'arkiv', 'tittel', NULL, NULL, NULL),
  (2, 'arkiv', 'arkivstatus', NULL, NULL, NULL),
  (3, 'arkiv', 'arkivskaperNavn', NULL, NULL, NULL),
  (4, 'arkivdel', 'tittel', NULL, NULL, NULL),
  (5, 'arkivdel', 'arkivdelstatus', NULL, NULL, NULL),
  (6, 'arkivdel', 'referanseKlassifikasjonssystem', NULL, NULL, NULL),
  (7, 'klassifikasjonssystem', 'klassifikasjonstype', NULL, NULL, NULL),
  (8, 'klassifikasjonssystem', 'tittel', NULL, NULL, NULL),
  (9, 'klasse', 'tittel', NULL, NULL, NULL),
  (10, 'saksmappe', 'tittel', 'saksmappe', 'tittel', NULL),
  (11, 'saksmappe', 'referanseArkivdel', 'saksmappe', 'arkivdel_id', NULL),
  (12, 'saksmappe', 'saksdato', 'saksmappe', 'saksdato', NULL),
  (13, 'saksmappe', 'administrativEnhet', 'saksmappe', 'administrativ_enhet_id',
    '(SELECT coalesce(min(e.navn), r.administrativ_enhet_id::text) FROM administrativ_enhet e WHERE e.id = r.administrativ_enhet_id)'),
  (14, 'saksmappe', 'saksansvarlig', 'saksmappe', 'saksansvarlig_id',
    '(SELECT coalesce(min(b.navn), r.saksansvarlig_id::text) FROM bruker b WHERE b.id = r.saksansvarlig_id)'),
  (15, 'saksmappe', 'journalenhet', 'saksmappe', 'journalenhet', NULL),
  (16, 'saksmappe', 'saksstatus', 'saksmappe', 'saksstatus', NULL),
  (17, 'saksmappe', 'offentligTittel', 'saksmappe', 'offentlig_tittel', NULL),
  (18, 'saksmappe', 'klassifikasjon', 'saksmappe', 'primaer_klasseverdi', NULL),
  -- A record's archive part is its case's; the case logs a move.
  (19, 'journalpost', 'referanseArkivdel', NULL, NULL, NULL),
  (20, 'journalpost', 'tittel', 'journalpost', 'tittel', NULL),
  -- Authors are not stored on the record yet.
  (21, 'journalpost', 'forfatter', NULL, NULL, NULL),
  (22, 'journalpost', 'journalstatus', 'journalpost', 'journalstatus', NULL),
  (23, 'journalpost', 'journaldato', 'journalpost', 'journaldato', NULL),
  (24, 'journalpost', 'dokumentetsDato', 'journalpost', 'dokumentets_dato', NULL),
  (25, 'journalpost', 'mottattDato', 'journalpost', 'mottatt_dato', NULL),
  (26, 'journalpost', 'sendtDato', 'journalpost', 'sendt_dato', NULL),
  (27, 'journalpost', 'offentlighetsvurdertDato', 'journalpost', 'offentlighetsvurdert_dato', NULL),
  (28, 'journalpost', 'administrativEnhet', 'journalpost', 'administrativ_enhet_id',
    '(SELECT min(e.navn) FROM administrativ_enhet e WHERE e.id = r.administrativ_enhet_id)'),
  (29, 'journalpost', 'saksbehandler', 'journalpost', 'saksbehandler_id',
    '(SELECT min(b.navn) FROM bruker b WHERE b.id = r.saksbehandler_id)'),
  (30, 'journalpost', 'journalenhet', 'journalpost', 'journalenhet', NULL),
  (31, 'journalpost', 'offentligTittel', 'journalpost', 'offentlig_tittel', NULL),
  (32, 'journalpost', 'journalposttype', 'journalpost', 'journalposttype', NULL),
  (33, 'journalpost', 'forfallsdato', 'journalpost', 'forfallsdato', NULL),
  -- "2026/123-4": moving the record to another case changes it.
  (34, 'journalpost', 'registreringsID', 'journalpost', 'journalpostnummer',
    '(SELECT s.saksaar || ''/'' || s.sakssekvensnummer || ''-'' || r.journalpostnummer FROM saksmappe s WHERE s.id = r.saksmappe_id)'),
  (35, 'part', 'partNavn', 'part', 'part_navn', NULL),
  (36, 'korrespondansepart', 'korrespondansepartNavn', 'korrespondansepart', 'navn', NULL),
  (37, 'korrespondansepart', 'korrespondanseparttype', 'korrespondansepart', 'korrespondanseparttype', NULL),
  (38, 'avskrivning', 'referanseAvskrivesAvJournalpost', NULL, NULL, NULL),
  (39, 'avskrivning', 'avskrivningsmaate', NULL, NULL, NULL),
  (40, 'dokumentbeskrivelse', 'dokumentstatus', 'dokumentbeskrivelse', 'dokumentstatus', NULL),
  (41, 'dokumentbeskrivelse', 'tittel', 'dokumentbeskrivelse', 'tittel', NULL),
  (42, 'dokumentbeskrivelse', 'dokumenttype', 'dokumentbeskrivelse', 'dokumenttype', NULL),
  (43, 'dokumentbeskrivelse', 'tilknyttetRegistreringSom', 'dokumentbeskrivelse', 'tilknyttet_registrering_som', NULL),
  (44, 'dokumentobjekt', 'variantformat', 'dokumentobjekt', 'variantformat', NULL),
  (45, 'dokumentobjekt', 'format', 'dokumentobjekt', 'format', NULL),
  -- Files are addressed by their checksum; there is no separate reference.
  (46, 'dokumentobjekt', 'referanseDokumentfil', NULL, NULL, NULL),
  (47, 'dokumentobjekt', 'sjekksum', 'dokumentobjekt', 'sjekksum', NULL),
  (48, 'moetemappe', 'moetenummer', NULL, NULL, NULL),
  (49, 'moetemappe', 'utvalg', NULL, NULL, NULL),
  (50, 'moetemappe', 'moetedato', NULL, NULL, NULL),
  (51, 'moetemappe', 'moetested', NULL, NULL, NULL),
  (52, 'moetedeltaker', 'moetedeltakerNavn', NULL, NULL, NULL),
  (53, 'moeteregistrering', 'moeteregistreringsstatus', NULL, NULL, NULL),
  (54, 'moeteregistrering', 'saksbehandler', NULL, NULL, NULL),
  (55, 'presedens', 'tittel', NULL, NULL, NULL),
  (56, 'kassasjon', 'kassasjonshjemmel', NULL, NULL, NULL),
  (57, 'kassasjon', 'bevaringstid', NULL, NULL, NULL),
  (58, 'kassasjon', 'kassasjonsdato', NULL, NULL, NULL),
  (59, 'kassasjon', 'kassasjonsvedtak', NULL, NULL, NULL),
  (60, 'skjerming', 'skjermingshjemmel', 'saksmappe', 'skjermingshjemmel', NULL),
  (61, 'skjerming', 'skjermingshjemmel', 'journalpost', 'skjermingshjemmel', NULL),
  (62, 'skjerming', 'skjermingshjemmel', 'dokumentbeskrivelse', 'skjermingshjemmel', NULL),
  (63, 'skjerming', 'skjermingMetadata', NULL, NULL, NULL),
  (64, 'skjerming', 'skjermingDokument', NULL, NULL, NULL),
  (65, 'skjerming', 'skjermingsvarighet', NULL, NULL, NULL),
  (66, 'skjerming', 'skjermingOpphoererDato', NULL, NULL, NULL),
  (67, 'skjerming', 'tilgangsrestriksjon', 'saksmappe', 'tilgangskode', NULL),
  (68, 'skjerming', 'tilgangsrestriksjon', 'journalpost', 'tilgangskode', NULL),
  (69, 'skjerming', 'tilgangsrestriksjon', 'dokumentbeskrivelse', 'tilgangskode', NULL)
) AS f (n, objekt_type, felt, tabell, kolonne, verdi)
ORDER BY f.n;

SELECT endringslogg_opprett_trigger(t)
FROM (VALUES ('saksmappe'), ('journalpost'), ('part'), ('korrespondansepart'), ('dokumentbeskrivelse'), ('dokumentobjekt')) AS x (t);

-- The log of objects the database does not see in columns, written for the
-- application: organisation, actor and time are the transaction's and the
-- clock's, never the caller's. Fields the database logs itself are refused
-- (no second row for one change, no invented one), as are fields that are not
-- logged at all. p_endringer: [{"felt", "tidligereVerdi", "nyVerdi"}, …].
CREATE FUNCTION skriv_endringslogg(p_objekt_type text, p_objekt_id uuid, p_endringer jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  org uuid := nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid;
  aktor bruker := endringslogg_aktor();
  e jsonb;
BEGIN
  IF org IS NULL THEN
    RAISE EXCEPTION 'Endringsloggen skrives bare i en organisasjon' USING ERRCODE = 'SG002';
  END IF;
  FOR e IN SELECT * FROM jsonb_array_elements(p_endringer) LOOP
    IF NOT EXISTS (SELECT 1 FROM endringslogg_felt f WHERE f.objekt_type = p_objekt_type AND f.felt = e ->> 'felt') THEN
      RAISE EXCEPTION 'Feltet %.% logges ikke', p_objekt_type, e ->> 'felt' USING ERRCODE = 'SG002';
    END IF;
    IF EXISTS (SELECT 1 FROM endringslogg_felt f WHERE f.objekt_type = p_objekt_type AND f.felt = e ->> 'felt' AND f.tabell IS NOT NULL) THEN
      RAISE EXCEPTION 'Feltet %.% logges av databasen selv', p_objekt_type, e ->> 'felt' USING ERRCODE = 'SG002';
    END IF;
    INSERT INTO endringslogg (organisasjon_id, objekt_type, objekt_id, felt, tidligere_verdi, ny_verdi, endret_dato, endret_av, endret_av_navn)
    VALUES (org, p_objekt_type, p_objekt_id, e ->> 'felt', e ->> 'tidligereVerdi', e ->> 'nyVerdi', now(), aktor.id, aktor.navn);
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION skriv_endringslogg(text, uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION skriv_endringslogg(text, uuid, jsonb) TO saksgang_app;
REVOKE ALL ON FUNCTION endringslogg_aktor() FROM PUBLIC;

-- From now on the log is written only by the two functions above.
REVOKE INSERT ON endringslogg FROM saksgang_app;
