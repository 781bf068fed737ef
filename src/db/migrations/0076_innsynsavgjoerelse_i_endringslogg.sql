-- Issue 15 item 3: the decisions on an access request in the change log (who
-- decided what, when: product §1, every change is logged). The database logs
-- each requested record's decision, legal basis and the «meroffentlighet»
-- confirmation in the statement that sets them, whichever path wrote, as it
-- logs a record's own columns (ADR 0003); a new part (undecided) logs
-- nothing, a changed decision logs old and new. The reason is not logged
-- here: it may say what the record is about, and the answer letter archived
-- in the request's case keeps it. Positions after 0062's.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES
  ('innsynskravDel', 'avgjoerelse', 150),
  ('innsynskravDel', 'hjemmel', 151),
  ('innsynskravDel', 'meroffentlighetVurdert', 152);
SELECT endringslogg_registrer('innsynskravDel', 'avgjoerelse', 'innsynskrav_del', 'avgjoerelse');
SELECT endringslogg_registrer('innsynskravDel', 'hjemmel', 'innsynskrav_del', 'hjemmel');
SELECT endringslogg_registrer('innsynskravDel', 'meroffentlighetVurdert', 'innsynskrav_del', 'meroffentlighet_vurdert');

-- The requested record's change log shows the decisions on it (by this column).
CREATE INDEX innsynskrav_del_journalpost_idx ON innsynskrav_del (organisasjon_id, journalpost_id);
