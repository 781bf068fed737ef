-- Issue 17 item 2: disposal (bevaring og kassasjon, Noark 5 krav 6.1).
-- A disposal decision (kassasjonsvedtak B bevares, K kasseres, G vurderes
-- senere), its legal basis (kassasjonshjemmel) and a retention period in years
-- (bevaringstid) on arkivdel and klasse, inherited by the cases below them
-- (and, if the part or class says so, by their records and documents); the
-- same set on a case, record or document overrides what it inherits, with a
-- disposal date of its own where the archive sets one (krav 6.1.8). What is
-- inherited is resolved when read (src/features/kassasjon/domain/arv.ts and
-- its SQL twin in kassasjon-repository.ts), never copied down.

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['arkivdel', 'klasse', 'saksmappe', 'journalpost', 'dokumentbeskrivelse']
  LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN kassasjonsvedtak text CHECK (kassasjonsvedtak IN (''B'', ''K'', ''G'')),
      ADD COLUMN kassasjonshjemmel text CHECK (length(kassasjonshjemmel) <= 1000),
      ADD COLUMN bevaringstid integer CHECK (bevaringstid BETWEEN 0 AND 1000)', t);
  END LOOP;
  -- Krav 6.1.8: a date set by hand on the objects that are disposed of.
  FOREACH t IN ARRAY ARRAY['saksmappe', 'journalpost', 'dokumentbeskrivelse']
  LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN kassasjonsdato date', t);
  END LOOP;
  -- Krav 6.1.9, 6.1.10: how far a part's or class's decision is inherited:
  -- 'av' not at all, 'mappe' to its cases, 'alle' also to records and documents.
  FOREACH t IN ARRAY ARRAY['arkivdel', 'klasse']
  LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN kassasjon_arv text NOT NULL DEFAULT ''mappe'' CHECK (kassasjon_arv IN (''av'', ''mappe'', ''alle''))', t);
  END LOOP;
END
$$;

-- A legal hold (rettslig hold: litigation, an inquiry, a supervisory case) on
-- a case, with its reason: nothing of the case is disposed of while it holds.
ALTER TABLE saksmappe ADD COLUMN rettslig_hold text CHECK (length(rettslig_hold) BETWEEN 1 AND 1000);

-- Disposal carried out (utfoertKassasjon, M630 kassertDato, M631 kassertAv):
-- on each document whose files were removed, and on the case it was done for.
ALTER TABLE saksmappe ADD COLUMN kassert_dato timestamptz, ADD COLUMN kassert_av uuid REFERENCES bruker (id),
  ADD CHECK ((kassert_dato IS NULL) = (kassert_av IS NULL));
ALTER TABLE dokumentbeskrivelse ADD COLUMN kassert_dato timestamptz, ADD COLUMN kassert_av uuid REFERENCES bruker (id),
  ADD CHECK ((kassert_dato IS NULL) = (kassert_av IS NULL));

-- The due list's question, by arkivdel: closed cases with a date.
CREATE INDEX saksmappe_kassasjon_idx ON saksmappe (organisasjon_id, arkivdel_id) WHERE saksstatus = 'A' AND kassert_dato IS NULL;

-- ── The change log (vedlegg 3: kassasjonshjemmel, bevaringstid, kassasjonsdato) ──
-- Logged by the database on every table that holds them; the part's and the
-- class's inheritance switch and the case's legal hold too.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES
  ('kassasjon', 'kassasjonArv', 59.1),
  ('utfoertKassasjon', 'kassertDato', 59.2),
  ('utfoertKassasjon', 'kassertAv', 59.3),
  ('saksmappe', 'rettsligHold', 18.6);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['arkivdel', 'klasse', 'saksmappe', 'journalpost', 'dokumentbeskrivelse']
  LOOP
    PERFORM endringslogg_registrer('kassasjon', 'kassasjonsvedtak', t, 'kassasjonsvedtak');
    PERFORM endringslogg_registrer('kassasjon', 'kassasjonshjemmel', t, 'kassasjonshjemmel');
    PERFORM endringslogg_registrer('kassasjon', 'bevaringstid', t, 'bevaringstid', 'r.bevaringstid::text');
  END LOOP;
  FOREACH t IN ARRAY ARRAY['saksmappe', 'journalpost', 'dokumentbeskrivelse']
  LOOP
    PERFORM endringslogg_registrer('kassasjon', 'kassasjonsdato', t, 'kassasjonsdato');
  END LOOP;
  FOREACH t IN ARRAY ARRAY['arkivdel', 'klasse']
  LOOP
    PERFORM endringslogg_registrer('kassasjon', 'kassasjonArv', t, 'kassasjon_arv');
  END LOOP;
  FOREACH t IN ARRAY ARRAY['saksmappe', 'dokumentbeskrivelse']
  LOOP
    PERFORM endringslogg_registrer('utfoertKassasjon', 'kassertDato', t, 'kassert_dato');
    PERFORM endringslogg_registrer('utfoertKassasjon', 'kassertAv', t, 'kassert_av',
      '(SELECT min(b.navn) FROM bruker b WHERE b.id = r.kassert_av)');
  END LOOP;
  PERFORM endringslogg_registrer('saksmappe', 'rettsligHold', 'saksmappe', 'rettslig_hold');
END
$$;

