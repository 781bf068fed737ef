-- Issue 15 item 1: the public journal (offentlig journal / postliste).
--
-- Which record types an organisation publishes: journalført incoming (I)
-- and outgoing (U) always; internal notes (N, X) where the organisation
-- chooses (seed 001: «Notater tas ikke med på offentlig journal» is one
-- organisation's choice, not the law's).
ALTER TABLE organisasjon ADD COLUMN offentlig_journal_typer text[] NOT NULL DEFAULT '{I,U}'
  CHECK (offentlig_journal_typer <@ '{I,U,N,X}'::text[] AND offentlig_journal_typer @> '{I,U}'::text[]);

-- The public journal reads an organisation's journalført (J) and archived
-- (A) records by their journal date, a page or a batch at a time.
CREATE INDEX journalpost_offentlig_journal_idx ON journalpost (organisasjon_id, journaldato, id)
  WHERE journalstatus IN ('J', 'A');
