-- Expired refresh tokens are purged (auth.tokens.TokenPurge): every rotation adds a row, so without a purge the
-- table grows by about a hundred rows a day per active person, and the purge finds the expired ones by this index.
CREATE INDEX refresh_tokens_expires_ix ON refresh_tokens (expires_at);
