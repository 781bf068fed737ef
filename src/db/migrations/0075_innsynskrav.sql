-- Access requests (innsynskrav; issue 15 item 3; seed 001 «Rutine for
-- behandling av innsynsbegjæringer»; offentleglova §§ 28–32).
--
-- A request arrives from the public page, by e-mail or from eInnsyn and is
-- registered as an incoming record (I) in a case of its own: that case and
-- record are named here, with who asked (name, e-mail), by which channel,
-- the legal deadline («uten ugrunnet opphold»: the seeds' working days) and,
-- once answered, the answering record. The requester's receipt is a random
-- token, of which only the SHA-256 is kept.
CREATE TABLE innsynskrav (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  saksmappe_id uuid NOT NULL,
  journalpost_id uuid NOT NULL,
  kanal text NOT NULL CHECK (kanal IN ('offentlig', 'epost', 'einnsyn')),
  bestiller_navn text CHECK (length(bestiller_navn) <= 200),
  bestiller_epost text NOT NULL CHECK (length(bestiller_epost) <= 320),
  -- eInnsyn's order id, or the e-mail's Message-ID: the same order delivered again is the same request.
  ekstern_id text CHECK (length(ekstern_id) <= 400),
  kvittering_hash text NOT NULL,
  mottatt_dato timestamptz NOT NULL DEFAULT now(),
  frist date NOT NULL,
  svar_journalpost_id uuid,
  besvart_dato timestamptz,
  besvart_av uuid REFERENCES bruker (id),
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (saksmappe_id, organisasjon_id) REFERENCES saksmappe (id, organisasjon_id),
  FOREIGN KEY (journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  FOREIGN KEY (svar_journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  UNIQUE (journalpost_id, organisasjon_id),
  UNIQUE (kvittering_hash, organisasjon_id),
  UNIQUE (organisasjon_id, kanal, ekstern_id),
  CHECK ((besvart_dato IS NULL) = (svar_journalpost_id IS NULL) AND (besvart_dato IS NULL) = (besvart_av IS NULL))
);
-- The archive's list of open requests by deadline.
CREATE INDEX innsynskrav_aapne_idx ON innsynskrav (organisasjon_id, frist) WHERE besvart_dato IS NULL;

-- Each requested record, routed to its case owner, decided on its own:
-- full access, partial access (a redacted public variant is released) or
-- refusal with its legal basis; «meroffentlighet» (offentleglova § 11)
-- must have been considered before a refusal or a partial access.
CREATE TABLE innsynskrav_del (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  innsynskrav_id uuid NOT NULL,
  journalpost_id uuid NOT NULL,
  saksbehandler_id uuid NOT NULL REFERENCES bruker (id),
  rekkefolge integer NOT NULL,
  avgjoerelse text CHECK (avgjoerelse IN ('innsyn', 'delvis', 'avslag')),
  hjemmel text CHECK (length(hjemmel) <= 100),
  meroffentlighet_vurdert boolean,
  begrunnelse text CHECK (length(begrunnelse) <= 4000),
  avgjort_av uuid REFERENCES bruker (id),
  avgjort_dato timestamptz,
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (innsynskrav_id, organisasjon_id) REFERENCES innsynskrav (id, organisasjon_id),
  FOREIGN KEY (journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  UNIQUE (innsynskrav_id, journalpost_id, organisasjon_id),
  CHECK ((avgjoerelse IS NULL) = (avgjort_dato IS NULL) AND (avgjoerelse IS NULL) = (avgjort_av IS NULL)),
  CHECK (avgjoerelse IS NULL OR avgjoerelse = 'innsyn' OR (hjemmel IS NOT NULL AND meroffentlighet_vurdert))
);
CREATE INDEX innsynskrav_del_krav_idx ON innsynskrav_del (innsynskrav_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['innsynskrav', 'innsynskrav_del']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

-- A request and its parts are evidence: never removed. A part is decided
-- (and may be decided again until the answer is sent); the request is
-- answered once.
GRANT SELECT, INSERT ON innsynskrav, innsynskrav_del TO saksgang_app;
GRANT UPDATE (svar_journalpost_id, besvart_dato, besvart_av) ON innsynskrav TO saksgang_app;
GRANT UPDATE (avgjoerelse, hjemmel, meroffentlighet_vurdert, begrunnelse, avgjort_av, avgjort_dato) ON innsynskrav_del TO saksgang_app;
