-- Attribution (issue 4): tracked links, visits (clicks and bot visits) with their daily rollup, the visitor salts,
-- shares with their guideline findings, company websites and conversions.
-- Timestamps are epoch milliseconds (NUMBER(19), see io.herald.api.db.Rows); utc_day is the UTC calendar day as the
-- number yyyymmdd (io.herald.api.attribution.UtcDay). Columns copied from links and users (user_id, team_id,
-- content_id, platform) are the values at the time of the event, so reports never re-attribute history.

-- One personal link per employee, content item and platform.
-- owner_key is user_id for as long as the link is personal. Erasing an employee's data sets user_id to NULL and
-- owner_key to the link's own id: the link keeps redirecting (old posts stay intact) but belongs to no one, and the
-- unique key still holds on Oracle, which treats (NULL, 'c1', 'x') twice as a duplicate.
CREATE TABLE links (
    id          VARCHAR2(36 CHAR) PRIMARY KEY,
    code        VARCHAR2(16 CHAR) NOT NULL,
    user_id     VARCHAR2(36 CHAR),
    owner_key   VARCHAR2(36 CHAR) NOT NULL,
    -- No foreign key to content_items: items are archived, never deleted, so a link cannot lose its item, and
    -- attribution reads the library only through ContentTargets (tests stand in their own library).
    content_id  VARCHAR2(36 CHAR) NOT NULL,
    platform    VARCHAR2(16 CHAR) NOT NULL,
    created_at  NUMBER(19) NOT NULL,
    CONSTRAINT links_code_uq UNIQUE (code),
    CONSTRAINT links_owner_uq UNIQUE (owner_key, content_id, platform),
    CONSTRAINT links_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT links_platform_ck CHECK (platform IN ('linkedin', 'x'))
);
CREATE INDEX links_user_ix ON links (user_id);
CREATE INDEX links_content_ix ON links (content_id);

-- The secret of the day for visitor hashes: HMAC-SHA256(salt, address + user agent). Random, one per UTC day, kept
-- here so that a restart the same day keeps counting unique visitors right, and deleted the day after its day so
-- that nobody can recompute a hash from a guessed address.
CREATE TABLE visitor_salts (
    utc_day     NUMBER(8) PRIMARY KEY,
    salt        VARCHAR2(64 CHAR) NOT NULL,
    created_at  NUMBER(19) NOT NULL
);

-- A person's visit through a tracked link. click_id is the hclid the redirect appended (conversions refer to it); it
-- starts with the time, so new rows append to the primary key. is_unique: the visitor's first visit to this link on
-- this UTC day (see unique_visitors). Indexes are kept few on purpose: every click pays for each one, and reports read
-- click_daily; a person's clicks are found through their links (clicks_link_ix).
CREATE TABLE clicks (
    click_id       VARCHAR2(32 CHAR) PRIMARY KEY,
    link_id        VARCHAR2(36 CHAR) NOT NULL,
    code           VARCHAR2(16 CHAR) NOT NULL,
    user_id        VARCHAR2(36 CHAR),
    team_id        VARCHAR2(36 CHAR),
    content_id     VARCHAR2(36 CHAR) NOT NULL,
    platform       VARCHAR2(16 CHAR) NOT NULL,
    clicked_at     NUMBER(19) NOT NULL,
    utc_day        NUMBER(8) NOT NULL,
    is_unique      NUMBER(1) NOT NULL,
    referrer_host  VARCHAR2(253 CHAR),
    device         VARCHAR2(8 CHAR) NOT NULL,
    CONSTRAINT clicks_link_fk FOREIGN KEY (link_id) REFERENCES links (id),
    CONSTRAINT clicks_device_ck CHECK (device IN ('mobile', 'tablet', 'desktop', 'other'))
);
CREATE INDEX clicks_link_ix ON clicks (link_id);

