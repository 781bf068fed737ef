-- Hardening of login, API tokens and sessions (issue 11, items 3 and 6).

-- Login attempts are counted per source (and per user name from that source);
-- both lookups go by source first.
CREATE INDEX login_failure_source_idx ON login_failure (ip, tidspunkt);
CREATE INDEX login_failure_pair_idx ON login_failure (ip, brukernavn, tidspunkt);

-- Sessions get an id that can be shown and revoked without exposing the
-- cookie's hash, and what a user needs to recognise a session of theirs.
ALTER TABLE session ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE session ADD CONSTRAINT session_id_unik UNIQUE (id);
ALTER TABLE session ADD COLUMN sist_brukt_dato timestamptz NOT NULL DEFAULT now();
ALTER TABLE session ADD COLUMN ip text;
ALTER TABLE session ADD COLUMN brukeragent text;
CREATE INDEX session_utloper_idx ON session (utloper_dato);

-- API tokens: who made and who revoked them, and when each was last used.
ALTER TABLE api_token ADD COLUMN opprettet_av uuid REFERENCES bruker (id);
ALTER TABLE api_token ADD COLUMN tilbakekalt_av uuid REFERENCES bruker (id);
ALTER TABLE api_token ADD COLUMN sist_brukt_dato timestamptz;
CREATE INDEX api_token_rolletildeling_idx ON api_token (rolletildeling_id);

-- A dedicated integration user: acts only through API tokens, never logs in.
-- The system owner may make tokens for it (never for another person's role).
ALTER TABLE bruker ADD COLUMN integrasjon boolean NOT NULL DEFAULT false;
