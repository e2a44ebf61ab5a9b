package io.herald.api.guidelines;

import java.time.Clock;

import io.herald.api.web.Area;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Routes;
import io.helidon.dbclient.DbClient;

/** The tone guidelines, a rule set in versions: {@code /api/v1/guidelines}. */
public final class GuidelinesArea implements Area {
    private final Guidelines guidelines;
    private final GuidelinesService service;

    private GuidelinesArea(Guidelines guidelines, JsonBodies bodies) {
        this.guidelines = guidelines;
        this.service = new GuidelinesService(guidelines, bodies);
    }

    /** @param allowLocalUrls whether rule links may name local or private hosts ({@code herald.content}): tests only */
    public static GuidelinesArea create(DbClient client, boolean allowLocalUrls, JsonBodies bodies, Clock clock) {
        return new GuidelinesArea(Guidelines.create(client, new EngineGuidelineValidator(allowLocalUrls), clock),
                                  bodies);
    }

    @Override
    public void routes(Routes routes) {
        routes.register("/api/v1/guidelines", service);
    }

    /** The current rule set, as the linter reads it. */
    public Guidelines guidelines() {
        return guidelines;
    }
}
