-- Issue 13 item 2, due dates (seed 001 fase 1): «Forfallsdato registreres med
-- 3 uker dersom ikke annen frist er oppgitt», and «Brev som HASTER registreres
-- med kort forfallsdato … (f.eks 2 dager) slik at dokumentet vises med rødt
-- flagg». Both periods are the organisation's own setting.
ALTER TABLE organisasjon
  ADD COLUMN svarfrist_dager integer NOT NULL DEFAULT 21 CHECK (svarfrist_dager BETWEEN 1 AND 365),
  ADD COLUMN haster_svarfrist_dager integer NOT NULL DEFAULT 2 CHECK (haster_svarfrist_dager BETWEEN 0 AND 30),
  ADD CONSTRAINT organisasjon_haster_kortere CHECK (haster_svarfrist_dager < svarfrist_dager);
-- Only these two columns, and only the active organisation's row (its policy).
GRANT UPDATE (svarfrist_dager, haster_svarfrist_dager) ON organisasjon TO saksgang_app;

-- An urgent letter: shown with a red flag in lists and on the record.
ALTER TABLE journalpost ADD COLUMN haster boolean NOT NULL DEFAULT false;
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES ('journalpost', 'haster', 34.2);
SELECT endringslogg_registrer('journalpost', 'haster', 'journalpost', 'haster', 'CASE WHEN r.haster THEN ''true'' END');

-- The settings are logged by the application (skriv_endringslogg), on the organisation.
INSERT INTO endringslogg_felt (objekt_type, felt, posisjon) VALUES
  ('organisasjon', 'svarfristDager', 130),
  ('organisasjon', 'hasterSvarfristDager', 131);
