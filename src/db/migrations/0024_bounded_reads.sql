-- Issue 11 item 9: the case page reads its sub-lists a page at a time, in
-- order, from an index instead of sorting every row of a large case.
CREATE INDEX presedens_saksmappe_idx ON presedens (saksmappe_id, presedens_dato);
CREATE INDEX presedens_journalpost_idx ON presedens (journalpost_id);

CREATE INDEX part_saksmappe_orden_idx ON part (saksmappe_id, opprettet_dato, id);
DROP INDEX part_saksmappe_idx;

CREATE INDEX merknad_objekt_orden_idx ON merknad (objekt_id, merknadsdato, id);
DROP INDEX merknad_objekt_idx;

CREATE INDEX kryssreferanse_fra_orden_idx ON kryssreferanse (fra_id, opprettet_dato);
DROP INDEX kryssreferanse_fra_idx;