-- The visitors already counted as unique, per link, for today and yesterday only: a visitor hash (HMAC-SHA256 of
-- address and user agent with the day's salt) means nothing once its salt is deleted, so its rows go with the salt.
-- A restart the same day reads them back, so a returning visitor is not counted twice.
CREATE TABLE unique_visitors (
    link_id       VARCHAR2(36 CHAR) NOT NULL,
    visitor_hash  VARCHAR2(64 CHAR) NOT NULL,
    utc_day       NUMBER(8) NOT NULL,
    CONSTRAINT unique_visitors_pk PRIMARY KEY (link_id, visitor_hash)
);
CREATE INDEX unique_visitors_day_ix ON unique_visitors (utc_day);

-- A crawler's or link-preview fetcher's visit (or any HEAD request): redirected like a person, never a click.
-- The user agent is kept (bots only) so that misclassified browsers can be found and corrected.
CREATE TABLE bot_visits (
    click_id       VARCHAR2(32 CHAR) PRIMARY KEY,
    link_id        VARCHAR2(36 CHAR) NOT NULL,
    code           VARCHAR2(16 CHAR) NOT NULL,
    user_id        VARCHAR2(36 CHAR),
    team_id        VARCHAR2(36 CHAR),
    content_id     VARCHAR2(36 CHAR) NOT NULL,
    platform       VARCHAR2(16 CHAR) NOT NULL,
    visited_at     NUMBER(19) NOT NULL,
    utc_day        NUMBER(8) NOT NULL,
    reason         VARCHAR2(16 CHAR) NOT NULL,
    user_agent     VARCHAR2(512 CHAR),
    referrer_host  VARCHAR2(253 CHAR),
    CONSTRAINT bot_visits_link_fk FOREIGN KEY (link_id) REFERENCES links (id),
    CONSTRAINT bot_visits_reason_ck CHECK (reason IN ('user-agent', 'no-user-agent', 'head'))
);
CREATE INDEX bot_visits_day_ix ON bot_visits (utc_day);

-- Daily rollup of visits per link, kept by the click writer in the same transaction as the visits, so reports over
-- long ranges read one row per link and day instead of every click. user_id/team_id: as of the latest visit that day.
CREATE TABLE click_daily (
    utc_day        NUMBER(8) NOT NULL,
    link_id        VARCHAR2(36 CHAR) NOT NULL,
    user_id        VARCHAR2(36 CHAR),
    team_id        VARCHAR2(36 CHAR),
    content_id     VARCHAR2(36 CHAR) NOT NULL,
    platform       VARCHAR2(16 CHAR) NOT NULL,
    clicks         NUMBER(19) NOT NULL,
    unique_clicks  NUMBER(19) NOT NULL,
    bot_visits     NUMBER(19) NOT NULL,
    CONSTRAINT click_daily_pk PRIMARY KEY (utc_day, link_id),
    CONSTRAINT click_daily_link_fk FOREIGN KEY (link_id) REFERENCES links (id)
);
CREATE INDEX click_daily_user_ix ON click_daily (user_id, utc_day);

-- A post an employee published. id is the client's UUID (retries are idempotent on it); request_hash is the SHA-256
-- of the normalised request, to tell a retry from a different share reusing the id. post_text only when
-- herald.shares.store-text is true. fingerprint: the extension's hash of the post text, for the copy-paste rate.
CREATE TABLE shares (
    id            VARCHAR2(36 CHAR) PRIMARY KEY,
    user_id       VARCHAR2(36 CHAR) NOT NULL,
    team_id       VARCHAR2(36 CHAR),
    link_id       VARCHAR2(36 CHAR),
    content_id    VARCHAR2(36 CHAR) NOT NULL,
    platform      VARCHAR2(16 CHAR) NOT NULL,
    posted_at     NUMBER(19) NOT NULL,
    utc_day       NUMBER(8) NOT NULL,
    own_words     NUMBER(5,4) NOT NULL,
    fingerprint   VARCHAR2(128 CHAR),
    post_url      VARCHAR2(2048 CHAR),
    post_text     CLOB,
    request_hash  VARCHAR2(64 CHAR) NOT NULL,
    created_at    NUMBER(19) NOT NULL,
    CONSTRAINT shares_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT shares_link_fk FOREIGN KEY (link_id) REFERENCES links (id),
    CONSTRAINT shares_platform_ck CHECK (platform IN ('linkedin', 'x')),
    CONSTRAINT shares_own_words_ck CHECK (own_words BETWEEN 0 AND 1)
);
CREATE INDEX shares_user_ix ON shares (user_id, posted_at);
CREATE INDEX shares_day_ix ON shares (utc_day);
CREATE INDEX shares_content_ix ON shares (content_id);
CREATE INDEX shares_fingerprint_ix ON shares (fingerprint);

-- How often each guideline rule fired on a share's text, for "most-triggered rules".
CREATE TABLE share_findings (
    share_id  VARCHAR2(36 CHAR) NOT NULL,
    rule_id   VARCHAR2(100 CHAR) NOT NULL,
    hits      NUMBER(10) NOT NULL,
    CONSTRAINT share_findings_pk PRIMARY KEY (share_id, rule_id),
    CONSTRAINT share_findings_share_fk FOREIGN KEY (share_id) REFERENCES shares (id) ON DELETE CASCADE
);
CREATE INDEX share_findings_rule_ix ON share_findings (rule_id);

-- The company's websites that report conversions. The site key is public (it sits in the site's pages); it names
-- the site, and allowed origins limit which pages a browser lets send with it. Deleting keeps the row (conversions
-- refer to it) and retires the key.
CREATE TABLE sites (
    id              VARCHAR2(36 CHAR) PRIMARY KEY,
    name            VARCHAR2(100 CHAR) NOT NULL,
    site_key        VARCHAR2(64 CHAR) NOT NULL,
    created_at      NUMBER(19) NOT NULL,
    key_created_at  NUMBER(19) NOT NULL,
    deleted_at      NUMBER(19),
    CONSTRAINT sites_key_uq UNIQUE (site_key)
);

