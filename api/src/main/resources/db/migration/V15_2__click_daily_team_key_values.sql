UPDATE click_daily SET team_key = team_id WHERE team_id IS NOT NULL;
