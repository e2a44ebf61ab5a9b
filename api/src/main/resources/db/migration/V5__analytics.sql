-- KPIs and personal data (issue 4): leaderboard consent, and the indexes the summary reads through. The summary reads
-- the daily rollup click_daily (kept by the click writer), shares, share_findings and attributed conversions, never
-- raw clicks; see api/README.md "KPIs and personal data".

-- What a person agreed to. No row means the defaults: not on the leaderboard. Consent is asked, never assumed.
CREATE TABLE user_preferences (
    user_id      VARCHAR2(36 CHAR) PRIMARY KEY,
    leaderboard  NUMBER(1) DEFAULT 0 NOT NULL,
    updated_at   NUMBER(19) NOT NULL,
    CONSTRAINT user_preferences_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT user_preferences_leaderboard_ck CHECK (leaderboard IN (0, 1))
);

-- Rollups of click_daily that the summary reads, kept by the click writer in the same transaction (one row per day,
-- team and platform; one per day, content item and platform). click_daily has a row per link and day: about a million
-- a year for 2,000 people, too many to group on every request; these have a few hundred a day.
-- team_key is the team id, or 'none' for people in no team (a key column cannot be NULL).
CREATE TABLE click_team_daily (
    utc_day        NUMBER(8) NOT NULL,
    team_key       VARCHAR2(36 CHAR) NOT NULL,
    platform       VARCHAR2(16 CHAR) NOT NULL,
    clicks         NUMBER(19) NOT NULL,
    unique_clicks  NUMBER(19) NOT NULL,
    bot_visits     NUMBER(19) NOT NULL,
    CONSTRAINT click_team_daily_pk PRIMARY KEY (utc_day, team_key, platform)
);

CREATE TABLE click_content_daily (
    utc_day        NUMBER(8) NOT NULL,
    content_id     VARCHAR2(36 CHAR) NOT NULL,
    platform       VARCHAR2(16 CHAR) NOT NULL,
    clicks         NUMBER(19) NOT NULL,
    unique_clicks  NUMBER(19) NOT NULL,
    bot_visits     NUMBER(19) NOT NULL,
    CONSTRAINT click_content_daily_pk PRIMARY KEY (utc_day, content_id, platform)
);

-- The top content of one team is read from click_daily, through the team.
CREATE INDEX click_daily_team_ix ON click_daily (team_id, utc_day, platform, content_id, clicks, unique_clicks);

-- Copy-paste reads the period's fingerprints without visiting the share rows.
CREATE INDEX shares_fingerprint_report_ix ON shares (utc_day, content_id, fingerprint, user_id, team_id, platform);

-- The same for shares: the range by day with what the breakdowns group by.
CREATE INDEX shares_report_ix ON shares (utc_day, platform, team_id, content_id, user_id);

-- Attributed conversions of a day range, grouped by day, platform and team.
CREATE INDEX conversions_report_ix ON conversions (utc_day, attribution, platform, team_id, currency, amount);

-- The adoption funnel counts people by team.
CREATE INDEX users_funnel_ix ON users (team_id, invited_at, activated_at, last_active_at);

-- Erasure clears the person from their links' bot visits link by link (clicks already have clicks_link_ix).
CREATE INDEX bot_visits_link_ix ON bot_visits (link_id);
