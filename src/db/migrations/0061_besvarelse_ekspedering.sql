-- Answer, write-off per recipient and dispatch (issue 14 items 1, 3 and the
-- core of 6; seed 001 «behandle / besvare innkommet post», «intern
-- korrespondanse», «ekspedering»; seed 002 10.2–10.6; Noark 5 krav 3.4.3,
-- 3.4.4, 3.4.6–3.4.8).

-- An answer (besvarelse): an own record (U or N) made as the answer to an
-- incoming record (I) or a note (N) in the same case. How it answers:
-- `avskriv` writes the incoming off when the answer is dispatched (BU, BE,
-- BN), `forelopig` is an interim answer (the incoming stays in the backlog,
-- marked), `uten` answers without writing off. One incoming may be answered
-- by several outgoing and one outgoing may answer several incoming (krav
-- 3.4.3, 3.4.4); the pair is unique. For a note, `korrespondansepart_id` is
-- the internal recipient on whose behalf it is answered (krav 3.4.6): its
-- write-off is that recipient's.
CREATE TABLE besvarelse (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  svar_journalpost_id uuid NOT NULL,
  besvart_journalpost_id uuid NOT NULL,
  svarmaate text NOT NULL CHECK (svarmaate IN ('avskriv', 'forelopig', 'uten')),
  korrespondansepart_id uuid,
  opprettet_dato timestamptz NOT NULL DEFAULT now(),
  opprettet_av uuid NOT NULL REFERENCES bruker (id),
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (svar_journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  FOREIGN KEY (besvart_journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  FOREIGN KEY (korrespondansepart_id, organisasjon_id) REFERENCES korrespondansepart (id, organisasjon_id),
  UNIQUE (svar_journalpost_id, besvart_journalpost_id, organisasjon_id),
  CHECK (svar_journalpost_id <> besvart_journalpost_id)
);
-- «Answered by» on the incoming record and the worklists' «interim answer» mark.
CREATE INDEX besvarelse_besvart_idx ON besvarelse (besvart_journalpost_id);

-- A note (N) is written off per internal recipient (krav 3.4.6): the
-- recipient's correspondence party (IM). Null: the whole record.
ALTER TABLE avskrivning ADD COLUMN korrespondansepart_id uuid,
  ADD FOREIGN KEY (korrespondansepart_id, organisasjon_id) REFERENCES korrespondansepart (id, organisasjon_id);
-- A write-off per recipient is found by the recipient's party.
CREATE INDEX avskrivning_korrespondansepart_idx ON avskrivning (korrespondansepart_id) WHERE korrespondansepart_id IS NOT NULL;

-- Dispatch (ekspedering) per recipient: which channel, when the case worker
-- dispatched it, and — only once it truly left — when it was sent. An
-- internal note is delivered in the dispatching transaction (status
-- `sendt` at once); a letter by e-mail, SvarUt or print waits (`venter`)
-- for the channel's job, which marks it `sendt` or `feilet`. Nothing is
-- marked sent that was not.
CREATE TABLE ekspedering (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organisasjon_id uuid NOT NULL REFERENCES organisasjon (id),
  journalpost_id uuid NOT NULL,
  korrespondansepart_id uuid NOT NULL,
  kanal text NOT NULL CHECK (kanal IN ('intern', 'epost', 'svarut', 'utskrift')),
  status text NOT NULL DEFAULT 'venter' CHECK (status IN ('venter', 'sendt', 'feilet')),
  ekspedert_dato timestamptz NOT NULL DEFAULT now(),
  ekspedert_av uuid NOT NULL REFERENCES bruker (id),
  sendt_dato timestamptz,
  -- The channel's own reference once sent (SvarUt forsendelse id, e-mail Message-ID, print batch).
  forsendelse_referanse text CHECK (length(forsendelse_referanse) <= 400),
  feilmelding text CHECK (length(feilmelding) <= 4000),
  PRIMARY KEY (id, organisasjon_id),
  FOREIGN KEY (journalpost_id, organisasjon_id) REFERENCES journalpost (id, organisasjon_id),
  FOREIGN KEY (korrespondansepart_id, organisasjon_id) REFERENCES korrespondansepart (id, organisasjon_id),
  UNIQUE (journalpost_id, korrespondansepart_id, organisasjon_id),
  CHECK ((status = 'sendt') = (sendt_dato IS NOT NULL))
);
-- The channels' jobs and the record page read a record's dispatch; the case worker's failed ones by status.
CREATE INDEX ekspedering_status_idx ON ekspedering (organisasjon_id, status) WHERE status <> 'sendt';

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['besvarelse', 'ekspedering']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organisasjon_id = nullif(current_setting(''saksgang.organisasjon_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

-- Answers are evidence of how a record was dealt with: never changed or removed.
GRANT SELECT, INSERT ON besvarelse, ekspedering TO saksgang_app;
-- A dispatch row moves from waiting to sent or failed (and a failed one is tried again).
GRANT UPDATE (status, sendt_dato, forsendelse_referanse, feilmelding) ON ekspedering TO saksgang_app;
