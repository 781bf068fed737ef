-- Issue 12 item 5, continued: the documents' search rows (sok_dokument, 0027)
-- are distributed like sok_indeks, so their key contains organisasjon_id too
-- (docs/scaling.md). 0031 already made the upsert in sok_oppdater_dokumenter
-- name (objekt_id, organisasjon_id); this gives it the key it names.
ALTER TABLE sok_dokument DROP CONSTRAINT sok_dokument_pkey,
  ADD CONSTRAINT sok_dokument_pkey PRIMARY KEY (objekt_id, organisasjon_id);
