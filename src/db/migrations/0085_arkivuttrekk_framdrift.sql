-- Issue 17 item 4: an extraction started by the archive in the web client
-- runs as a background job; the run shows how far it has come (the phase and
-- the registreringer and document files written of how many), and when it was
-- last heard from, so a run whose process died is found and marked failed
-- instead of looking busy for ever.
ALTER TABLE arkivuttrekk
  ADD COLUMN fase text CHECK (fase IN ('venter', 'arkivstruktur', 'endringslogg', 'journaler', 'selvkontroll', 'ferdig')),
  ADD COLUMN framdrift_registreringer integer CHECK (framdrift_registreringer >= 0),
  ADD COLUMN framdrift_totalt integer CHECK (framdrift_totalt >= 0),
  ADD COLUMN framdrift_dokumentfiler integer CHECK (framdrift_dokumentfiler >= 0),
  ADD COLUMN sist_aktiv timestamptz;

GRANT UPDATE (fase, framdrift_registreringer, framdrift_totalt, framdrift_dokumentfiler, sist_aktiv) ON arkivuttrekk TO saksgang_app;

-- The runs of an arkivdel still going (one extraction per arkivdel at a time).
CREATE INDEX arkivuttrekk_pagaar_idx ON arkivuttrekk (organisasjon_id) WHERE status = 'pågår';
