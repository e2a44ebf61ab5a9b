package io.herald.api.analytics;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import io.herald.api.auth.CurrentUser;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.dbclient.DbClient;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/me/preferences}: the signed-in person's consent to appear on the leaderboard. */
public final class PreferencesService implements ApiService {
    private final DbClient client;
    private final PreferencesRepository preferences;
    private final JsonBodies bodies;
    private final Clock clock;

    PreferencesService(DbClient client, PreferencesRepository preferences, JsonBodies bodies, Clock clock) {
        this.client = client;
        this.preferences = preferences;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().get("/preferences", this::get)
                .put("/preferences", this::put);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.json(res, preferences.find(client.execute(), CurrentUser.of(req).id()));
    }

    private void put(ServerRequest req, ServerResponse res) {
        CurrentUser user = CurrentUser.of(req);
        PreferencesRequest request = bodies.read(req, PreferencesRequest.class);
        preferences.save(client.execute(), user.id(), request.leaderboard(),
                         clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Responses.json(res, preferences.find(client.execute(), user.id()));
    }
}
