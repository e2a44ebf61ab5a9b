-- Challenges by team (io.herald.api.challenges; the table is V13's).
CREATE INDEX challenges_team_ix ON challenges (team_id);
