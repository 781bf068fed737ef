-- OpenID Connect hardening (issue 11, item 5).

-- A pending login is bound to the browser that started it: the browser holds
-- a random value in a short-lived signed cookie, the row keeps its hash.
ALTER TABLE oidc_login_state ADD COLUMN nettleser_hash text NOT NULL DEFAULT '';

-- An organisation may let a first OIDC login link by an e-mail address the
-- provider marks as verified (off by default: otherwise only a mapping the
-- system owner set up links an identity).
ALTER TABLE organisasjon ADD COLUMN oidc_epost_kobling boolean NOT NULL DEFAULT false;
