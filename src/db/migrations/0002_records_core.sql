-- Noark 5 records core: arkiv, arkivdel, klassifikasjonssystem, klasse,
-- saksmappe, journalpost/arkivnotat, parts, correspondence parties, remarks,
-- cross references, precedents, number counters and the change log.
-- Every row belongs to one organisation (arkivskaper) and is behind RLS.
-- Records are never deleted: saksgang_app gets no DELETE on them.

CREATE TABLE arkiv (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  tittel text NOT NULL,
  beskrivelse text,
  arkivstatus text NOT NULL DEFAULT 'Opprettet',
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  avsluttet_dato timestamptz,
  avsluttet_av uuid REFERENCES bruker (id)
);
CREATE INDEX arkiv_org_idx ON arkiv (organisasjon_id);

CREATE TABLE arkivdel (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  arkiv_id uuid NOT NULL REFERENCES arkiv (id),
  kortnavn text NOT NULL,
  tittel text NOT NULL,
  beskrivelse text,
  arkivdelstatus text NOT NULL DEFAULT 'Aktiv periode',
  arkivperiode_start_dato date,
  arkivperiode_slutt_dato date,
  -- Default access code for new cases in this part (P for personnel files, E for pupils).
  standard_tilgangskode text,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  avsluttet_dato timestamptz,
  avsluttet_av uuid REFERENCES bruker (id),
  UNIQUE (organisasjon_id, kortnavn)
);

CREATE TABLE klassifikasjonssystem (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  kortnavn text NOT NULL,
  -- e.g. 'Funksjonsbasert, hierarkisk' (arkivnøkkel), 'Objektbasert' (fødselsnummer, gnr/bnr)
  klassifikasjonstype text NOT NULL,
  tittel text NOT NULL,
  beskrivelse text,
  -- How an object value is written and checked: null (free), 'fnr', 'gnrbnr'.
  verdiformat text,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  avsluttet_dato timestamptz,
  UNIQUE (organisasjon_id, kortnavn)
);

-- Which classification systems an archive part uses (primary first).
CREATE TABLE arkivdel_klassifikasjonssystem (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  arkivdel_id uuid NOT NULL REFERENCES arkivdel (id),
  klassifikasjonssystem_id uuid NOT NULL REFERENCES klassifikasjonssystem (id),
  primaer boolean NOT NULL DEFAULT false,
  PRIMARY KEY (arkivdel_id, klassifikasjonssystem_id)
);

CREATE TABLE klasse (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  klassifikasjonssystem_id uuid NOT NULL REFERENCES klassifikasjonssystem (id),
  overordnet_klasse_id uuid REFERENCES klasse (id),
  klasse_id text NOT NULL,
  tittel text NOT NULL,
  beskrivelse text,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  avsluttet_dato timestamptz,
  UNIQUE (klassifikasjonssystem_id, klasse_id)
);
CREATE INDEX klasse_org_idx ON klasse (organisasjon_id);

-- Gapless counters: one row per (organisation, series, year), incremented
-- with UPDATE … RETURNING in the registering transaction, so a rolled-back
-- registration never leaves a gap and concurrent ones queue on the row lock.
CREATE TABLE nummerserie (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  serie text NOT NULL CHECK (serie IN ('saksmappe', 'journalpost')),
  aar integer NOT NULL,
  siste integer NOT NULL DEFAULT 0,
  PRIMARY KEY (organisasjon_id, serie, aar)
);

CREATE TABLE prosjekt (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  navn text NOT NULL,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisasjon_id, navn)
);

