-- KPI speed (issue 4): the summary of a period reads daily rollups of shares and guideline findings, and a copy-paste
-- flag decided when a share is recorded, instead of grouping, joining and comparing the period's raw shares on every
-- request. The rollups are kept by attribution.shares.ShareRepository in the share's own transaction (and undone by
-- erasure); the rows below are filled from the shares already recorded. See api/README.md "Staying fast".
-- Like click_team_daily, the rollups keep the team and platform recorded on each share (values at the time of the
-- share) and hold no person.

-- copied: 1 when another employee posted a share of the same content item whose fingerprint is the same or a near
-- duplicate (io.herald.common.similarity.Fingerprint.nearDuplicate); set on both shares when the second is recorded.
ALTER TABLE shares ADD copied NUMBER(1) DEFAULT 0 NOT NULL;
ALTER TABLE shares ADD CONSTRAINT shares_copied_ck CHECK (copied IN (0, 1));

-- Shares per day, team and platform (team_key: the team id, or 'none'), with how many carry a fingerprint and how
-- many of those are copied: the totals, the daily series, the platform and team breakdowns and the copy-paste rate.
CREATE TABLE share_team_daily (
    utc_day        NUMBER(8) NOT NULL,
    team_key       VARCHAR2(36 CHAR) NOT NULL,
    platform       VARCHAR2(16 CHAR) NOT NULL,
    shares         NUMBER(19) NOT NULL,
    fingerprinted  NUMBER(19) NOT NULL,
    copied         NUMBER(19) NOT NULL,
    CONSTRAINT share_team_daily_pk PRIMARY KEY (utc_day, team_key, platform)
);

-- Shares per day, content item and platform: top content and the give-to-ask balance (the item's kind is read when
-- the summary is made, as before).
CREATE TABLE share_content_daily (
    utc_day     NUMBER(8) NOT NULL,
    content_id  VARCHAR2(36 CHAR) NOT NULL,
    platform    VARCHAR2(16 CHAR) NOT NULL,
    shares      NUMBER(19) NOT NULL,
    CONSTRAINT share_content_daily_pk PRIMARY KEY (utc_day, content_id, platform)
);

-- Guideline findings per day, rule and platform: hits, and shares on which the rule fired.
CREATE TABLE finding_daily (
    utc_day   NUMBER(8) NOT NULL,
    rule_id   VARCHAR2(100 CHAR) NOT NULL,
    platform  VARCHAR2(16 CHAR) NOT NULL,
    hits      NUMBER(19) NOT NULL,
    shares    NUMBER(19) NOT NULL,
    CONSTRAINT finding_daily_pk PRIMARY KEY (utc_day, rule_id, platform)
);

-- One row per content item whose fingerprinted shares were compared. Recording a fingerprinted share (and erasing
-- one) first locks its item's row, so two shares of one item are compared one after the other and a copy posted at
-- the same moment as its original is still found. comparisons counts the locks taken (an update is what locks the row).
CREATE TABLE share_copy_locks (
    content_id   VARCHAR2(36 CHAR) PRIMARY KEY,
    comparisons  NUMBER(19) NOT NULL
);

-- Range reads through covering indexes: H2 otherwise looks every row of a composite primary key up in the table,
-- which costs more than the rollup saves (a 90-day read of click_content_daily: about 120 ms through the primary key,
-- 20 ms through the index).
CREATE INDEX share_team_daily_report_ix ON share_team_daily (utc_day, platform, team_key, shares, fingerprinted, copied);
CREATE INDEX share_content_daily_report_ix ON share_content_daily (utc_day, platform, content_id, shares);
CREATE INDEX finding_daily_report_ix ON finding_daily (utc_day, platform, rule_id, hits, shares);
CREATE INDEX click_team_daily_report_ix
    ON click_team_daily (utc_day, platform, team_key, clicks, unique_clicks, bot_visits);
CREATE INDEX click_content_daily_report_ix ON click_content_daily (utc_day, platform, content_id, clicks, unique_clicks);

