-- Issue 13 items 1–3: the reception queue (postmottak). Post arriving by any
-- channel (scanned paper, e-mail, the API) becomes an item in its
-- organisation's queue with its files, before it is a record. The archive
-- registers it as an incoming record (its files become the record's
-- documents) or marks it not archive-worthy (arkivbegrensning) and forwards
-- it to its addressee. Nothing that arrives is lost: a message that cannot be
-- read is kept raw with the status «uleselig».

-- The organisation's list of reasons for arkivbegrensning (seed 001, fase 1;
-- forskrift om offentlege arkiv § 3-1 andre ledd).
CREATE TABLE arkivbegrensning_grunn (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  navn text NOT NULL CHECK (length(btrim(navn)) > 0),
  aktiv boolean NOT NULL DEFAULT true,
  rekkefolge integer NOT NULL DEFAULT 0,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, organisasjon_id),
  UNIQUE (organisasjon_id, navn)
);

CREATE TABLE mottak (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  kanal text NOT NULL CHECK (kanal IN ('skanning', 'epost', 'api')),
  status text NOT NULL DEFAULT 'ny' CHECK (status IN ('ny', 'uleselig', 'registrert', 'arkivbegrenset')),
  -- The subject or title as it arrived, and whether it says nothing («SV: RE:», empty).
  tittel text NOT NULL,
  tittel_uklar boolean NOT NULL DEFAULT false,
  avsender_navn text,
  avsender_epost text,
  adressat text,
  mottatt_dato timestamptz NOT NULL DEFAULT now(),
  sendt_dato timestamptz,
  -- Idempotence: one item per Message-ID and per delivered content.
  message_id text,
  sjekksum text NOT NULL CHECK (sjekksum ~ '^[0-9a-f]{64}$'),
  -- The original as delivered (the .eml, the whole scan), always kept.
  original_sjekksum text,
  original_filnavn text,
  -- Which mailbox, upload or system it came from.
  kilde text,
  -- Warnings for the archivist, [{ "nb": …, "en": … }].
  merknader jsonb NOT NULL DEFAULT '[]',
  journalpost_id uuid,
  arkivbegrensning_grunn text,
  adressat_bruker_id uuid REFERENCES bruker (id),
  behandlet_av uuid REFERENCES bruker (id),
  behandlet_dato timestamptz,
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, organisasjon_id),
  UNIQUE (organisasjon_id, sjekksum),
  FOREIGN KEY (journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  FOREIGN KEY (organisasjon_id, original_sjekksum) REFERENCES fil (organisasjon_id, sjekksum),
  CHECK ((status = 'registrert') = (journalpost_id IS NOT NULL)),
  CHECK ((status = 'arkivbegrenset') = (arkivbegrensning_grunn IS NOT NULL))
);
CREATE UNIQUE INDEX mottak_message_id_unik ON mottak (organisasjon_id, message_id) WHERE message_id IS NOT NULL;
CREATE INDEX mottak_ko_idx ON mottak (organisasjon_id, status, mottatt_dato, id);
CREATE INDEX mottak_adressat_idx ON mottak (organisasjon_id, adressat_bruker_id, behandlet_dato DESC) WHERE adressat_bruker_id IS NOT NULL;