-- ── Second wall (ADR 0003) ──
-- A disposal once carried out stays so; a disposed document takes no new file.
CREATE FUNCTION vern_utfoert_kassasjon() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.kassert_dato IS NOT NULL AND (NEW.kassert_dato IS DISTINCT FROM OLD.kassert_dato OR NEW.kassert_av IS DISTINCT FROM OLD.kassert_av) THEN
    RAISE EXCEPTION 'Utført kassasjon kan ikke endres' USING ERRCODE = 'SG001', COLUMN = 'kassert_dato', TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_utfoert_kassasjon BEFORE UPDATE OF kassert_dato, kassert_av ON saksmappe
  FOR EACH ROW EXECUTE FUNCTION vern_utfoert_kassasjon();
CREATE TRIGGER vern_utfoert_kassasjon BEFORE UPDATE OF kassert_dato, kassert_av ON dokumentbeskrivelse
  FOR EACH ROW EXECUTE FUNCTION vern_utfoert_kassasjon();

CREATE FUNCTION vern_kassert_dokument() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT kassert_dato FROM dokumentbeskrivelse WHERE id = NEW.dokumentbeskrivelse_id) IS NOT NULL THEN
    RAISE EXCEPTION 'Dokumentet er kassert' USING ERRCODE = 'SG001', TABLE = 'dokumentobjekt';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern_kassert_dokument BEFORE INSERT ON dokumentobjekt FOR EACH ROW EXECUTE FUNCTION vern_kassert_dokument();

-- Disposal of one document (krav 6.1; vedlegg 2 «utfoertKassasjon»: the
-- dokumentobjekt is deleted, the dokumentbeskrivelse and its record stay).
-- saksgang_app deletes no file object itself: this function does, as its
-- owner, only for a document of the transaction's organisation whose case is
-- under no legal hold and whose arkivdel is in a finished extraction of the
-- whole part. Each removed file object is logged (referanseDokumentfil: its
-- checksum and name → none). Returns the checksums whose content no catalogue
-- row refers to any longer: the caller removes those bytes from the store
-- once the transaction has committed.
CREATE FUNCTION kasser_dokument(p_dokumentbeskrivelse_id uuid) RETURNS SETOF text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  org uuid := nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid;
  aktor bruker := endringslogg_aktor();
  sak saksmappe;
  o dokumentobjekt;
  sjekksummer text[] := '{}';
  s text;
BEGIN
  SELECT m.* INTO sak FROM dokumentbeskrivelse d JOIN journalpost j ON j.id = d.journalpost_id JOIN saksmappe m ON m.id = j.saksmappe_id
    WHERE d.id = p_dokumentbeskrivelse_id AND d.organisasjon_id = org AND d.kassert_dato IS NULL;
  IF sak.id IS NULL THEN
    RAISE EXCEPTION 'Dokumentet finnes ikke eller er allerede kassert' USING ERRCODE = 'SG001', TABLE = 'dokumentbeskrivelse';
  END IF;
  IF sak.rettslig_hold IS NOT NULL THEN
    RAISE EXCEPTION 'Saken er under rettslig hold' USING ERRCODE = 'SG001', TABLE = 'saksmappe';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM arkivuttrekk_arkivdel ua JOIN arkivuttrekk u ON u.id = ua.arkivuttrekk_id AND u.organisasjon_id = ua.organisasjon_id
      WHERE ua.organisasjon_id = org AND ua.arkivdel_id = sak.arkivdel_id AND u.status = 'fullført' AND u.periode_fra IS NULL) THEN
    RAISE EXCEPTION 'Arkivdelen er ikke med i et fullført arkivuttrekk' USING ERRCODE = 'SG001', TABLE = 'arkivdel';
  END IF;
  FOR o IN SELECT * FROM dokumentobjekt WHERE dokumentbeskrivelse_id = p_dokumentbeskrivelse_id AND organisasjon_id = org
    ORDER BY versjonsnummer, variantformat LOOP
    PERFORM skriv_endringslogg('dokumentobjekt', o.id, jsonb_build_array(jsonb_build_object(
      'felt', 'referanseDokumentfil', 'tidligereVerdi', o.sjekksum || ' ' || o.filnavn, 'nyVerdi', NULL)));
    DELETE FROM dokumentobjekt WHERE id = o.id;
    sjekksummer := array_append(sjekksummer, o.sjekksum);
  END LOOP;
  UPDATE dokumentbeskrivelse SET kassert_dato = now(), kassert_av = aktor.id WHERE id = p_dokumentbeskrivelse_id;
  -- Content still used elsewhere (the same attachment filed in a kept case, a reception item) stays.
  FOR s IN SELECT DISTINCT unnest(sjekksummer) LOOP
    CONTINUE WHEN EXISTS (SELECT 1 FROM dokumentobjekt x WHERE x.organisasjon_id = org AND x.sjekksum = s)
      OR EXISTS (SELECT 1 FROM mottak x WHERE x.organisasjon_id = org AND (x.sjekksum = s OR x.original_sjekksum = s))
      OR EXISTS (SELECT 1 FROM mottak_fil x WHERE x.organisasjon_id = org AND x.sjekksum = s);
    DELETE FROM fil_tekst WHERE organisasjon_id = org AND sjekksum = s;
    DELETE FROM fil WHERE organisasjon_id = org AND sjekksum = s;
    RETURN NEXT s;
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION kasser_dokument(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kasser_dokument(uuid) TO saksgang_app;
