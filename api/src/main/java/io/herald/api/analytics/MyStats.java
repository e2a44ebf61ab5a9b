package io.herald.api.analytics;

import java.time.LocalDate;
import java.util.List;

/** A person's own figures for a period: what they shared, the clicks and conversions their links brought. */
public record MyStats(LocalDate from, LocalDate to, long shares, Summary.Clicks clicks,
                      Summary.Conversions conversions, Summary.GiveToAsk giveToAsk) {

    static MyStats of(Period period, long value, long ask, long otherShares, long clicks, long uniqueClicks,
                      long conversions, List<Summary.Money> money) {
        return new MyStats(period.from(), period.to(), value + ask + otherShares,
                           new Summary.Clicks(clicks, uniqueClicks, 0),
                           new Summary.Conversions(conversions, money),
                           new Summary.GiveToAsk(value, ask, Summary.ratio(value, ask), Summaries.GIVE_TO_ASK_TARGET));
    }
}
