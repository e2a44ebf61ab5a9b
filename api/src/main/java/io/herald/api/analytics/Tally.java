package io.herald.api.analytics;

import java.util.Optional;

/** Figures being added up for one day, platform, team or content item of the summary. */
final class Tally {
    long shares;
    long clicks;
    long uniqueClicks;
    long botVisits;
    long conversions;

    Summary.Breakdown breakdown(String key, Optional<String> name) {
        return new Summary.Breakdown(key, name, shares, clicks, uniqueClicks, botVisits, conversions);
    }
}
