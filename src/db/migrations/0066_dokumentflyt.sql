-- Approval and review of a document (issue 14 item 4; seed 001 «Rutine for
-- dokumenter til godkjenning og gjennomgang», seed 002 §10; Noark 5
-- dokumentflyt M660–M665, krav 3.3.1–3.3.7).
--
-- A flow (flyt) is one round: the case worker sends a record to one or more
-- people in sequence, for approval (godkjenning: head of department, then
-- the chief executive) or for review (gjennomgang: comments, no approval).
-- Each step of it is a Noark 5 dokumentflyt: to whom (flytTil), from whom
-- (flytFra), when it reached them (flytMottattDato), when they sent it on
-- (flytSendtDato), what they decided (flytStatus) and their comment
-- (flytMerknad). A step not yet reached is planned: no flytFra, no
-- flytMottattDato. Neither flows nor steps are ever deleted: the trail is
-- evidence of who approved what.
CREATE TABLE flyt (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  journalpost_id uuid NOT NULL,
  flyttype text NOT NULL CHECK (flyttype IN ('godkjenning', 'gjennomgang')),
  sendt_av uuid NOT NULL REFERENCES bruker (id),
  sendt_dato timestamptz NOT NULL DEFAULT now(),
  -- How the round ended: approved by the last approver, returned, or reviewed by every reviewer.
  utfall text CHECK (utfall IN ('godkjent', 'returnert', 'gjennomgaatt')),
  avsluttet_dato timestamptz,
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  CHECK ((utfall IS NULL) = (avsluttet_dato IS NULL))
);
-- One round at a time per record: «the current approver» is then never in doubt.
CREATE UNIQUE INDEX flyt_aktiv_idx ON flyt (journalpost_id, organisasjon_id) WHERE utfall IS NULL;
CREATE INDEX flyt_journalpost_idx ON flyt (journalpost_id, sendt_dato);

CREATE TABLE dokumentflyt (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  flyt_id uuid NOT NULL,
  journalpost_id uuid NOT NULL,
  -- The step's place in its round; a forward inserts a step after the current one.
  rekkefoelge integer NOT NULL,
  flyt_til uuid NOT NULL REFERENCES bruker (id),
  flyt_fra uuid REFERENCES bruker (id),
  flyt_mottatt_dato timestamptz,
  flyt_sendt_dato timestamptz,
  -- Noark's code list (G godkjent, I ikke godkjent, S sendt tilbake med
  -- kommentarer) and ours: V videresendt (passed to another leader undecided).
  flyt_status text CHECK (flyt_status IN ('G', 'I', 'S', 'V')),
  flyt_merknad text CHECK (length(flyt_merknad) <= 4000),
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (flyt_id, organisasjon_id) REFERENCES flyt (id, organisasjon_id),
  FOREIGN KEY (journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  CHECK ((flyt_mottatt_dato IS NULL) = (flyt_fra IS NULL)),
  CHECK ((flyt_sendt_dato IS NULL) = (flyt_status IS NULL)),
  CHECK (flyt_sendt_dato IS NULL OR flyt_mottatt_dato IS NOT NULL)
);
CREATE INDEX dokumentflyt_flyt_idx ON dokumentflyt (flyt_id, rekkefoelge);
CREATE INDEX dokumentflyt_journalpost_idx ON dokumentflyt (journalpost_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['flyt', 'dokumentflyt']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

-- A step is received, decided and moved down by a forward; a round ends.
-- Nothing else changes, nothing is removed.
GRANT SELECT, INSERT ON flyt, dokumentflyt TO saksgang_app;
GRANT UPDATE (utfall, avsluttet_dato) ON flyt TO saksgang_app;
GRANT UPDATE (rekkefoelge, flyt_fra, flyt_mottatt_dato, flyt_sendt_dato, flyt_status, flyt_merknad) ON dokumentflyt TO saksgang_app;

-- The flow's tasks: the current approver's (godkjenne) or reviewer's
-- (gjennomgaa), and the case worker's answer from the flow (flytsvar: approved,
-- returned, forwarded, reviewed), read and closed by them.
ALTER TABLE oppgave DROP CONSTRAINT oppgave_oppgavetype_check;
ALTER TABLE oppgave ADD CONSTRAINT oppgave_oppgavetype_check CHECK (oppgavetype IN
  ('fordele', 'besvare', 'kopi', 'kvalitetssikre', 'feilfordelt', 'endre', 'merknad', 'godkjenne', 'gjennomgaa', 'flytsvar'));
ALTER TABLE oppgave DROP CONSTRAINT oppgave_lukket_hvordan_check;
ALTER TABLE oppgave ADD CONSTRAINT oppgave_lukket_hvordan_check CHECK (lukket_hvordan IN
  ('fordelt', 'videresendt', 'lest', 'besvart', 'avskrevet', 'utfoert', 'godkjent', 'returnert', 'gjennomgaatt'));

-- Each step is logged on the record by the application (send, approve,
-- return, forward, review), beside the distribution steps of 0045.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('journalpost', 'dokumentflyt', 34.64);
