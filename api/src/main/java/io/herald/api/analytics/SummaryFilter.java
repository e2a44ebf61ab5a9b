package io.herald.api.analytics;

import java.time.Clock;
import java.util.Optional;

import io.herald.api.web.Choice;
import io.herald.api.web.QueryParams;
import io.herald.common.platform.Platform;
import io.helidon.webserver.http.ServerRequest;

/** What the summary covers: a period, and optionally one team and one platform. */
public record SummaryFilter(Period period, Optional<String> teamId, Optional<Platform> platform) {

    public static SummaryFilter of(ServerRequest req, Clock clock) {
        Period period = Period.of(req, clock);
        Optional<String> team = QueryParams.text(req, "team", 36);
        Optional<Platform> platform = Choice.query(req, Platform.class, "platform");
        return new SummaryFilter(period, team, platform);
    }

    /** The bind values every summary statement starts with (see statements/analytics.yaml). */
    Object[] parameters() {
        String team = teamId.orElse(null);
        String platformId = platform.map(Platform::id).orElse(null);
        return new Object[] {period.firstDay(), period.lastDay(), team, team, platformId, platformId};
    }

    /** The bind values of the summary-team-* statements, read only with a team: team, days, platform twice. */
    Object[] teamParameters() {
        String platformId = platform.map(Platform::id).orElse(null);
        return new Object[] {teamId.orElseThrow(), period.firstDay(), period.lastDay(), platformId, platformId};
    }
}
