-- Tasks, distribution, notifications and write-off (issue 13 items 4–6;
-- seed 001 phase 1, seed 002 sections 9.1, 10.1, 10.7, 10.8).
--
-- A task (oppgave) is the work one person, one unit or the archive must do
-- about a record or case: distribute it (fordele), answer it (besvare), read
-- a copy (kopi), check it (kvalitetssikre), or, from a case worker to the
-- archive, a record wrongly distributed (feilfordelt), a title or case to
-- change (endre) or a remark (merknad). The routine's steps create tasks
-- and close them; a task is never deleted, so who was asked to do what, and
-- when and how it was done, stays.
CREATE TABLE oppgave (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  oppgavetype text NOT NULL
    CHECK (oppgavetype IN ('fordele', 'besvare', 'kopi', 'kvalitetssikre', 'feilfordelt', 'endre', 'merknad')),
  -- Whose task: one user, or one unit (its leader and deputy act), or, for
  -- the case worker's messages to the archive, neither (the archive's queue).
  mottaker_bruker_id uuid REFERENCES bruker (id),
  mottaker_enhet_id uuid REFERENCES administrativ_enhet (id),
  saksmappe_id uuid NOT NULL,
  journalpost_id uuid,
  frist date,
  merknad text CHECK (length(merknad) <= 4000),
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  lukket_dato timestamptz,
  lukket_av uuid REFERENCES bruker (id),
  lukket_hvordan text CHECK (lukket_hvordan IN ('fordelt', 'videresendt', 'lest', 'besvart', 'avskrevet', 'utfoert')),
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (saksmappe_id, organisasjon_id) REFERENCES saksmappe (id, organisasjon_id),
  FOREIGN KEY (journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  CHECK (mottaker_bruker_id IS NULL OR mottaker_enhet_id IS NULL),
  CHECK ((mottaker_bruker_id IS NULL AND mottaker_enhet_id IS NULL) = (oppgavetype IN ('feilfordelt', 'endre', 'merknad'))),
  CHECK ((lukket_dato IS NULL) = (lukket_hvordan IS NULL) AND (lukket_dato IS NULL) = (lukket_av IS NULL))
);
-- The worklists read open tasks by receiver and kind, in due order.
CREATE INDEX oppgave_bruker_apen_idx ON oppgave (mottaker_bruker_id, oppgavetype, frist, opprettet_dato)
  WHERE lukket_dato IS NULL AND mottaker_bruker_id IS NOT NULL;
CREATE INDEX oppgave_enhet_apen_idx ON oppgave (mottaker_enhet_id, oppgavetype, opprettet_dato)
  WHERE lukket_dato IS NULL AND mottaker_enhet_id IS NOT NULL;
CREATE INDEX oppgave_arkiv_apen_idx ON oppgave (organisasjon_id, opprettet_dato)
  WHERE lukket_dato IS NULL AND mottaker_bruker_id IS NULL AND mottaker_enhet_id IS NULL;
-- A step on a record closes that record's tasks; copy recipients read the record.
CREATE INDEX oppgave_journalpost_idx ON oppgave (journalpost_id, oppgavetype);

-- In-app notifications: one per receiver of a task (a unit's task notifies
-- its leaders and deputies). Read once seen; never deleted.
CREATE TABLE varsel (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  bruker_id uuid NOT NULL REFERENCES bruker (id),
  oppgave_id uuid NOT NULL,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  lest_dato timestamptz,
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (oppgave_id, organisasjon_id) REFERENCES oppgave (id, organisasjon_id)
);
CREATE INDEX varsel_bruker_idx ON varsel (bruker_id, organisasjon_id, opprettet_dato DESC);

-- Each user's choice, per organisation, to be told by e-mail as well.
CREATE TABLE varsel_innstilling (
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  bruker_id uuid NOT NULL REFERENCES bruker (id),
  epost boolean NOT NULL DEFAULT false,
  endret_dato timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bruker_id, organisasjon_id)
);

-- Write-off (Noark 5 avskrivning, M215/M619): how an incoming record or a
-- note was dealt with. An I or N record without one is in its case worker's
-- backlog (restanse). Logged by the database on the record's log.
CREATE TABLE avskrivning (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  journalpost_id uuid NOT NULL,
  avskrivningsmaate text NOT NULL CHECK (avskrivningsmaate IN ('BU', 'TE', 'TO', 'TLF', 'BE', 'BN', 'SA')),
  avskrivningsdato date NOT NULL,
  avskrevet_av uuid NOT NULL REFERENCES bruker (id),
  referanse_avskrives_av_journalpost uuid,
  merknad text CHECK (length(merknad) <= 4000),
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  FOREIGN KEY (referanse_avskrives_av_journalpost, organisasjon_id) REFERENCES journalpost (id, organisasjon_id)
);
CREATE INDEX avskrivning_journalpost_idx ON avskrivning (journalpost_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['oppgave', 'varsel', 'varsel_innstilling', 'avskrivning']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

-- Tasks and notifications are closed or read, never removed; a write-off is evidence.
GRANT SELECT, INSERT ON oppgave, varsel, avskrivning TO saksgang_app;
GRANT UPDATE (lukket_dato, lukket_av, lukket_hvordan) ON oppgave TO saksgang_app;
GRANT UPDATE (lest_dato) ON varsel TO saksgang_app;
GRANT SELECT, INSERT, UPDATE ON varsel_innstilling TO saksgang_app;

-- The worklists' other reads: the archive's records in M and the case
-- worker's cases with an OBS date (the rest use existing indexes).
CREATE INDEX journalpost_midlertidig_idx ON journalpost (organisasjon_id, journaldato) WHERE journalstatus = 'M';
CREATE INDEX saksmappe_obs_idx ON saksmappe (saksansvarlig_id, obs_dato) WHERE obs_dato IS NOT NULL;

-- The change log: distribution steps, copies and the case worker's messages
-- are logged on the record by the application (no column holds them); the
-- write-off by the database, on the record's log (its part).
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES
  ('journalpost', 'fordeling', 34.61),
  ('journalpost', 'kopimottaker', 34.62),
  ('journalpost', 'tilbakemelding', 34.63);
SELECT endringslogg_registrer('avskrivning', 'referanseAvskrivesAvJournalpost', 'avskrivning',
  'referanse_avskrives_av_journalpost',
  '(SELECT s.saksaar || ''/'' || s.sakssekvensnummer || ''-'' || j.journalpostnummer FROM journalpost j
    JOIN saksmappe s ON s.id = j.saksmappe_id WHERE j.id = r.referanse_avskrives_av_journalpost)');
SELECT endringslogg_registrer('avskrivning', 'avskrivningsmaate', 'avskrivning', 'avskrivningsmaate');
