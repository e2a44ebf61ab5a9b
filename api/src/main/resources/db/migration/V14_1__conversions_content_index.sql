-- V14 dropped the KPI summary's covering index of conversions; here it comes back with content_id at the end.
CREATE INDEX conversions_report_ix ON conversions (utc_day, attribution, platform, team_id, currency, amount,
                                                   content_id);
