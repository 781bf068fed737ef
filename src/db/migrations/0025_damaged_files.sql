-- Issue 11 item 9: a download that finds the stored bytes differ from their
-- checksum marks the content damaged, so later openings are refused at once
-- (422) until a sound copy is stored again (an upload of the same content
-- clears the mark). Only this column may change on a catalogued file.
ALTER TABLE fil ADD COLUMN skadet_dato timestamptz;
GRANT UPDATE (skadet_dato) ON fil TO saksgang_app;
