package io.herald.api.analytics;

import java.time.Clock;

import io.herald.api.auth.Access;
import io.herald.api.web.Responses;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/analytics}: the programme's KPIs, for admins. */
public final class AnalyticsService implements HttpService {
    private final Summaries summaries;
    private final Clock clock;

    AnalyticsService(Summaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/summary", this::summary);
    }

    private void summary(ServerRequest req, ServerResponse res) {
        Access.admin(req);
        Responses.json(res, summaries.summary(SummaryFilter.of(req, clock)));
    }
}
