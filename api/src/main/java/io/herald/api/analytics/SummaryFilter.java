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
}
