-- Expired refresh tokens are purged (auth.tokens.TokenPurge): every rotation adds a row, so without a purge the
-- table grows by a row per 15 minutes of use per person, and the purge finds the expired ones by this index.
CREATE INDEX refresh_tokens_expires_ix ON refresh_tokens (expires_at);
