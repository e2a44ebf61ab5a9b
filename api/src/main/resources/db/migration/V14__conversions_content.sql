-- The KPI summary's content table counts attributed conversions per item, so the covering index its conversions
-- query reads through (V5) gains content_id at the end: the query still never reads the table itself.
DROP INDEX conversions_report_ix;
CREATE INDEX conversions_report_ix ON conversions (utc_day, attribution, platform, team_id, currency, amount,
                                                   content_id);
