package io.herald.api.analytics;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import io.herald.api.auth.CurrentUser;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.Responses;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/me/stats}, {@code /export} and {@code /data}: a person's own figures, everything held about them,
 * and the erasure of their shares and of their links' personal attribution. Only ever about the signed-in person.
 */
public final class MyDataService implements ApiService {
    private final DbClient client;
    private final PersonalDataRepository personalData;
    private final PreferencesRepository preferences;
    private final Erasure erasure;
    private final Clock clock;

    MyDataService(DbClient client, PersonalDataRepository personalData, PreferencesRepository preferences,
                  Erasure erasure, Clock clock) {
        this.client = client;
        this.personalData = personalData;
        this.preferences = preferences;
        this.erasure = erasure;
        this.clock = clock;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().get("/stats", this::stats)
                .get("/export", this::export)
                .delete("/data", this::erase);
    }

    private void stats(ServerRequest req, ServerResponse res) {
        CurrentUser user = CurrentUser.of(req);
        Responses.json(res, personalData.stats(client.execute(), user.id(), Period.of(req, clock)));
    }

    private void export(ServerRequest req, ServerResponse res) {
        CurrentUser user = CurrentUser.of(req);
        DbExecute db = client.execute();
        PersonalData data = personalData.export(db, user.id(), preferences.find(db, user.id()),
                                                clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .orElseThrow(() -> ApiException.unauthorized("The signed-in account no longer exists."));
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"herald-my-data.json\"");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, data);
    }

    private void erase(ServerRequest req, ServerResponse res) {
        erasure.erase(CurrentUser.of(req).id());
        Responses.noContent(res);
    }
}
