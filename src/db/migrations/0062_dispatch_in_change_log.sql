-- Answers and dispatch in the change log (every change is logged with who
-- and when): which record an answer answers and how (besvarelse), and each
-- recipient's channel and dispatch status (ekspedering) as it goes from
-- waiting to sent or failed, by the database whichever path wrote — the
-- case worker's dispatch or a channel's job. Positions after 0051's.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES
  ('besvarelse', 'referanseBesvartJournalpost', 140),
  ('besvarelse', 'svarmaate', 141),
  ('ekspedering', 'kanal', 142),
  ('ekspedering', 'ekspederingsstatus', 143);
SELECT endringslogg_registrer('besvarelse', 'referanseBesvartJournalpost', 'besvarelse', 'besvart_journalpost_id',
  '(SELECT s.saksaar || ''/'' || s.sakssekvensnummer || ''-'' || j.journalpostnummer FROM journalpost j
    JOIN saksmappe s ON s.id = j.saksmappe_id WHERE j.id = r.besvart_journalpost_id)');
SELECT endringslogg_registrer('besvarelse', 'svarmaate', 'besvarelse', 'svarmaate');
SELECT endringslogg_registrer('ekspedering', 'kanal', 'ekspedering', 'kanal');
SELECT endringslogg_registrer('ekspedering', 'ekspederingsstatus', 'ekspedering', 'status');
