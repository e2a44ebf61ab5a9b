-- People and sign-in: teams, users, invites and refresh tokens. Timestamps are epoch milliseconds (NUMBER(19)),
-- see io.herald.api.db.Rows.
CREATE TABLE teams (
    id          VARCHAR2(36 CHAR) PRIMARY KEY,
    name        VARCHAR2(100 CHAR) NOT NULL,
    created_at  NUMBER(19) NOT NULL,
    CONSTRAINT teams_name_uq UNIQUE (name)
);

CREATE TABLE users (
    id              VARCHAR2(36 CHAR) PRIMARY KEY,
    email           VARCHAR2(254 CHAR) NOT NULL,
    display_name    VARCHAR2(100 CHAR),
    role            VARCHAR2(16 CHAR) NOT NULL,
    team_id         VARCHAR2(36 CHAR),
    status          VARCHAR2(16 CHAR) NOT NULL,
    invited_at      NUMBER(19) NOT NULL,
    activated_at    NUMBER(19),
    last_active_at  NUMBER(19),
    CONSTRAINT users_email_uq UNIQUE (email),
    CONSTRAINT users_team_fk FOREIGN KEY (team_id) REFERENCES teams (id),
    CONSTRAINT users_role_ck CHECK (role IN ('admin', 'employee')),
    CONSTRAINT users_status_ck CHECK (status IN ('invited', 'active', 'deactivated'))
);
CREATE INDEX users_team_ix ON users (team_id);
CREATE INDEX users_status_ix ON users (status);

-- Invite codes are stored only as SHA-256 hashes (hex). user_id is NULL only for the first-admin invite, whose user
-- is created when it is redeemed; role is the role that invite grants.
CREATE TABLE invites (
    id           VARCHAR2(36 CHAR) PRIMARY KEY,
    code_hash    VARCHAR2(64 CHAR) NOT NULL,
    user_id      VARCHAR2(36 CHAR),
    role         VARCHAR2(16 CHAR) NOT NULL,
    created_by   VARCHAR2(36 CHAR),
    created_at   NUMBER(19) NOT NULL,
    expires_at   NUMBER(19) NOT NULL,
    redeemed_at  NUMBER(19),
    revoked_at   NUMBER(19),
    CONSTRAINT invites_code_hash_uq UNIQUE (code_hash),
    CONSTRAINT invites_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT invites_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id),
    CONSTRAINT invites_role_ck CHECK (role IN ('admin', 'employee'))
);
CREATE INDEX invites_user_ix ON invites (user_id);
CREATE INDEX invites_created_ix ON invites (created_at);

-- A refresh-token family is one sign-in (one device); each refresh rotates to a new token in the same family.
-- Presenting a used token revokes the family: the legitimate holder and the thief are both signed out.
CREATE TABLE refresh_families (
    id              VARCHAR2(36 CHAR) PRIMARY KEY,
    user_id         VARCHAR2(36 CHAR) NOT NULL,
    created_at      NUMBER(19) NOT NULL,
    revoked_at      NUMBER(19),
    revoked_reason  VARCHAR2(16 CHAR),
    CONSTRAINT refresh_families_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX refresh_families_user_ix ON refresh_families (user_id);

CREATE TABLE refresh_tokens (
    token_hash  VARCHAR2(64 CHAR) PRIMARY KEY,
    family_id   VARCHAR2(36 CHAR) NOT NULL,
    issued_at   NUMBER(19) NOT NULL,
    expires_at  NUMBER(19) NOT NULL,
    used_at     NUMBER(19),
    CONSTRAINT refresh_tokens_family_fk FOREIGN KEY (family_id) REFERENCES refresh_families (id)
);
CREATE INDEX refresh_tokens_family_ix ON refresh_tokens (family_id);
