-- User life cycle (issue 11 item 10; Noark 5 krav 4.5.29, 4.5.30, 4.1.5, 4.3.3).
--
-- A role assignment is valid over a period of Oslo calendar days, both ends
-- inclusive: fra_dato .. til_dato (open-ended when til_dato is null). Ending
-- an assignment at once sets til_dato to yesterday, so an assignment that
-- started today becomes the empty period til_dato = fra_dato - 1 ("never in
-- force"); the row stays as history and is never deleted.
ALTER TABLE rolletildeling ADD COLUMN fra_dato date;
UPDATE rolletildeling SET fra_dato = opprettet_dato::date;
ALTER TABLE rolletildeling ALTER COLUMN fra_dato SET NOT NULL;
ALTER TABLE rolletildeling ALTER COLUMN fra_dato SET DEFAULT current_date;
ALTER TABLE rolletildeling ADD COLUMN til_dato date;
ALTER TABLE rolletildeling ADD CONSTRAINT rolletildeling_periode CHECK (til_dato IS NULL OR til_dato >= fra_dato - 1);

-- With history the same role may be given again after it ended, so the
-- uniqueness of (user, organisation, unit, role) moves to the use case: no
-- two periods of the same assignment may overlap.
DROP INDEX rolletildeling_unik;
CREATE INDEX rolletildeling_bruker_idx ON rolletildeling (bruker_id, organisasjon_id);
