-- Issue 13 item 2: a document added to a record, or a new version of one,
-- stands in the record's own change log (its number and version; the title
-- stays in the document's log, under the document's own screening). The
-- archive may add and replace documents on a journalført record: the record's
-- log shows who did, and when. Written by the application (no column holds it).
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('journalpost', 'dokument', 34.3);
