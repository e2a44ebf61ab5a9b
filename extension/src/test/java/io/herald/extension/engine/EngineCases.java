package io.herald.extension.engine;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.lint.DefaultGuidelines;
import io.herald.common.lint.golden.GoldenCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every case the two runtimes must agree on: the golden lint cases (rendered and as JSON), rule set validation,
 * twitter-text's X length conformance cases, own words and fingerprints, and ranking. The cases beyond the golden
 * ones are there to catch where TeaVM's class library could differ from the JDK's: Unicode tables, regular
 * expressions, Math, number printing and sorting.
 */
final class EngineCases {

    /** The twitter-text sections issue 3 names for X's weighted length. */
    static final List<String> X_LENGTH_SECTIONS = List.of(
            "WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest");

    private EngineCases() {
    }

    static CaseSuite all() {
        List<EngineCase> cases = new ArrayList<>();
        for (Golden golden : golden()) {
            cases.add(golden.lines());
            cases.add(golden.json());
        }
        cases.addAll(validation());
        for (XLength length : xLengths()) {
            cases.add(length.engineCase());
            cases.add(EngineCase.of(length.name() + " on linkedin", "length", length.text(), "linkedin"));
        }
        cases.addAll(similarity());
        cases.addAll(ownWordsPrinting());
        cases.addAll(RankCases.cases());
        return new CaseSuite(cases, RankCases.libraries());
    }

    /** A golden file: its inputs as the JSON text the extension would pass, and the findings it expects. */
    record Golden(String name, String ruleSetJson, String requestJson, String expected) {

        EngineCase lines() {
            return EngineCase.of("golden " + name, "lintLines", ruleSetJson, requestJson);
        }

        EngineCase json() {
            return EngineCase.of("golden " + name + " as JSON", "lint", ruleSetJson, requestJson);
        }
    }

    static List<Golden> golden() {
        List<Golden> cases = new ArrayList<>();
        for (Path file : goldenFiles()) {
            String name = file.getFileName().toString();
            String json = read(file);
            JsonObject root = Json.parse(json).asObject();
            JsonValue ruleSet = root.get("ruleSet");
            String ruleSetJson = ruleSet.isString() && ruleSet.asString().equals("default")
                    ? DefaultGuidelines.json() : ruleSet.toString();
            cases.add(new Golden(name, ruleSetJson, root.get("request").toString(),
                    GoldenCase.parse(name, json).expectedText()));
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("no golden cases in " + EngineFiles.golden());
        }
        return cases;
    }

