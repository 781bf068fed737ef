-- Fields that CHANGE_LOG_FIELDS gained beside the database's change log
-- (0009), registered so that the registry mirrors the list again.
--
-- Moving a document into the secure zone (0007) is logged by the database
-- like every other logged column: the registry learns the field (placed where
-- CHANGE_LOG_FIELDS has it, after tilknyttetRegistreringSom) and the table's
-- trigger is recreated. Only the move is a value: a document that is not
-- personsensitive has nothing to log.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('dokumentbeskrivelse', 'personsensitiv', 43.5);
SELECT endringslogg_registrer('dokumentbeskrivelse', 'personsensitiv', 'dokumentbeskrivelse', 'personsensitiv',
  'CASE WHEN r.personsensitiv THEN ''true'' END');

-- Access administration (0015, krav 4.5.29): role assignments, users and API
-- tokens are logged by the application through skriv_endringslogg.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES
  ('rolletildeling', 'bruker', 70),
  ('rolletildeling', 'rolle', 71),
  ('rolletildeling', 'administrativEnhet', 72),
  ('rolletildeling', 'fraDato', 73),
  ('rolletildeling', 'tilDato', 74),
  ('bruker', 'brukerstatus', 75),
  ('bruker', 'oidcIdentitet', 76),
  ('apiToken', 'navn', 77),
  ('apiToken', 'rolletildeling', 78),
  ('apiToken', 'utloperDato', 79),
  ('apiToken', 'tilbakekaltDato', 80);
