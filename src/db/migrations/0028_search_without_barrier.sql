-- Issue 12 item 2: search at the bare SQL's speed under row-level security.
--
-- Row-level security makes its policy a security barrier: PostgreSQL does
-- not evaluate an operator that is not LEAKPROOF before it, so it uses no
-- index for one. Full-text match (@@) and trigram similarity (%) are not
-- leakproof, and only a superuser may declare them so; under saksgang_app
-- every search therefore read and tested every index row of the
-- organisation, at a cost growing with the organisation instead of with
-- the hits.
--
-- sok_indeks_egen is the transaction's own organisation's part of the index
-- as a plain view: owned by the tables' owner, it reads the table without
-- the policy, and its condition is the policy's, so saksgang_app sees
-- through it exactly the rows the policy shows; being no barrier, the
-- planner combines the match with the organisation in the GIN and
-- organisation indexes as the bare SQL does. Without the setting it shows
-- nothing. The table keeps its policy for every other reader.
CREATE VIEW sok_indeks_egen AS
  SELECT * FROM sok_indeks
  WHERE organisasjon_id = nullif(current_setting('saksgang.organisasjon_id', true), '')::uuid;

GRANT SELECT ON sok_indeks_egen TO saksgang_app;
