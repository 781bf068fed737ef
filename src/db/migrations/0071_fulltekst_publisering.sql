-- Issue 15 item 1: full texts in the public journal. The case worker marks a
-- document for publishing (seed 004: «saksbehandlere kan velge å gjøre
-- enkeltdokumenter tilgjengelig for innsyn gjennom fulltekstpublisering»);
-- the public journal then links its public variant (O), or the document
-- itself when neither it nor its record is screened
-- (src/features/offentlig-journal/domain/public-file.ts).
ALTER TABLE dokumentbeskrivelse ADD COLUMN publiser_fulltekst boolean NOT NULL DEFAULT false;

-- Logged by the database like the document's other columns (ADR 0003), placed
-- where CHANGE_LOG_FIELDS has it, after personsensitiv. Only a published
-- document has a value: a new one logs nothing, publishing logs «true» and
-- withdrawing it back to none.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('dokumentbeskrivelse', 'publiserFulltekst', 43.6);
SELECT endringslogg_registrer('dokumentbeskrivelse', 'publiserFulltekst', 'dokumentbeskrivelse', 'publiser_fulltekst',
  'CASE WHEN r.publiser_fulltekst THEN ''true'' END');

-- The public journal reads the marked documents of a page's records.
CREATE INDEX dokumentbeskrivelse_fulltekst_idx ON dokumentbeskrivelse (journalpost_id) WHERE publiser_fulltekst;
