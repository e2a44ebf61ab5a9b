-- Raw clicks keep only what is the click's own (issue 4, redirect throughput). Every click pays for each column and
-- each index of this table on the writer thread, and on H2 a foreign key brings an index of its own, so:
-- - code, user_id, content_id and platform are the link's and are read through link_id (links are never deleted and
--   never change these; erasing an employee detaches their links, which now also detaches their raw clicks, so
--   erasure no longer rewrites clicks);
-- - utc_day is clicked_at's UTC day, and nothing selects raw clicks by day (reports read click_daily);
-- - team_id stays: it is the team at the time of the click, which a later conversion is attributed to;
-- - no foreign key and no index on link_id: link_id always comes from a link the redirect found, and nothing reads raw
--   clicks by link (per-link counts are in click_daily). Conversions find a click by its click_id, the primary key.
ALTER TABLE clicks DROP CONSTRAINT clicks_link_fk;
DROP INDEX clicks_link_ix;
ALTER TABLE clicks DROP COLUMN code;
ALTER TABLE clicks DROP COLUMN user_id;
ALTER TABLE clicks DROP COLUMN content_id;
ALTER TABLE clicks DROP COLUMN platform;
ALTER TABLE clicks DROP COLUMN utc_day;
