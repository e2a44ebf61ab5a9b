package io.herald.api.content.preview;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.herald.api.attribution.sites.Origins;
import io.helidon.config.Config;

/**
 * {@code herald.content.preview}: how long a fetch may take (to connect, in all), how much of a page is read, and the
 * origins that may be fetched although they are local (tests serve their pages on loopback; never set in production).
 */
public record PreviewSettings(Duration connectTimeout, Duration timeout, int maxBytes, List<String> allowedOrigins) {
    public static final int MAX_REDIRECTS = 3;

    public static PreviewSettings from(Config config) {
        Config preview = config.get("herald.content.preview");
        List<String> origins = Arrays.stream(preview.get("allowed-origins").asString().orElse("").split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(origin -> Origins.normalise(origin).orElseThrow(() -> new IllegalStateException(
                        "herald.content.preview.allowed-origins: '" + origin + "' is not an origin such as "
                        + "http://127.0.0.1:8081")))
                .toList();
        return new PreviewSettings(preview.get("connect-timeout").as(Duration.class).orElse(Duration.ofSeconds(3)),
                                   preview.get("timeout").as(Duration.class).orElse(Duration.ofSeconds(10)),
                                   preview.get("max-size").asInt().orElse(1024 * 1024),
                                   origins);
    }
}