CREATE TABLE saksmappe (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  arkivdel_id uuid NOT NULL REFERENCES arkivdel (id),
  saksaar integer NOT NULL,
  sakssekvensnummer integer NOT NULL,
  tittel text NOT NULL,
  offentlig_tittel text,
  beskrivelse text,
  saksdato date NOT NULL,
  administrativ_enhet_id uuid NOT NULL REFERENCES administrativ_enhet (id),
  saksansvarlig_id uuid NOT NULL REFERENCES bruker (id),
  journalenhet text,
  saksstatus text NOT NULL,
  primaer_klasse_id uuid REFERENCES klasse (id),
  primaer_klasseverdi text,
  obs_dato date,
  prosjekt_id uuid REFERENCES prosjekt (id),
  -- Screening (skjerming); the access rule that reads it comes with the access capability.
  tilgangskode text,
  skjermingshjemmel text,
  -- Last document number used within the case (journalpostnummer), kept here so it is gapless.
  siste_journalpostnummer integer NOT NULL DEFAULT 0,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  avsluttet_dato timestamptz,
  avsluttet_av uuid REFERENCES bruker (id),
  UNIQUE (organisasjon_id, saksaar, sakssekvensnummer)
);
CREATE INDEX saksmappe_enhet_idx ON saksmappe (organisasjon_id, administrativ_enhet_id);
CREATE INDEX saksmappe_ansvarlig_idx ON saksmappe (organisasjon_id, saksansvarlig_id);
CREATE INDEX saksmappe_status_idx ON saksmappe (organisasjon_id, saksstatus);
CREATE INDEX saksmappe_dato_idx ON saksmappe (organisasjon_id, saksdato);

CREATE TABLE saksmappe_sekundaerklasse (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  saksmappe_id uuid NOT NULL REFERENCES saksmappe (id),
  klasse_id uuid REFERENCES klasse (id),
  klassifikasjonssystem_id uuid NOT NULL REFERENCES klassifikasjonssystem (id),
  -- For object classes (fødselsnummer, gnr/bnr) the value itself.
  klasseverdi text NOT NULL,
  PRIMARY KEY (saksmappe_id, klassifikasjonssystem_id, klasseverdi)
);

-- Parts of a case (Noark 5 «part», e.g. applicant, employee, pupil).
CREATE TABLE part (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  saksmappe_id uuid NOT NULL REFERENCES saksmappe (id),
  part_id text,
  part_navn text NOT NULL,
  part_rolle text NOT NULL,
  postadresse text,
  postnummer text,
  poststed text,
  land text,
  epostadresse text,
  telefonnummer text,
  kontaktperson text,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id)
);
CREATE INDEX part_saksmappe_idx ON part (saksmappe_id);

-- journalpost and arkivnotat share one table (both are Noark «registrering»);
-- an arkivnotat has no journal numbers and stays out of the journal.
CREATE TABLE journalpost (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  saksmappe_id uuid NOT NULL REFERENCES saksmappe (id),
  registreringstype text NOT NULL CHECK (registreringstype IN ('journalpost', 'arkivnotat')),
  journalaar integer,
  journalsekvensnummer integer,
  journalpostnummer integer NOT NULL,
  journalposttype text NOT NULL,
  journalstatus text NOT NULL,
  journaldato date NOT NULL,
  tittel text NOT NULL,
  offentlig_tittel text,
  beskrivelse text,
  dokumentets_dato date,
  mottatt_dato timestamptz,
  sendt_dato timestamptz,
  forfallsdato date,
  offentlighetsvurdert_dato date,
  antall_vedlegg integer,
  administrativ_enhet_id uuid REFERENCES administrativ_enhet (id),
  saksbehandler_id uuid REFERENCES bruker (id),
  journalenhet text,
  tilgangskode text,
  skjermingshjemmel text,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  arkivert_dato timestamptz,
  arkivert_av uuid REFERENCES bruker (id),
  UNIQUE (organisasjon_id, journalaar, journalsekvensnummer),
  UNIQUE (saksmappe_id, journalpostnummer),
  CHECK ((registreringstype = 'arkivnotat') = (journalaar IS NULL))
);
CREATE INDEX journalpost_saksmappe_idx ON journalpost (saksmappe_id);
CREATE INDEX journalpost_dato_idx ON journalpost (organisasjon_id, journaldato);
CREATE INDEX journalpost_saksbehandler_idx ON journalpost (organisasjon_id, saksbehandler_id, journalstatus);

