package io.herald.api.attribution.clicks;

import java.util.List;

/** Where the writer stores a batch of visits: all of them or, by throwing, none (one transaction). */
@FunctionalInterface
public interface ClickSink {
    void write(List<Visit> batch);
}
