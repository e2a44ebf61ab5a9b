package io.herald.api.attribution;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.herald.api.attribution.bots.BotClassifier;
import io.herald.api.attribution.clicks.ClickJournal;
import io.herald.api.attribution.clicks.ClickWriter;
import io.herald.api.attribution.conversions.ConversionService;
import io.helidon.config.Config;

/**
 * Attribution's configuration ({@code herald.redirect.*}, {@code herald.bots.*}, {@code herald.shares.*},
 * {@code herald.attribution.*}, {@code herald.conversions.*}), read once at start; docs/configuration.md says what each
 * setting does.
 *
 * @param targetRefresh    how often the redirect re-reads link destinations
 * @param unknownCodeTtl   how long an unknown code is answered from memory
 * @param bufferSize       clicks held in memory before they are written
 * @param uniqueCacheSize  (link, visitor of the day) pairs remembered for unique counts
 * @param writer           the click writer's batches, pauses and shutdown
 * @param journal          the click journal; empty when it is turned off
 * @param bots             the project's corrections to the bot list, and its cache
 * @param storeShareText   whether the text of shared posts is kept
 * @param window           how long after a click a conversion is attributed to it
 * @param caps             what a site may report
 */
public record AttributionSettings(Duration targetRefresh,
                                  Duration unknownCodeTtl,
                                  int bufferSize,
                                  int uniqueCacheSize,
                                  ClickWriter.Settings writer,
                                  Optional<ClickJournal.Settings> journal,
                                  BotClassifier.Settings bots,
                                  boolean storeShareText,
                                  Duration window,
                                  ConversionService.Caps caps) {

    /** @param dataDir where the click journal is unless {@code herald.redirect.journal.dir} says otherwise */
    public static AttributionSettings from(Config config, Path dataDir) {
        Config redirect = config.get("herald.redirect");
        Config bots = config.get("herald.bots");
        Config conversions = config.get("herald.conversions");
        return new AttributionSettings(
                duration(redirect, "target-refresh", Duration.ofMinutes(5)),
                duration(redirect, "unknown-code-ttl", Duration.ofSeconds(30)),
                redirect.get("buffer-size").asInt().orElse(100_000),
                redirect.get("unique-cache-size").asInt().orElse(100_000),
                new ClickWriter.Settings(redirect.get("batch-size").asInt().orElse(1_000),
                                         duration(redirect, "flush-interval", Duration.ofMillis(200)),
                                         duration(redirect, "retry-interval", Duration.ofMillis(500)),
                                         duration(redirect, "max-retry-interval", Duration.ofSeconds(15)),
                                         duration(redirect, "shutdown-timeout", Duration.ofSeconds(10))),
                journal(redirect.get("journal"), dataDir),
                new BotClassifier.Settings(bots.get("always-person").asList(String.class).orElse(List.of()),
                                           bots.get("always-bot").asList(String.class).orElse(List.of()),
                                           bots.get("cache-size").asInt().orElse(10_000)),
                config.get("herald.shares.store-text").asBoolean().orElse(false),
                duration(config.get("herald.attribution"), "window", Duration.ofDays(30)),
                new ConversionService.Caps(conversions.get("max-value").asString().map(BigDecimal::new)
                                                   .orElse(new BigDecimal("100000")),
                                           conversions.get("max-per-click-and-type").asInt().orElse(5)));
    }

    private static Optional<ClickJournal.Settings> journal(Config journal, Path dataDir) {
        if (!journal.get("enabled").asBoolean().orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(new ClickJournal.Settings(
                journal.get("dir").asString().map(Path::of).orElseGet(() -> dataDir.resolve("click-journal")),
                journal.get("segment-size").asInt().orElse(8 * 1024 * 1024),
                journal.get("segments").asInt().orElse(16),
                duration(journal, "force-interval", Duration.ofSeconds(1))));
    }

    private static Duration duration(Config config, String key, Duration fallback) {
        return config.get(key).as(Duration.class).orElse(fallback);
    }
}
