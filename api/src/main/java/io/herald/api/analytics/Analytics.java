package io.herald.api.analytics;

import java.time.Clock;
import java.util.List;

import io.herald.api.attribution.Attribution;
import io.herald.api.attribution.PersonalAttribution;
import io.herald.api.db.Database;
import io.herald.api.web.Area;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Routes;

/**
 * The KPIs and a person's own data: {@code /api/v1/analytics}, {@code /api/v1/me/preferences}, {@code /stats},
 * {@code /export} and {@code /data}.
 */
public final class Analytics implements Area {
    private final AnalyticsService summary;
    private final PreferencesService preferences;
    private final MyDataService myData;

    private Analytics(AnalyticsService summary, PreferencesService preferences, MyDataService myData) {
        this.summary = summary;
        this.preferences = preferences;
        this.myData = myData;
    }

    public static Analytics create(Database database, Attribution attribution, JsonBodies bodies, Clock clock) {
        PreferencesRepository preferences = new PreferencesRepository();
        return new Analytics(
                new AnalyticsService(new Summaries(new SummaryRepository(database.plainQueries())), clock),
                new PreferencesService(database.client(), preferences, bodies, clock),
                new MyDataService(database.client(), new PersonalDataRepository(), preferences,
                                  new Erasure(database.client(),
                                              List.of(new PersonalAttribution(database.client(), attribution),
                                                      preferences)),
                                  clock));
    }

    @Override
    public void routes(Routes routes) {
        routes.register("/api/v1/me", preferences, myData)
                .register("/api/v1/analytics", summary);
    }
}
