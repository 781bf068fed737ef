-- Issue 12 item 1: the next number of a gapless series in one statement,
-- usable inside the INSERT that stores it, so a registration takes its
-- journal number (the organisation's counter, which every registration of
-- the organisation queues on) in its record's own INSERT, after every check
-- and lookup, instead of two statements earlier. The row is created on first
-- use; ON CONFLICT … DO UPDATE locks it as UPDATE did, and a rollback
-- returns the number (no sequence: those leave gaps). Runs as the caller, so
-- row-level security applies as to the statements it replaces.
CREATE FUNCTION nummerserie_neste(p_org uuid, p_serie text, p_aar integer) RETURNS integer
  LANGUAGE sql VOLATILE AS $$
  INSERT INTO nummerserie AS n (organisasjon_id, serie, aar, siste) VALUES (p_org, p_serie, p_aar, 1)
  ON CONFLICT (organisasjon_id, serie, aar) DO UPDATE SET siste = n.siste + 1
  RETURNING siste
$$;
GRANT EXECUTE ON FUNCTION nummerserie_neste(uuid, text, integer) TO saksgang_app;
