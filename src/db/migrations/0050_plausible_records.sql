-- Issue 13 item 2, plausibility of a record: an incoming or outgoing letter
-- is journalført (J) only with its main document, or when the archive has
-- confirmed that it exists on paper only. That confirmation is Noark 5
-- dokumentmedium (M300) on the registration: F «Fysisk arkiv», E
-- «Elektronisk arkiv», B «Blandet fysisk og elektronisk arkiv» (krav 3.2.29:
-- it must be possible to register that a document is on paper).
ALTER TABLE journalpost ADD COLUMN dokumentmedium text CHECK (dokumentmedium IN ('F', 'E', 'B'));

-- Logged like the record's other columns, by the database (ADR 0003): who
-- confirmed a paper-only letter, and when, is in the change log. Placed after
-- registreringsID, where CHANGE_LOG_FIELDS has it.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('journalpost', 'dokumentmedium', 34.1);
SELECT endringslogg_registrer('journalpost', 'dokumentmedium', 'journalpost', 'dokumentmedium');
