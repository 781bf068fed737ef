-- Access administration (issue 10 items 1 and 3): the system owner edits the
-- organisation's access codes and access groups, and cases get internal
-- contacts. These are logged by the application through skriv_endringslogg
-- (their rows have no column the database logs), in the order of
-- CHANGE_LOG_FIELDS. A membership or contact is logged on its group or case:
-- added as a new value, removed as an old one.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES
  ('saksmappe', 'internKontakt', 18.5),
  ('tilgangskode', 'kode', 81),
  ('tilgangskode', 'navn', 82),
  ('tilgangskode', 'skjermingshjemmel', 83),
  ('tilgangskode', 'aktiv', 84),
  ('tilgangsgruppe', 'navn', 85),
  ('tilgangsgruppe', 'beskrivelse', 86),
  ('tilgangsgruppe', 'aktiv', 87),
  ('tilgangsgruppe', 'medlem', 88);
