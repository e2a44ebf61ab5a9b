-- Weekly challenges (io.herald.api.challenges): two or three published items an admin asks people to share in one
-- week (Monday to Sunday, UTC), with a short message, for everyone or for one team. One challenge per audience and
-- week: audience_key is the team's id, or 'everyone' (a unique key over a NULL team would let any number through on
-- Oracle). One DDL statement per file (Oracle commits each one): V13 to V13.3.
CREATE TABLE challenges (
    id            VARCHAR2(36 CHAR) PRIMARY KEY,
    week_start    NUMBER(8) NOT NULL,
    team_id       VARCHAR2(36 CHAR),
    audience_key  VARCHAR2(36 CHAR) NOT NULL,
    message       VARCHAR2(280 CHAR) NOT NULL,
    created_by    VARCHAR2(36 CHAR) NOT NULL,
    created_at    NUMBER(19) NOT NULL,
    updated_by    VARCHAR2(36 CHAR) NOT NULL,
    updated_at    NUMBER(19) NOT NULL,
    CONSTRAINT challenges_week_uq UNIQUE (week_start, audience_key),
    CONSTRAINT challenges_team_fk FOREIGN KEY (team_id) REFERENCES teams (id),
    CONSTRAINT challenges_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id),
    CONSTRAINT challenges_updated_by_fk FOREIGN KEY (updated_by) REFERENCES users (id)
);
