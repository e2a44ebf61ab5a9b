-- When a person was last deactivated (epoch millis). Access tokens issued before it are refused even after the person
-- is reactivated: their refresh tokens were revoked by the deactivation, and their access tokens must stay as dead.
ALTER TABLE users ADD deactivated_at NUMBER(19);