CREATE TABLE site_origins (
    site_id  VARCHAR2(36 CHAR) NOT NULL,
    origin   VARCHAR2(255 CHAR) NOT NULL,
    CONSTRAINT site_origins_pk PRIMARY KEY (site_id, origin),
    CONSTRAINT site_origins_site_fk FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
);
CREATE INDEX site_origins_origin_ix ON site_origins (origin);

-- A conversion a website reported, idempotent on (site_id, event_id). attribution says whether it counts for an
-- employee: 'attributed' (click found, inside herald.attribution.window; the link columns are filled), or why not:
-- 'outside-window', 'unknown-click', 'no-click'. amount/currency: the optional value (ISO 4217 code).
CREATE TABLE conversions (
    id               VARCHAR2(36 CHAR) PRIMARY KEY,
    site_id          VARCHAR2(36 CHAR) NOT NULL,
    event_id         VARCHAR2(100 CHAR) NOT NULL,
    conversion_type  VARCHAR2(32 CHAR) NOT NULL,
    amount           NUMBER(19,4),
    currency         VARCHAR2(3 CHAR),
    click_id         VARCHAR2(32 CHAR),
    attribution      VARCHAR2(16 CHAR) NOT NULL,
    link_id          VARCHAR2(36 CHAR),
    code             VARCHAR2(16 CHAR),
    user_id          VARCHAR2(36 CHAR),
    team_id          VARCHAR2(36 CHAR),
    content_id       VARCHAR2(36 CHAR),
    platform         VARCHAR2(16 CHAR),
    clicked_at       NUMBER(19),
    converted_at     NUMBER(19) NOT NULL,
    utc_day          NUMBER(8) NOT NULL,
    CONSTRAINT conversions_event_uq UNIQUE (site_id, event_id),
    CONSTRAINT conversions_site_fk FOREIGN KEY (site_id) REFERENCES sites (id),
    CONSTRAINT conversions_link_fk FOREIGN KEY (link_id) REFERENCES links (id),
    CONSTRAINT conversions_attribution_ck
        CHECK (attribution IN ('attributed', 'outside-window', 'unknown-click', 'no-click')),
    CONSTRAINT conversions_value_ck CHECK (amount IS NULL OR currency IS NOT NULL)
);
CREATE INDEX conversions_day_ix ON conversions (utc_day);
CREATE INDEX conversions_user_ix ON conversions (user_id, utc_day);
CREATE INDEX conversions_click_ix ON conversions (click_id);
