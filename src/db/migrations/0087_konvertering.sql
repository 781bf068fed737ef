-- Krav 6.4.42 (and 2.7.11): a conversion to an archival format is recorded
-- as Noark `konvertering` on the file object it produced. konvertertDato and
-- konvertertAv are the object's opprettet_dato and opprettet_av, and
-- konvertertTilFormat is its format; what the object cannot say itself is
-- kept here: the format it was converted from (PRONOM PUID) and the tool.
-- Saksgang converts each version once, so one konvertering per object.
ALTER TABLE dokumentobjekt
  ADD COLUMN konvertert_fra_format text CHECK (length(konvertert_fra_format) BETWEEN 1 AND 200),
  ADD COLUMN konverteringsverktoey text CHECK (length(konverteringsverktoey) BETWEEN 1 AND 500),
  ADD CHECK (konverteringsverktoey IS NULL OR konvertert_fra_format IS NOT NULL);
