package io.herald.api.attribution.bots;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/** isbot's own fixtures (shared/conformance/isbot), every entry: crawlers are bots, browsers are people. */
class BotClassifierTest {
    private final BotClassifier classifier = BotClassifier.create(BotClassifier.Settings.DEFAULTS);

    @Test
    void everyCrawlerAndPreviewFetcherIsABot() throws IOException {
        List<String> crawlers = userAgents("crawlers.yml", false);
        assertThat(crawlers.size(), is(626));
        List<String> missed = crawlers.stream().filter(ua -> !classifier.isBot(ua)).toList();
        assertThat(missed, is(empty()));
    }

    @Test
    void everyBrowserOutsideTheAmbiguousSectionsIsAPerson() throws IOException {
        List<String> browsers = userAgents("browsers.yml", true);
        assertThat(browsers.size(), is(520));
        List<String> flagged = browsers.stream().filter(classifier::isBot).toList();
        assertThat(flagged, is(empty()));
    }

    @Test
    void anEmptyOrMissingUserAgentIsABot() {
        assertThat(classifier.isBot(""), is(true));
        assertThat(classifier.isBot("   "), is(true));
        assertThat(classifier.isBot(null), is(true));
    }

    @Test
    void theCommonLinkPreviewFetchersAreBots() {
        for (String ua : List.of(
                "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
                "Twitterbot/1.0",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "WhatsApp/2.23.20.0 A",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
                "TelegramBot (like TwitterBot)")) {
            assertThat(ua, classifier.isBot(ua), is(true));
        }
    }

    @Test
    void theProjectsCorrectionsWinOverTheLibrary() {
        String chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/126.0.0.0 Safari/537.36";
        String kiosk = "KioskBrowser/2.1 (Linux; Android 12) SomeServer";
        BotClassifier corrected = new BotClassifier(Pattern.compile("server", Pattern.CASE_INSENSITIVE), "test",
                                                    List.of("KioskBrowser/"), List.of("Chrome/126"), 10);
        assertThat(corrected.isBot(kiosk), is(false));
        assertThat(corrected.isBot(chrome), is(true));
    }

    @Test
    void theCacheIsBoundedAndKeepsDeciding() {
        BotClassifier small = new BotClassifier(Pattern.compile("bot", Pattern.CASE_INSENSITIVE), "test",
                                                List.of(), List.of(), 2);
        for (int i = 0; i < 10; i++) {
            assertThat(small.isBot("agent " + i), is(false));
            assertThat(small.isBot("robot " + i), is(true));
        }
        assertThat(small.cachedDecisions(), is(2));
    }

    /** Every user agent of a fixture file: a map of product name to user agents; {@code ZZZ} keys are ambiguous. */
    @SuppressWarnings("unchecked")
    private static List<String> userAgents(String file, boolean skipAmbiguous) throws IOException {
        Path path = Path.of(System.getProperty("herald.conformance"), "isbot", file);
        try (Reader reader = Files.newBufferedReader(path)) {
            Map<String, List<String>> sections = (Map<String, List<String>>) new Load(LoadSettings.builder().build())
                    .loadFromReader(reader);
            List<String> agents = new ArrayList<>();
            sections.forEach((name, list) -> {
                if (!(skipAmbiguous && name.startsWith("ZZZ"))) {
                    agents.addAll(list);
                }
            });
            return agents;
        }
    }
}