CREATE TABLE korrespondansepart (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  journalpost_id uuid NOT NULL REFERENCES journalpost (id),
  korrespondanseparttype text NOT NULL,
  navn text NOT NULL,
  organisasjonsnummer text,
  foedselsnummer text,
  postadresse text,
  postnummer text,
  poststed text,
  land text,
  epostadresse text,
  telefonnummer text,
  kontaktperson text,
  administrativ_enhet_id uuid REFERENCES administrativ_enhet (id),
  saksbehandler_id uuid REFERENCES bruker (id),
  -- Screened parties are hidden from the public journal and from readers without access.
  skjermet boolean NOT NULL DEFAULT false,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id)
);
CREATE INDEX korrespondansepart_jp_idx ON korrespondansepart (journalpost_id);

-- Remarks on a saksmappe, journalpost or dokumentbeskrivelse.
CREATE TABLE merknad (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  objekt_type text NOT NULL CHECK (objekt_type IN ('saksmappe', 'journalpost', 'dokumentbeskrivelse')),
  objekt_id uuid NOT NULL,
  merknadstekst text NOT NULL,
  merknadstype text,
  merknadsdato timestamptz NOT NULL DEFAULT now(),
  merknad_registrert_av uuid NOT NULL REFERENCES bruker (id)
);
CREATE INDEX merknad_objekt_idx ON merknad (objekt_id);

CREATE TABLE kryssreferanse (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  fra_type text NOT NULL CHECK (fra_type IN ('saksmappe', 'journalpost')),
  fra_id uuid NOT NULL,
  til_type text NOT NULL CHECK (til_type IN ('saksmappe', 'journalpost', 'klasse')),
  til_id uuid NOT NULL,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id)
);
CREATE INDEX kryssreferanse_fra_idx ON kryssreferanse (fra_id);
CREATE INDEX kryssreferanse_til_idx ON kryssreferanse (til_id);

CREATE TABLE presedens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  saksmappe_id uuid REFERENCES saksmappe (id),
  journalpost_id uuid REFERENCES journalpost (id),
  presedens_dato date NOT NULL,
  tittel text NOT NULL,
  beskrivelse text,
  presedens_hjemmel text,
  rettskildefaktor text NOT NULL,
  presedens_status text NOT NULL DEFAULT 'Gjeldende',
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id)
);

-- Noark 5 endringslogg: append-only (saksgang_app may only INSERT and SELECT).
CREATE TABLE endringslogg (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  objekt_type text NOT NULL,
  objekt_id uuid NOT NULL,
  felt text NOT NULL,
  tidligere_verdi text,
  ny_verdi text,
  endret_dato timestamptz NOT NULL DEFAULT now(),
  endret_av uuid NOT NULL REFERENCES bruker (id),
  endret_av_navn text NOT NULL
);
CREATE INDEX endringslogg_objekt_idx ON endringslogg (organisasjon_id, objekt_id, id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['arkiv', 'arkivdel', 'klassifikasjonssystem', 'arkivdel_klassifikasjonssystem', 'klasse',
    'nummerserie', 'prosjekt', 'saksmappe', 'saksmappe_sekundaerklasse', 'part', 'journalpost', 'korrespondansepart',
    'merknad', 'kryssreferanse', 'presedens', 'endringslogg']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON arkiv, arkivdel, klassifikasjonssystem, klasse, nummerserie, prosjekt,
  saksmappe, journalpost, korrespondansepart, part, presedens TO saksgang_app;
-- Links and remarks may be corrected; the change log records it.
GRANT SELECT, INSERT, UPDATE, DELETE ON arkivdel_klassifikasjonssystem, saksmappe_sekundaerklasse, merknad, kryssreferanse TO saksgang_app;
GRANT SELECT, INSERT ON endringslogg TO saksgang_app;
