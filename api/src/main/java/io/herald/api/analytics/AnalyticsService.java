package io.herald.api.analytics;

import java.time.Clock;

import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.Responses;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/analytics}: the programme's KPIs, for admins. */
public final class AnalyticsService implements ApiService {
    private final Summaries summaries;
    private final Clock clock;

    AnalyticsService(Summaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.admin().get("/summary", this::summary);
    }

    private void summary(ServerRequest req, ServerResponse res) {
        Responses.json(res, summaries.summary(SummaryFilter.of(req, clock)));
    }
}