-- The files of an item in order: number 1 is the main document (the letter,
-- the e-mail's body), the rest its attachments.
CREATE TABLE mottak_fil (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  mottak_id uuid NOT NULL,
  nummer integer NOT NULL CHECK (nummer > 0),
  tittel text NOT NULL,
  filnavn text NOT NULL,
  sjekksum text NOT NULL,
  filstoerrelse bigint NOT NULL,
  mime_type text NOT NULL,
  format text NOT NULL,
  format_detaljer text,
  PRIMARY KEY (id, organisasjon_id),
  UNIQUE (mottak_id, nummer, organisasjon_id),
  FOREIGN KEY (mottak_id, organisasjon_id) REFERENCES mottak (id, organisasjon_id),
  FOREIGN KEY (organisasjon_id, sjekksum) REFERENCES fil (organisasjon_id, sjekksum)
);

-- What happened to an item, by whom and when: stamped by the database from
-- the transaction's actor and clock (as the change log is), append-only.
CREATE TABLE mottak_hendelse (
  id bigint GENERATED ALWAYS AS IDENTITY,
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  mottak_id uuid NOT NULL,
  hendelse text NOT NULL CHECK (hendelse IN ('mottatt', 'levert_igjen', 'registrert', 'arkivbegrenset')),
  detaljer text,
  utfort_av uuid NOT NULL REFERENCES bruker (id),
  utfort_av_navn text NOT NULL,
  utfort_dato timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (mottak_id, organisasjon_id) REFERENCES mottak (id, organisasjon_id)
);
CREATE INDEX mottak_hendelse_idx ON mottak_hendelse (mottak_id, organisasjon_id, id);

CREATE FUNCTION mottak_hendelse_stemple() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE aktor bruker := endringslogg_aktor();
BEGIN
  NEW.utfort_av := aktor.id;
  NEW.utfort_av_navn := aktor.navn;
  NEW.utfort_dato := now();
  RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION mottak_hendelse_stemple() FROM PUBLIC;
CREATE TRIGGER stemple BEFORE INSERT ON mottak_hendelse FOR EACH ROW EXECUTE FUNCTION mottak_hendelse_stemple();

-- A decided item stays decided: a registered or forwarded item never goes
-- back to the queue, and its identity and content never change.
CREATE FUNCTION mottak_vern() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('registrert', 'arkivbegrenset') AND to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
    RAISE EXCEPTION 'Et ferdig behandlet mottak kan ikke endres' USING ERRCODE = 'SG001', TABLE = 'mottak';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER vern BEFORE UPDATE ON mottak FOR EACH ROW EXECUTE FUNCTION mottak_vern();
CREATE TRIGGER vern_identitet BEFORE UPDATE ON mottak FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('id', 'organisasjon_id', 'kanal', 'sjekksum', 'message_id', 'original_sjekksum',
    'mottatt_dato', 'opprettet_av', 'opprettet_dato');
CREATE TRIGGER vern_identitet BEFORE UPDATE ON mottak_fil FOR EACH ROW
  EXECUTE FUNCTION vern_uforanderlige_kolonner('id', 'organisasjon_id', 'mottak_id', 'sjekksum');

-- Seed 001's examples, for every organisation now and later.
CREATE FUNCTION arkivbegrensning_standard(org uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO arkivbegrensning_grunn (organisasjon_id, navn, rekkefolge) VALUES
    (org, 'Merket «personlig» eller «privat»', 1),
    (org, 'Postkort, reklame og mangfoldiggjorte invitasjoner', 2),
    (org, 'Purringer og bankmeldinger', 3),
    (org, 'Sykemelding', 4),
    (org, 'Pressemelding', 5),
    (org, 'Årsbudsjett eller årsmelding fra andre', 6),
    (org, 'Hotell- og billettbestilling', 7),
    (org, 'Offentlig publikasjon uten følgeskriv', 8),
    (org, 'Reiseforskudd eller reiseregning', 9),
    (org, 'Adresse- eller navneendring', 10),
    (org, 'Faktura', 11)
  ON CONFLICT (organisasjon_id, navn) DO NOTHING
$$;
CREATE FUNCTION arkivbegrensning_ny_organisasjon() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM arkivbegrensning_standard(NEW.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER arkivbegrensning_ny_organisasjon AFTER INSERT ON organisasjon
  FOR EACH ROW EXECUTE FUNCTION arkivbegrensning_ny_organisasjon();
SELECT arkivbegrensning_standard(id) FROM organisasjon;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['arkivbegrensning_grunn', 'mottak', 'mottak_fil', 'mottak_hendelse']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON arkivbegrensning_grunn, mottak TO saksgang_app;
GRANT SELECT, INSERT ON mottak_fil, mottak_hendelse TO saksgang_app;
