-- Issue 12 item 5: the schema ready for a distributed PostgreSQL (Citus)
-- with organisasjon_id as the distribution column (docs/scaling.md).
--
-- A distributed database keeps a unique index, and checks a foreign key,
-- only inside one node's share of a table; so each primary key and unique
-- constraint of a distributed table must contain organisasjon_id, and each
-- key between two distributed tables must carry it on both sides. The
-- composite keys are also the stronger rule on one machine: a record can no
-- longer point at another organisation's case, whatever the application does.
--
-- organisasjon_id is added LAST to every key, so the indexes still lead with
-- the columns the lookups give first (id, saksmappe_id, ...): reads by id
-- keep their plan. A foreign key may name its columns in any order.
--
-- Reference tables (organisasjon, dokumentsenter, bruker, rolletildeling,
-- administrativ_enhet, endringslogg_felt) and the coordinator's tables
-- (sessions, tokens, job queue, ...) keep their keys;
-- tests/scaling/distribution-readiness.test.ts names them and checks the rest.
DO $$
DECLARE
  distributed text[] := ARRAY['arkiv', 'arkivdel', 'arkivdel_klassifikasjonssystem', 'dokumentbeskrivelse',
    'dokumentobjekt', 'endringslogg', 'fil', 'fil_tekst', 'journalpost', 'klasse', 'klassifikasjonssystem',
    'korrespondansepart', 'kryssreferanse', 'lesing_logg', 'merknad', 'nummerserie', 'part', 'presedens', 'prosjekt',
    'saksmappe', 'saksmappe_intern_kontakt', 'saksmappe_sekundaerklasse', 'sok_indeks', 'tilgangsgruppe',
    'tilgangsgruppe_medlem', 'tilgangskode'];
  k record;
  readd text[] := '{}';
  stmt text;
BEGIN
  -- 1. Drop the keys between distributed tables that lack the organisation,
  --    remembering each as its composite form (the unique constraints they
  --    rest on are replaced next).
  FOR k IN
    SELECT c.conname, c.conrelid::regclass::text AS tabell, c.confrelid::regclass::text AS til,
      (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.conkey) WITH ORDINALITY x(n, i)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = x.n) AS cols,
      (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.confkey) WITH ORDINALITY x(n, i)
        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = x.n) AS refcols
    FROM pg_constraint c
    WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
      AND c.conrelid::regclass::text = ANY (distributed) AND c.confrelid::regclass::text = ANY (distributed)
      AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'organisasjon_id'
        AND a.attnum = ANY (c.conkey))
  LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', k.tabell, k.conname);
    readd := readd || format('ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY (%s, organisasjon_id) REFERENCES %I (%s, organisasjon_id)',
      k.tabell, k.conname, k.cols, k.til, k.refcols);
  END LOOP;

  -- 2. Primary keys and unique constraints get organisasjon_id as their last column.
  FOR k IN
    SELECT c.conname, c.contype, c.conrelid::regclass::text AS tabell,
      (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY x.i) FROM unnest(c.conkey) WITH ORDINALITY x(n, i)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = x.n) AS cols
    FROM pg_constraint c
    WHERE c.contype IN ('p', 'u') AND c.connamespace = current_schema()::regnamespace
      AND c.conrelid::regclass::text = ANY (distributed)
      AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'organisasjon_id'
        AND a.attnum = ANY (c.conkey))
  LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', k.tabell, k.conname);
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I %s (%s, organisasjon_id)', k.tabell, k.conname,
      CASE k.contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'UNIQUE' END, k.cols);
  END LOOP;

  -- 3. The keys again, now checked within one organisation.
  FOREACH stmt IN ARRAY readd LOOP
    EXECUTE stmt;
  END LOOP;

  -- 4. The search index's upserts named its old key (objekt_id); they now
  --    name the new one. Rewriting every function that does keeps each
  --    one's other settings (SECURITY DEFINER, search_path) as they were.
  FOR k IN
    SELECT p.oid FROM pg_proc p
    WHERE p.pronamespace = current_schema()::regnamespace AND p.prosrc LIKE '%ON CONFLICT (objekt_id)%'
  LOOP
    EXECUTE replace(pg_get_functiondef(k.oid), 'ON CONFLICT (objekt_id)', 'ON CONFLICT (objekt_id, organisasjon_id)');
  END LOOP;
END
$$;
