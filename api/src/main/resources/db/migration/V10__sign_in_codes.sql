-- Sign-in codes (io.herald.api.auth.SignInCodes): a signed-in person makes one to sign in to the same account in
-- another browser. They are not invites, so they have a table of their own: they name an account that exists and
-- grant no role (the session gets the user's own), admins neither list nor revoke them, the adoption funnel does not
-- count them, and they live minutes. Stored only as SHA-256 hashes (hex), like invite codes. A person has one row at
-- most: making a new code, or being deactivated, deletes the earlier ones.
CREATE TABLE sign_in_codes (
    code_hash    VARCHAR2(64 CHAR) PRIMARY KEY,
    user_id      VARCHAR2(36 CHAR) NOT NULL,
    created_at   NUMBER(19) NOT NULL,
    expires_at   NUMBER(19) NOT NULL,
    redeemed_at  NUMBER(19),
    CONSTRAINT sign_in_codes_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX sign_in_codes_user_ix ON sign_in_codes (user_id);
