ALTER TABLE click_daily DROP CONSTRAINT click_daily_pk;
