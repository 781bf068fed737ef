-- Those a record was given to read, in one function, and in the search
-- index too (docs/access.md): receivers of its reading tasks (kopi,
-- godkjenne, gjennomgaa) and of its tasks to distribute or answer (fordele,
-- besvare) that they did not pass on (videresendt). So a dispatched internal
-- note is read by its recipients (seed 002 10.6), a copy by its recipient
-- (10.7), and search finds them for those readers as the record's page
-- shows them. The app's loaders and the read rule's SQL twin call
-- tilgang_mottakere (src/features/tilgang/read-rule-sql.ts,
-- recordRecipientsSql); the task kinds are those of READING_TASKS and
-- DELIVERED_TASKS (src/features/oppgaver/domain/task-kinds.ts).
-- p_enheter: the units (whose leaders read), else the people.
CREATE FUNCTION tilgang_mottakere(p_journalpost uuid, p_org uuid, p_enheter boolean) RETURNS uuid[]
  LANGUAGE sql STABLE AS $$
  SELECT ARRAY(
    SELECT CASE WHEN p_enheter THEN o.mottaker_enhet_id ELSE o.mottaker_bruker_id END
    FROM oppgave o
    WHERE o.organisasjon_id = p_org AND o.journalpost_id = p_journalpost
      AND (CASE WHEN p_enheter THEN o.mottaker_enhet_id ELSE o.mottaker_bruker_id END) IS NOT NULL
      AND (o.oppgavetype IN ('kopi', 'godkjenne', 'gjennomgaa')
        OR (o.oppgavetype IN ('besvare', 'fordele') AND o.lukket_hvordan IS DISTINCT FROM 'videresendt')))
$$;

-- The index rows' access columns add them (the views of 0027, otherwise unchanged).
CREATE OR REPLACE VIEW sok_kilde_dokument
  (objekt_id, organisasjon_id, journalpost_id, saksmappe_id, tekst, sokevektor, tilgangskode, tilgangsgruppe_id, personer, enheter)
  WITH (security_invoker = true) AS
SELECT d.id, d.organisasjon_id, d.journalpost_id, j.saksmappe_id,
  sok_tekst(NULL, NULL, x.innhold),
  sok_vektor(NULL, NULL, x.innhold),
  coalesce(d.tilgangskode, j.tilgangskode), coalesce(d.tilgangsgruppe_id, j.tilgangsgruppe_id),
  ARRAY[d.opprettet_av, j.opprettet_av, s.opprettet_av, s.saksansvarlig_id, j.saksbehandler_id]
    || ARRAY(SELECT ik.bruker_id FROM saksmappe_intern_kontakt ik WHERE ik.saksmappe_id = s.id)
    || tilgang_mottakere(j.id, j.organisasjon_id, false),
  ARRAY[j.administrativ_enhet_id, s.administrativ_enhet_id] || tilgang_mottakere(j.id, j.organisasjon_id, true)
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

CREATE OR REPLACE VIEW sok_kilde_journalpost
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
    || ARRAY(SELECT ik.bruker_id FROM saksmappe_intern_kontakt ik WHERE ik.saksmappe_id = s.id)
    || tilgang_mottakere(j.id, j.organisasjon_id, false),
  ARRAY[j.administrativ_enhet_id, s.administrativ_enhet_id] || tilgang_mottakere(j.id, j.organisasjon_id, true)
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

-- A task given or closed changes who reads its record: queue the record's
-- row and rebuild its documents' rows (as a record's own change does, 0027,
-- 0035). Set-based: one statement per INSERT or UPDATE, each record once.
CREATE FUNCTION sok_ved_oppgaver() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO sok_ko (organisasjon_id, kilde, objekt_id)
  SELECT DISTINCT n.organisasjon_id, 'journalpost', n.journalpost_id FROM ny n WHERE n.journalpost_id IS NOT NULL;
  PERFORM sok_oppdater_dokumenter(x.saksmappe_id, 'journalpost_id', x.journalpost_id)
  FROM (SELECT DISTINCT n.saksmappe_id, n.journalpost_id FROM ny n WHERE n.journalpost_id IS NOT NULL) x;
  RETURN NULL;
END
$$;
CREATE TRIGGER sok_oppgaver_gitt AFTER INSERT ON oppgave
  REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION sok_ved_oppgaver();
CREATE TRIGGER sok_oppgaver_lukket AFTER UPDATE ON oppgave
  REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION sok_ved_oppgaver();
