-- Issue 16: the Noark 5 API's token endpoint (docs/noark5-api.md «Innlogging»)
-- hands an integration a session's token as its access token, and beside it
-- a refresh token that trades the session for a new one. Only the refresh
-- token's SHA-256 is stored, as with every other secret.
ALTER TABLE session ADD COLUMN oppfrisking_hash text UNIQUE;
