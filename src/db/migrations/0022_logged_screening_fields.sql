-- The rest of the Noark 5 skjerming fields get their columns in the change
-- log's registry (0009 left them as placeholders without a table), so the
-- database logs a change to them in the statement that makes it, on cases,
-- records and documents alike — also when a parent's screening flows down to
-- the children that inherit it.
--
-- Values as the log writes them: skjermingMetadata is a set (sorted, comma
-- separated, as renderLogValue writes a list; byte order, so the same on
-- every collation); skjermingDokument is M503's «H» (the whole document)
-- when set, nothing otherwise, so creating an unscreened object logs
-- nothing; the duration is a number and the end a calendar date.
DO $$
DECLARE
  tabell text;
BEGIN
  FOREACH tabell IN ARRAY ARRAY['saksmappe', 'journalpost', 'dokumentbeskrivelse'] LOOP
    PERFORM endringslogg_registrer('skjerming', 'skjermingMetadata', tabell, 'skjerming_metadata',
      '(SELECT nullif(string_agg(m, '', '' ORDER BY m COLLATE "C"), '''') FROM unnest(r.skjerming_metadata) m)');
    PERFORM endringslogg_registrer('skjerming', 'skjermingDokument', tabell, 'skjerming_dokument',
      'CASE WHEN r.skjerming_dokument THEN ''H'' END');
    PERFORM endringslogg_registrer('skjerming', 'skjermingsvarighet', tabell, 'skjerming_varighet',
      'logg_tekst(r.skjerming_varighet::bigint)');
    PERFORM endringslogg_registrer('skjerming', 'skjermingOpphoererDato', tabell, 'skjerming_opphoerer');
  END LOOP;
END
$$;
