-- Krav 2.7.14–2.7.25: the archive deletes what an archived document no
-- longer needs — an inactive (earlier) version (slettingstype SV), a public
-- variant with screened parts removed (SS), the production format once an
-- archival variant of the same version exists (SP) — and never the last
-- version or its archival format. Each deletion is Noark `sletting` on the
-- document (M089 slettingstype, M613 slettetDato, M614 slettetAv), with the
-- version and variant it removed, and every removed file object is in the
-- change log (referanseDokumentfil: checksum and name → none).
CREATE TABLE sletting (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  dokumentbeskrivelse_id uuid NOT NULL,
  slettingstype text NOT NULL CHECK (slettingstype IN ('SP', 'SV', 'SS')),
  versjonsnummer integer NOT NULL,
  -- The variant removed; null when a whole version went (SV).
  variantformat text CHECK (variantformat IN ('P', 'O')),
  slettet_dato timestamptz NOT NULL DEFAULT now(),
  slettet_av uuid NOT NULL REFERENCES bruker (id),
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (dokumentbeskrivelse_id, organisasjon_id) REFERENCES dokumentbeskrivelse (id, organisasjon_id),
  CHECK ((slettingstype = 'SV') = (variantformat IS NULL)),
  CHECK (slettingstype <> 'SP' OR variantformat = 'P'),
  CHECK (slettingstype <> 'SS' OR variantformat = 'O')
);
CREATE INDEX sletting_dokument_idx ON sletting (organisasjon_id, dokumentbeskrivelse_id);

ALTER TABLE sletting ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sletting
  USING (organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid);
-- Written only by slett_dokumentobjekt below; evidence, never changed.
GRANT SELECT ON sletting TO saksgang_app;

-- Content no catalogue row refers to any longer leaves the catalogue; the
-- checksums returned are for the caller to remove from the store after commit.
-- (Content still used elsewhere — the same attachment in another record, a
-- reception item — stays.)
CREATE FUNCTION frigi_innhold(org uuid, sjekksummer text[]) RETURNS SETOF text
  LANGUAGE plpgsql AS $$
DECLARE s text;
BEGIN
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
REVOKE ALL ON FUNCTION frigi_innhold(uuid, text[]) FROM PUBLIC;

-- The deletion itself. saksgang_app deletes no file object: this function
-- does, as its owner, for a finished document of the transaction's
-- organisation whose case is under no legal hold and that is not disposed
-- of, and only what the slettingstype allows (the same rule as
-- src/features/sletting/domain/sletting.ts, here as the second wall):
--   SV  the given object's version, if a later version exists: all its objects;
--   SS  the given object, if it is a public variant (O);
--   SP  the given object, if it is the production format (P) and its version
--       has an archival variant (A).
CREATE FUNCTION slett_dokumentobjekt(p_dokumentobjekt_id uuid, p_slettingstype text) RETURNS SETOF text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  org uuid := nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid;
  aktor bruker := endringslogg_aktor();
  maal dokumentobjekt;
  dok dokumentbeskrivelse;
  hold text;
  o dokumentobjekt;
  sjekksummer text[] := '{}';
BEGIN
  SELECT * INTO maal FROM dokumentobjekt WHERE id = p_dokumentobjekt_id AND organisasjon_id = org;
  IF maal.id IS NULL THEN
    RAISE EXCEPTION 'Dokumentobjektet finnes ikke' USING ERRCODE = 'SG001', TABLE = 'dokumentobjekt';
  END IF;
  SELECT * INTO dok FROM dokumentbeskrivelse WHERE id = maal.dokumentbeskrivelse_id AND organisasjon_id = org;
  SELECT m.rettslig_hold INTO hold FROM journalpost j JOIN saksmappe m ON m.id = j.saksmappe_id AND m.organisasjon_id = j.organisasjon_id
    WHERE j.id = dok.journalpost_id AND j.organisasjon_id = org;
  IF dok.dokumentstatus <> 'F' OR dok.kassert_dato IS NOT NULL OR hold IS NOT NULL THEN
    RAISE EXCEPTION 'Bare et arkivert dokument som ikke er kassert eller under rettslig hold kan få noe slettet'
      USING ERRCODE = 'SG001', TABLE = 'dokumentbeskrivelse';
  END IF;
  IF p_slettingstype = 'SV' THEN
    IF NOT EXISTS (SELECT 1 FROM dokumentobjekt x WHERE x.organisasjon_id = org AND x.dokumentbeskrivelse_id = dok.id
        AND x.versjonsnummer > maal.versjonsnummer) THEN
      RAISE EXCEPTION 'Den siste versjonen kan ikke slettes' USING ERRCODE = 'SG001', TABLE = 'dokumentobjekt';
    END IF;
  ELSIF p_slettingstype = 'SS' THEN
    IF maal.variantformat <> 'O' THEN
      RAISE EXCEPTION 'Bare en offentlig variant slettes som variant' USING ERRCODE = 'SG001', TABLE = 'dokumentobjekt';
    END IF;
  ELSIF p_slettingstype = 'SP' THEN
    IF maal.variantformat <> 'P' OR NOT EXISTS (SELECT 1 FROM dokumentobjekt x WHERE x.organisasjon_id = org
        AND x.dokumentbeskrivelse_id = dok.id AND x.versjonsnummer = maal.versjonsnummer AND x.variantformat = 'A') THEN
      RAISE EXCEPTION 'Produksjonsformatet slettes bare når versjonen har et arkivformat' USING ERRCODE = 'SG001', TABLE = 'dokumentobjekt';
    END IF;
  ELSE
    RAISE EXCEPTION 'Ukjent slettingstype %', p_slettingstype USING ERRCODE = 'SG001', TABLE = 'sletting';
  END IF;
  FOR o IN SELECT * FROM dokumentobjekt x WHERE x.organisasjon_id = org AND x.dokumentbeskrivelse_id = dok.id
      AND (x.id = maal.id OR (p_slettingstype = 'SV' AND x.versjonsnummer = maal.versjonsnummer))
      ORDER BY x.variantformat LOOP
    PERFORM skriv_endringslogg('dokumentobjekt', o.id, jsonb_build_array(jsonb_build_object(
      'felt', 'referanseDokumentfil', 'tidligereVerdi', o.sjekksum || ' ' || o.filnavn, 'nyVerdi', NULL)));
    DELETE FROM dokumentobjekt WHERE id = o.id AND organisasjon_id = org;
    sjekksummer := array_append(sjekksummer, o.sjekksum);
  END LOOP;
  INSERT INTO sletting (organisasjon_id, dokumentbeskrivelse_id, slettingstype, versjonsnummer, variantformat, slettet_av)
  VALUES (org, dok.id, p_slettingstype, maal.versjonsnummer, CASE WHEN p_slettingstype = 'SV' THEN NULL ELSE maal.variantformat END, aktor.id);
  RETURN QUERY SELECT frigi_innhold(org, sjekksummer);
END
$$;
REVOKE ALL ON FUNCTION slett_dokumentobjekt(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION slett_dokumentobjekt(uuid, text) TO saksgang_app;
