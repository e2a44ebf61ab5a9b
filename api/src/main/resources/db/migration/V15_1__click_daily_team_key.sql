-- click_daily kept one row per day and link, and each visit set its team to the owner's current one, so a team change
-- during a day moved that day's earlier visits to the new team. From here a day has a row per link and team at the
-- time of the visits: team_key is the team id, or 'none' for people in no team (a key column cannot be NULL), as in
-- click_team_daily. V15_2 fills it for the rows there are, V15_3 and V15_4 move the primary key onto it.
ALTER TABLE click_daily ADD team_key VARCHAR2(36 CHAR) DEFAULT 'none' NOT NULL;
