-- A challenge's two or three items, in order (io.herald.api.challenges; V13 holds the challenges).
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
