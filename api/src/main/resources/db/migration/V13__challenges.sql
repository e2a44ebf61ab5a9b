-- Weekly challenges (io.herald.api.challenges): two or three published items an admin asks people to share in one
-- week (Monday to Sunday, UTC), with a short message, for everyone or for one team. One challenge per audience and
-- week: audience_key is the team's id, or 'everyone' (a unique key over a NULL team would let any number through on
-- Oracle). Numbered V13: V11 and V12 are another branch's.
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
CREATE INDEX challenges_team_ix ON challenges (team_id);

-- The challenge's items in the order the admin chose them.
CREATE TABLE challenge_items (
    challenge_id  VARCHAR2(36 CHAR) NOT NULL,
    ordinal       NUMBER(1) NOT NULL,
    content_id    VARCHAR2(36 CHAR) NOT NULL,
    CONSTRAINT challenge_items_pk PRIMARY KEY (challenge_id, ordinal),
    CONSTRAINT challenge_items_uq UNIQUE (challenge_id, content_id),
    CONSTRAINT challenge_items_chal_fk FOREIGN KEY (challenge_id) REFERENCES challenges (id) ON DELETE CASCADE,
    CONSTRAINT challenge_items_item_fk FOREIGN KEY (content_id) REFERENCES content_items (id)
);
CREATE INDEX challenge_items_item_ix ON challenge_items (content_id);
