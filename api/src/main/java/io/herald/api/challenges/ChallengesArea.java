package io.herald.api.challenges;

import java.time.Clock;

import io.herald.api.content.ContentLookup;
import io.herald.api.people.Teams;
import io.herald.api.web.Area;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Routes;
import io.helidon.dbclient.DbClient;

/** Weekly challenges: {@code /api/v1/challenges}. */
public final class ChallengesArea implements Area {
    private final ChallengesService service;

    private ChallengesArea(ChallengesService service) {
        this.service = service;
    }

    public static ChallengesArea create(DbClient client, ContentLookup content, Teams teams, JsonBodies bodies,
                                        Clock clock) {
        return new ChallengesArea(new ChallengesService(Challenges.create(client, content, teams, clock), bodies));
    }

    @Override
    public void routes(Routes routes) {
        routes.register("/api/v1/challenges", service);
    }
}
