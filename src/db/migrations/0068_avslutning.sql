-- Issue 14 items 7–9: the archive's quality control, closing and backlog.
--
-- Seed 002 10.12: «Saksbehandler kan sette OBS-dato på en arkivsak og
-- kombinere denne med en merknad om hva som skal følges opp.» The remark is
-- the case owner's reminder to themself, shown beside the OBS date in the
-- worklist; like the OBS date it is not part of the case's evidence, so the
-- change log does not record it.
ALTER TABLE saksmappe ADD COLUMN obs_merknad text CHECK (length(obs_merknad) <= 1000);

-- The archive's quality-control worklists: records finished by the case
-- worker (F) or dispatched (E) waiting to be journalført, and cases whose
-- owner asked for closing (S, «Ønskes avsluttet»).
CREATE INDEX journalpost_til_journalforing_idx ON journalpost (organisasjon_id, journaldato) WHERE journalstatus IN ('F', 'E');
CREATE INDEX saksmappe_onskes_avsluttet_idx ON saksmappe (organisasjon_id, saksdato) WHERE saksstatus = 'S';

-- The backlog reports read a unit's or organisation's I and N records by
-- their date; the write-off check is the existing index on avskrivning.
CREATE INDEX journalpost_restanse_idx ON journalpost (organisasjon_id, journaldato)
  WHERE journalposttype IN ('I', 'N') AND journalstatus <> 'U';