    private static List<Path> goldenFiles() {
        try (Stream<Path> files = Files.list(EngineFiles.golden())) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the golden cases in " + EngineFiles.golden(), e);
        }
    }

    /** Rule sets the engine must refuse, each with a message naming the rule, and ones it must accept. */
    static List<EngineCase> validation() {
        Map<String, String> ruleSets = new LinkedHashMap<>();
        ruleSets.put("default", DefaultGuidelines.json());
        ruleSets.put("not JSON", "{\"rules\": [");
        ruleSets.put("unknown type", rules("{\"id\": \"a\", \"type\": \"vibes\", \"message\": \"m\"}"));
        ruleSets.put("empty message", rules("{\"id\": \"a\", \"type\": \"existence\", \"message\": \"\","
                + " \"words\": [\"x\"]}"));
        ruleSets.put("missing words", rules("{\"id\": \"a\", \"type\": \"existence\", \"message\": \"m\"}"));
        ruleSets.put("invalid regex", rules("{\"id\": \"a\", \"type\": \"pattern\", \"message\": \"m\","
                + " \"pattern\": \"(unclosed\"}"));
        for (String invalid : List.of("[a-", "*x", "a{3,1}", "x)", "\\\\", "\\\\p{Foo}", "[z-a]")) {
            ruleSets.put("invalid regex " + invalid, rules("{\"id\": \"r\", \"type\": \"pattern\","
                    + " \"message\": \"m\", \"pattern\": " + Json.value(invalid) + "}"));
        }
        ruleSets.put("catastrophic regex", rules("{\"id\": \"a\", \"type\": \"pattern\", \"message\": \"m\","
                + " \"pattern\": \"(a+)+$\"}"));
        ruleSets.put("nested quantifier over words", rules("{\"id\": \"b\", \"type\": \"pattern\","
                + " \"message\": \"m\", \"pattern\": \"(\\\\w+\\\\s?)*x\"}"));
        ruleSets.put("unicode class regex", rules("{\"id\": \"c\", \"type\": \"pattern\", \"message\": \"m\","
                + " \"pattern\": \"\\\\p{Lu}{3,}ÄÖ\"}"));
        ruleSets.put("duplicate id", rules("{\"id\": \"a\", \"type\": \"repetition\", \"message\": \"m\"},"
                + " {\"id\": \"a\", \"type\": \"repetition\", \"message\": \"m\"}"));
        List<EngineCase> cases = new ArrayList<>();
        ruleSets.forEach((name, json) -> cases.add(EngineCase.of("validate " + name, "validateRuleSet", json)));
        cases.add(EngineCase.of("default guidelines", "defaultGuidelines"));
        cases.add(EngineCase.of("lint with an invalid rule set", "lint", ruleSets.get("invalid regex"),
                "{\"text\": \"hi\", \"platform\": \"x\"}"));
        cases.add(EngineCase.of("lint with an invalid request", "lint", DefaultGuidelines.json(),
                "{\"text\": \"hi\", \"platform\": \"myspace\"}"));
        return cases;
    }

    private static String rules(String rules) {
        return "{\"version\": 1, \"rules\": [" + rules + "]}";
    }

    /** One twitter-text conformance case of X's weighted length, with what it expects. */
    record XLength(String name, String text, int weightedLength, boolean valid) {

        EngineCase engineCase() {
            return EngineCase.of(name, "length", text, "x");
        }
    }

    @SuppressWarnings("unchecked")
    static List<XLength> xLengths() {
        Path file = EngineFiles.conformance().resolve("twitter-text/conformance/validate.yml");
        Map<String, Object> tests;
        try (InputStream in = Files.newInputStream(file)) {
            tests = (Map<String, Object>) ((Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromInputStream(in)).get("tests");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<XLength> cases = new ArrayList<>();
        for (String section : X_LENGTH_SECTIONS) {
            List<Map<String, Object>> entries = (List<Map<String, Object>>) tests.get(section);
            for (int i = 0; i < entries.size(); i++) {
                Map<String, Object> entry = entries.get(i);
                Map<String, Object> expected = (Map<String, Object>) entry.get("expected");
                cases.add(new XLength(section + " #" + i + " " + entry.get("description"),
                        (String) entry.get("text"), ((Number) expected.get("weightedLength")).intValue(),
                        (Boolean) expected.get("valid")));
            }
        }
        return cases;
    }

    /** Own words and fingerprints of drafts in the four languages, with accents, emoji and links. */
    static List<EngineCase> similarity() {
        String caption = "Our new battery factory in Vaasa opens today, bringing 300 jobs to the region.";
        String finnish = "Uusi akkutehtaamme avataan tänään Vaasassa ja se tuo alueelle 300 työpaikkaa.";
        List<String[]> pairs = List.of(
                new String[] {caption, caption},
                new String[] {"So proud of the team! " + caption, caption},
                new String[] {"Our NEW battery factory in VAASA opens today, bringing 300 jobs!", caption},
                new String[] {"Olen ylpeä tiimistämme. " + finnish, finnish},
                new String[] {"Uusi akkutehtaamme avataan tanaan Vaasassa 🎉", finnish},
                new String[] {"Vi åpner en ny batterifabrikk i dag, og jeg gleder meg!", "Vi åpner en ny"
                        + " batterifabrikk i dag."},
                new String[] {"Zaczynamy! Nasza nowa fabryka baterii w Vaasie już działa. Źródło: "
                        + "https://example.com/ą", "Nasza nowa fabryka baterii w Vaasie już działa."},
                new String[] {"", caption},
                new String[] {"Completely different words about summer trainees", caption});
        List<EngineCase> cases = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            String[] pair = pairs.get(i);
            JsonArray captions = new JsonArray().add(pair[1]).add(finnish);
            cases.add(EngineCase.of("own words #" + i, "ownWords", pair[0], captions.toString()));
            cases.add(EngineCase.of("fingerprint #" + i, "fingerprint", pair[0]));
        }
        cases.add(EngineCase.of("own words with captions that are not a list", "ownWords", caption, "{}"));
        return cases;
    }

    /**
     * Lint results whose own-words share takes many values, from 0 to 1 and below a thousandth: the browser prints
     * the share with JavaScript's number formatting where that agrees with the JDK's, and the JDK's way elsewhere.
     */
    static List<EngineCase> ownWordsPrinting() {
        String caption = "Our new battery factory in Vaasa opens today bringing three hundred jobs to the region";
        String[] own = "so proud of everyone who made this happen over two long winters and one very short summer"
                .split(" ");
        String ruleSet = "{\"version\":1,\"rules\":[]}";
        List<EngineCase> cases = new ArrayList<>();
        for (int words = 0; words <= own.length; words++) {
            String draft = String.join(" ", Arrays.copyOf(own, words)) + " " + caption;
            cases.add(EngineCase.of("own-words share printed, " + words + " own words", "lint", ruleSet,
                    shareRequest(draft.strip(), caption)));
        }
        cases.add(EngineCase.of("own-words share printed, all own words", "lint", ruleSet,
                shareRequest(String.join(" ", own), caption)));
        // About one word in two thousand of the author's own: a share printed in scientific notation by the JDK.
        String copied = (caption + " ").repeat(130).strip();
        cases.add(EngineCase.of("own-words share printed, one own word in 2,000", "lint", ruleSet,
                shareRequest("Proud " + copied, copied)));
        return cases;
    }

    private static String shareRequest(String draft, String caption) {
        JsonObject item = new JsonObject().add("url", "https://example.com/news/vaasa")
                .add("captions", new JsonArray().add(caption));
        return new JsonObject().add("text", draft).add("platform", "linkedin").add("language", "en")
                .add("item", item).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
