-- The KPI summary's content table counts attributed conversions per item, so the covering index its conversions
-- query reads through (V5) gains content_id at the end: the query still never reads the table itself.
DROP INDEX conversions_report_ix;
