-- People: teams and users. Timestamps are epoch milliseconds (NUMBER(19)), see io.herald.api.db.Rows.
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
