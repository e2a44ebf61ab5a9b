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

-- Covers the summary's grouped reads of a day range (by day, platform and team; by content) so they never visit the
-- table rows: the primary key (utc_day, link_id) finds the range but not the counts.
CREATE INDEX click_daily_report_ix ON click_daily (utc_day, platform, team_id, content_id, clicks, unique_clicks,
                                                   bot_visits);

-- The same for shares: the range by day with what the breakdowns group by.
CREATE INDEX shares_report_ix ON shares (utc_day, platform, team_id, content_id, user_id);

-- Attributed conversions of a day range, grouped by day, platform and team.
CREATE INDEX conversions_report_ix ON conversions (utc_day, attribution, platform, team_id, currency, amount);

-- The adoption funnel counts people by team.
CREATE INDEX users_funnel_ix ON users (team_id, invited_at, activated_at, last_active_at);

-- Erasure clears the person from their links' bot visits link by link (clicks already have clicks_link_ix).
CREATE INDEX bot_visits_link_ix ON bot_visits (link_id);
