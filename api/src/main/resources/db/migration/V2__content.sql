-- The approved-content library. Timestamps are epoch milliseconds (NUMBER(19)), see io.herald.api.db.Rows.
CREATE TABLE content_items (
    id             VARCHAR2(36 CHAR) PRIMARY KEY,
    -- Derived from the title once, never changed: tracked links use it as utm_campaign.
    slug           VARCHAR2(80 CHAR) NOT NULL,
    title          VARCHAR2(200 CHAR) NOT NULL,
    -- URLs are validated to be ASCII, so 2048 characters stay within Oracle's 4000-byte VARCHAR2.
    canonical_url  VARCHAR2(2048 CHAR) NOT NULL,
    summary        VARCHAR2(1000 CHAR),
    image_url      VARCHAR2(2048 CHAR),
    kind           VARCHAR2(8 CHAR) NOT NULL,
    status         VARCHAR2(16 CHAR) NOT NULL,
    publish_at     NUMBER(19),
    expires_at     NUMBER(19),
    featured       NUMBER(1) DEFAULT 0 NOT NULL,
    created_by     VARCHAR2(36 CHAR) NOT NULL,
    created_at     NUMBER(19) NOT NULL,
    updated_by     VARCHAR2(36 CHAR) NOT NULL,
    updated_at     NUMBER(19) NOT NULL,
    row_version    NUMBER(10) NOT NULL,
    CONSTRAINT content_items_slug_uq UNIQUE (slug),
    CONSTRAINT content_items_kind_ck CHECK (kind IN ('value', 'ask')),
    CONSTRAINT content_items_status_ck CHECK (status IN ('draft', 'published', 'archived')),
    CONSTRAINT content_items_featured_ck CHECK (featured IN (0, 1)),
    CONSTRAINT content_items_window_ck CHECK (expires_at IS NULL OR publish_at IS NULL OR expires_at > publish_at),
    CONSTRAINT content_items_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id),
    CONSTRAINT content_items_updated_by_fk FOREIGN KEY (updated_by) REFERENCES users (id)
);
CREATE INDEX content_items_feed_ix ON content_items (status, publish_at);

-- Suggested captions, in the order the admin wrote them. CLOB: a LinkedIn caption may hold 3000 characters.
CREATE TABLE content_captions (
    content_id    VARCHAR2(36 CHAR) NOT NULL,
    ordinal       NUMBER(3) NOT NULL,
    caption_text  CLOB NOT NULL,
    platform      VARCHAR2(16 CHAR) NOT NULL,
    language      VARCHAR2(35 CHAR) NOT NULL,
    CONSTRAINT content_captions_pk PRIMARY KEY (content_id, ordinal),
    CONSTRAINT content_captions_item_fk FOREIGN KEY (content_id) REFERENCES content_items (id) ON DELETE CASCADE,
    CONSTRAINT content_captions_platform_ck CHECK (platform IN ('linkedin', 'x', 'any'))
);

-- Short ordered labels of an item: its topics, hashtags and platforms. One table, because all three are filtered
-- and listed the same way.
CREATE TABLE content_labels (
    content_id  VARCHAR2(36 CHAR) NOT NULL,
    label_kind  VARCHAR2(16 CHAR) NOT NULL,
    ordinal     NUMBER(3) NOT NULL,
    label       VARCHAR2(100 CHAR) NOT NULL,
    CONSTRAINT content_labels_pk PRIMARY KEY (content_id, label_kind, ordinal),
    CONSTRAINT content_labels_item_fk FOREIGN KEY (content_id) REFERENCES content_items (id) ON DELETE CASCADE,
    CONSTRAINT content_labels_kind_ck CHECK (label_kind IN ('topic', 'hashtag', 'platform'))
);

-- The teams an item is meant for; no row means everyone. The team foreign key has no cascade on purpose: deleting
-- a team must not silently widen an item's audience to everyone.
CREATE TABLE content_teams (
    content_id  VARCHAR2(36 CHAR) NOT NULL,
    team_id     VARCHAR2(36 CHAR) NOT NULL,
    CONSTRAINT content_teams_pk PRIMARY KEY (content_id, team_id),
    CONSTRAINT content_teams_item_fk FOREIGN KEY (content_id) REFERENCES content_items (id) ON DELETE CASCADE,
    CONSTRAINT content_teams_team_fk FOREIGN KEY (team_id) REFERENCES teams (id)
);
CREATE INDEX content_teams_team_ix ON content_teams (team_id);

-- An item with its short lists folded into single columns (separated by CHR(31), a character validation refuses in
-- labels), so a page of items is read in one query. Captions are joined separately: they can exceed LISTAGG's
-- 4000-byte limit. i.* is expanded when the view is created: a later migration that adds columns to content_items
-- must CREATE OR REPLACE this view too.
CREATE VIEW content_summaries AS
SELECT i.*,
       (SELECT LISTAGG(l.label, CHR(31)) WITHIN GROUP (ORDER BY l.ordinal) FROM content_labels l
         WHERE l.content_id = i.id AND l.label_kind = 'topic') AS topics,
       (SELECT LISTAGG(l.label, CHR(31)) WITHIN GROUP (ORDER BY l.ordinal) FROM content_labels l
         WHERE l.content_id = i.id AND l.label_kind = 'hashtag') AS hashtags,
       (SELECT LISTAGG(l.label, CHR(31)) WITHIN GROUP (ORDER BY l.ordinal) FROM content_labels l
         WHERE l.content_id = i.id AND l.label_kind = 'platform') AS platforms,
       (SELECT LISTAGG(t.team_id, CHR(31)) WITHIN GROUP (ORDER BY t.team_id) FROM content_teams t
         WHERE t.content_id = i.id) AS team_ids
  FROM content_items i;
