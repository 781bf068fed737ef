-- Moving a document into the secure zone (0007) is logged by the database
-- like every other logged column (0009): the registry learns the field
-- (placed where CHANGE_LOG_FIELDS has it, after tilknyttetRegistreringSom)
-- and the table's trigger is recreated. Only the move is a value: a document
-- that is not personsensitive has nothing to log.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('dokumentbeskrivelse', 'personsensitiv', 43.5);
SELECT endringslogg_registrer('dokumentbeskrivelse', 'personsensitiv', 'dokumentbeskrivelse', 'personsensitiv',
  'CASE WHEN r.personsensitiv THEN ''true'' END');