-- A person's click_daily rows with their counts (the contributors' clicks, /me/stats), same leading columns as before.
DROP INDEX click_daily_user_ix;
CREATE INDEX click_daily_user_ix ON click_daily (user_id, utc_day, platform, clicks, unique_clicks);

-- A person's shares by time with what the ranking of contributors and the funnel filter on.
DROP INDEX shares_user_ix;
CREATE INDEX shares_user_ix ON shares (user_id, posted_at, platform, team_id);

-- With a team filter, what the rollups do not split by team (content, give-to-ask, rules) is read from the team's
-- shares.
CREATE INDEX shares_team_report_ix ON shares (team_id, utc_day, platform, content_id, id);

-- Copy-paste is no longer computed from the period's fingerprints.
DROP INDEX shares_fingerprint_report_ix;

-- The copy-paste flags of the shares already recorded, by the rule ShareRepository applies (attribution.shares.Copies):
-- another employee's share of the same item has the same fingerprint, or both are 64 hexadecimal digits and differ in
-- at most 16 of their 32 two-digit slots (case ignored). The slots come from a scratch table.
CREATE TABLE v6_fingerprint_slots (
    slot  NUMBER(2) PRIMARY KEY
);
INSERT INTO v6_fingerprint_slots (slot)
SELECT a.n * 8 + b.n
FROM (SELECT 0 AS n FROM DUAL UNION ALL SELECT 1 FROM DUAL UNION ALL SELECT 2 FROM DUAL UNION ALL SELECT 3 FROM DUAL) a,
     (SELECT 0 AS n FROM DUAL UNION ALL SELECT 1 FROM DUAL UNION ALL SELECT 2 FROM DUAL UNION ALL SELECT 3 FROM DUAL
      UNION ALL SELECT 4 FROM DUAL UNION ALL SELECT 5 FROM DUAL UNION ALL SELECT 6 FROM DUAL
      UNION ALL SELECT 7 FROM DUAL) b;

UPDATE shares s SET copied = 1
WHERE s.fingerprint IS NOT NULL
  AND EXISTS (
      SELECT 1 FROM shares o
      WHERE o.content_id = s.content_id AND o.user_id <> s.user_id AND o.fingerprint IS NOT NULL
        AND (o.fingerprint = s.fingerprint
             OR (LENGTH(s.fingerprint) = 64 AND LENGTH(o.fingerprint) = 64
                 AND TRANSLATE(LOWER(s.fingerprint), '0123456789abcdef', '0000000000000000') = RPAD('0', 64, '0')
                 AND TRANSLATE(LOWER(o.fingerprint), '0123456789abcdef', '0000000000000000') = RPAD('0', 64, '0')
                 AND (SELECT COUNT(*) FROM v6_fingerprint_slots k
                      WHERE SUBSTR(LOWER(s.fingerprint), 2 * k.slot + 1, 2)
                            = SUBSTR(LOWER(o.fingerprint), 2 * k.slot + 1, 2)) >= 16)));

DROP TABLE v6_fingerprint_slots;

INSERT INTO share_team_daily (utc_day, team_key, platform, shares, fingerprinted, copied)
SELECT utc_day, COALESCE(team_id, 'none'), platform, COUNT(*), COUNT(fingerprint), SUM(copied)
FROM shares
GROUP BY utc_day, COALESCE(team_id, 'none'), platform;

INSERT INTO share_content_daily (utc_day, content_id, platform, shares)
SELECT utc_day, content_id, platform, COUNT(*)
FROM shares
GROUP BY utc_day, content_id, platform;

INSERT INTO finding_daily (utc_day, rule_id, platform, hits, shares)
SELECT s.utc_day, f.rule_id, s.platform, SUM(f.hits), COUNT(*)
FROM share_findings f JOIN shares s ON s.id = f.share_id
GROUP BY s.utc_day, f.rule_id, s.platform;
