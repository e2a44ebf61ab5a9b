package io.herald.api.attribution.bots;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.herald.api.web.Json;

/**
 * Decides whether a user agent is a bot (crawler, link-preview fetcher, monitor, script) or a person's browser.
 *
 * <p>The decision is isbot's: its pattern list joined into one case-insensitive regular expression, as isbot itself
 * does. That regex costs about 0.1 ms for a browser user agent (hundreds of alternatives tried at every position),
 * while a click stream repeats a few hundred user agents, so decisions are kept in a bounded LRU cache. The project's
 * corrections ({@code bot-corrections.json} plus {@code herald.bots.always-person} / {@code herald.bots.always-bot})
 * win over the library, for the few agents it gets wrong here. A missing or blank user agent is a bot.
 */
public final class BotClassifier {
    private static final String PATTERNS = "isbot-patterns.json";
    private static final String CORRECTIONS = "bot-corrections.json";

    private final Pattern library;
    private final String libraryVersion;
    private final List<String> alwaysPerson;
    private final List<String> alwaysBot;
    private final Map<String, Boolean> decisions;

    BotClassifier(Pattern library, String libraryVersion, List<String> alwaysPerson, List<String> alwaysBot,
                  int cacheSize) {
        this.library = library;
        this.libraryVersion = libraryVersion;
        this.alwaysPerson = lowerCase(alwaysPerson);
        this.alwaysBot = lowerCase(alwaysBot);
        this.decisions = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /**
     * The project's own corrections ({@code herald.bots}) and how many decisions are cached.
     *
     * @param alwaysPerson user-agent fragments always counted as people
     * @param alwaysBot    user-agent fragments always counted as bots
     * @param cacheSize    user-agent decisions cached
     */
    public record Settings(List<String> alwaysPerson, List<String> alwaysBot, int cacheSize) {
        /** No corrections beyond the bundled ones. */
        public static final Settings DEFAULTS = new Settings(List.of(), List.of(), 10_000);
    }

    /** The classifier with the bundled isbot list, the bundled corrections and those of the settings. */
    public static BotClassifier create(Settings settings) {
        PatternList patterns = read(PATTERNS, PatternList.class);
        Corrections bundled = read(CORRECTIONS, Corrections.class);
        List<String> person = new ArrayList<>(bundled.alwaysPerson());
        List<String> bot = new ArrayList<>(bundled.alwaysBot());
        person.addAll(settings.alwaysPerson());
        bot.addAll(settings.alwaysBot());
        return new BotClassifier(patterns.compile(), patterns.version(), person, bot, settings.cacheSize());
    }

    public boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        synchronized (decisions) {
            Boolean known = decisions.get(userAgent);
            if (known != null) {
                return known;
            }
        }
        boolean bot = decide(userAgent);
        synchronized (decisions) {
            decisions.put(userAgent, bot);
        }
        return bot;
    }

    int cachedDecisions() {
        synchronized (decisions) {
            return decisions.size();
        }
    }

    /** The isbot release the patterns come from, for the README and diagnostics. */
    public String libraryVersion() {
        return libraryVersion;
    }

    private boolean decide(String userAgent) {
        String lower = userAgent.toLowerCase(Locale.ROOT);
        for (String fragment : alwaysBot) {
            if (lower.contains(fragment)) {
                return true;
            }
        }
        for (String fragment : alwaysPerson) {
            if (lower.contains(fragment)) {
                return false;
            }
        }
        return library.matcher(userAgent).find();
    }

    private static List<String> lowerCase(List<String> fragments) {
        return fragments.stream().map(f -> f.toLowerCase(Locale.ROOT)).filter(f -> !f.isBlank()).toList();
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = BotClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " next to " + BotClassifier.class);
            }
            return Json.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The generated file: isbot's pattern list and where it came from. */
    record PatternList(String library, String version, String license, List<String> patterns) {
        Pattern compile() {
            // isbot builds new RegExp(list.join("|"), "i"); every pattern is valid in java.util.regex too.
            return Pattern.compile(String.join("|", patterns), Pattern.CASE_INSENSITIVE);
        }
    }

    /** Case-insensitive fragments of user agents that the library classifies wrongly for Herald. */
    record Corrections(List<String> alwaysPerson, List<String> alwaysBot) {
        Corrections {
            alwaysPerson = alwaysPerson == null ? List.of() : List.copyOf(alwaysPerson);
            alwaysBot = alwaysBot == null ? List.of() : List.copyOf(alwaysBot);
        }
    }
}
