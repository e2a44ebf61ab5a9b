ALTER TABLE click_daily ADD CONSTRAINT click_daily_pk PRIMARY KEY (utc_day, link_id, team_key);
