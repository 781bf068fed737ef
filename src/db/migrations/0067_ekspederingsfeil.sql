-- A dispatch that finally failed (its last try, or a failure no try can
-- mend) is a task for the record's case worker, «Ekspedering feilet», with
-- the notification (and e-mail, if chosen) every task brings; the record
-- page and «Feilet ekspedering» say what failed. The channel's job creates
-- it, as the system. After 0066, which set the list last.
ALTER TABLE oppgave DROP CONSTRAINT oppgave_oppgavetype_check;
ALTER TABLE oppgave ADD CONSTRAINT oppgave_oppgavetype_check CHECK (oppgavetype IN
  ('fordele', 'besvare', 'kopi', 'kvalitetssikre', 'feilfordelt', 'endre', 'merknad', 'godkjenne', 'gjennomgaa', 'flytsvar',
   'ekspederingsfeil'));
