-- Moving a document into the secure zone (0007) is logged by the database
-- like every other logged column (0009): the registry learns the column, and
-- the table's trigger is recreated. Only the move is a value: a document
-- that is not personsensitive has nothing to log.
SELECT endringslogg_registrer('dokumentbeskrivelse', 'personsensitiv', 'dokumentbeskrivelse', 'personsensitiv',
  'CASE WHEN r.personsensitiv THEN ''true'' END');
