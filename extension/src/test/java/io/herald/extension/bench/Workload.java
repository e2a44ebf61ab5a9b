package io.herald.extension.bench;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The benchmark's inputs, issue 3's "Speed": a 3,000-character multilingual draft, a company rule set of 100 rules of
 * every type, and a library of 10,000 items in English, Finnish, Norwegian and Polish, with drafts to rank it
 * against. Generated from a fixed seed, so every run and both runtimes see the very same text.
 */
public record Workload(String ruleSetJson, String requestJson, String shortRequestJson, String draft,
        String libraryJson, List<String> queries, List<String> referenceWords) {

    static final int DRAFT_LENGTH = 3_000;
    /** A post for X: the draft's first 280 characters, to see how the lint's time follows the draft's length. */
    static final int SHORT_DRAFT_LENGTH = 280;
    static final int RULES = 100;
    static final int LIBRARY_ITEMS = 10_000;
    static final int QUERIES = 50;
    private static final long SEED = 20_261_124L;

    private static final String ITEM_URL = "https://news.example.com/2026/battery-factory-opens";
    private static final String TRACKED_PREFIX = "https://go.example.com/";

    public static Workload generate() {
        Random random = new Random(SEED);
        List<String> clients = clientNames(random);
        String caption = caption(random);
        String draft = draft(random, clients, caption);
        return new Workload(ruleSet(random, clients), request(draft, "linkedin", caption),
                request(draft.substring(0, SHORT_DRAFT_LENGTH), "x", caption), draft, library(random),
                queries(random), pickReferenceWords());
    }

    /** Names of clients and projects an admin would list as confidential, some of them to be caught inflected. */
    private static List<String> clientNames(Random random) {
        List<String> names = new ArrayList<>();
        String[] stems = {"Acme", "Borealis", "Kivi", "Nordlys", "Wisła", "Tundra", "Aurora", "Fjord", "Sampo",
            "Halny", "Polaris", "Vakka", "Skagen", "Mazury", "Kaleva", "Lofoten", "Tatra", "Saimaa", "Troll", "Odra"};
        String[] suffixes = {"", " Oy", " AS", " Sp. z o.o.", " Labs", " Project", " Cloud", " Energy"};
        for (int i = 0; i < 160; i++) {
            names.add(stems[i % stems.length] + (i < stems.length ? "" : suffixes[random.nextInt(suffixes.length)]
                    + " " + (char) ('A' + random.nextInt(26)) + random.nextInt(100)));
        }
        return names;
    }

    private static String caption(Random random) {
        return "Our new battery factory in Vaasa opens today: " + Vocabulary.words(random, "en", 30) + ".";
    }

    /** A long LinkedIn post mixing languages, with something for most rules to find. */
    private static String draft(Random random, List<String> clients, String caption) {
        StringBuilder text = new StringBuilder(caption).append("\n\n");
        int sentence = 0;
        while (text.length() < DRAFT_LENGTH) {
            String language = Vocabulary.LANGUAGES.get(sentence % Vocabulary.LANGUAGES.size());
            String words = Vocabulary.words(random, language, 8 + random.nextInt(12));
            text.append(Character.toUpperCase(words.charAt(0))).append(words.substring(1));
            switch (sentence % 9) {
                case 0 -> text.append(" with ").append(clients.get(random.nextInt(20))).append("issa");
                case 1 -> text.append(" #").append(Vocabulary.pick(random, Vocabulary.TOPICS));
                case 2 -> text.append(" @").append(Vocabulary.word(random, "en")).append("_team");
                case 3 -> text.append(' ').append(Vocabulary.pick(random, Vocabulary.EMOJI));
                case 4 -> text.append(" leverage synergies going forward");
                case 5 -> text.append(" AMAZING NEWS");
                case 6 -> text.append(" the the");
                case 7 -> text.append(' ').append(ITEM_URL);
                default -> text.append(" call +358 40 123 4567");
            }
            text.append(sentence % 5 == 4 ? "!\n" : ". ");
            sentence++;
        }
        return text.substring(0, DRAFT_LENGTH - 10) + " #employee";
    }

    private static String request(String draft, String platform, String caption) {
        JsonObject item = new JsonObject()
                .add("url", ITEM_URL)
                .add("captions", new JsonArray().add(caption))
                .add("trackedLink", TRACKED_PREFIX + "k3x9");
        return new JsonObject()
                .add("text", draft)
                .add("platform", platform)
                .add("language", "fi")
                .add("item", item)
                .add("approvedUrls", new JsonArray().add(ITEM_URL))
                .add("retiredUrls", new JsonArray().add("https://news.example.com/2024/old-campaign"))
                .add("trackedLinks", new JsonArray().add(TRACKED_PREFIX))
                .toString();
    }

    /**
     * 100 rules, shaped like a large company's: mostly confidential names and preferred wording, then one or two of
     * every other type.
     */
    private static String ruleSet(Random random, List<String> clients) {
        JsonArray rules = new JsonArray();
        for (int i = 0; i < 40; i++) {
            JsonArray words = new JsonArray();
            for (int w = 0; w < 4; w++) {
                words.add(clients.get((i * 4 + w) % clients.size()));
            }
            rules.add(rule("client-" + i, "existence", "warning", "\"%s\" is confidential; name the work, not the"
                    + " client.").add("words", words).add("prefix", i % 2 == 0));
        }
        for (int i = 0; i < 20; i++) {
            JsonObject swap = new JsonObject();
            for (int w = 0; w < 5; w++) {
                String language = Vocabulary.LANGUAGES.get((i + w) % 4);
                swap.add(Vocabulary.word(random, language) + " " + Vocabulary.word(random, language) + " x" + i + w,
                        Vocabulary.word(random, language));
            }
            if (i == 0) {
                swap.add("leverage synergies", "work together").add("going forward", "from now on");
            }
            rules.add(rule("wording-" + i, "substitution", "suggestion", "Try \"{replacement}\" for \"%s\".")
                    .add("swap", swap));
        }
        String[] counts = {"hashtags", "mentions", "exclamations", "emoji", "links"};
        for (int i = 0; i < 8; i++) {
            rules.add(rule("count-" + i, "occurrence", "suggestion", "{count} is a lot.")
                    .add("count", counts[i % counts.length]).add("max", 2 + i));
        }
        for (int i = 0; i < 2; i++) {
            rules.add(rule("disclose-" + i, "disclosure", "warning", "Say you work here, e.g. {form}.")
                    .add("forms", new JsonArray().add("#employee").add("#työntekijä").add("#ansatt")
                            .add("#pracownik").add("I work at Example")));
        }
        rules.add(rule("shouting", "shouting", "suggestion", "\"%s\" reads as shouting."));
        rules.add(rule("shouting-strict", "shouting", "suggestion", "\"%s\" in capitals.").add("maxPercent", 5));
        rules.add(rule("length-x", "length", "warning", "{over} over {max}.")
                .add("platforms", new JsonArray().add("x")));
        rules.add(rule("length-linkedin", "length", "warning", "{over} over {max}.")
                .add("platforms", new JsonArray().add("linkedin")));
        rules.add(rule("own-words", "own-words", "suggestion", "About {percent} % is your own words."));
        rules.add(rule("own-words-strict", "own-words", "suggestion", "Only {percent} % is yours.")
                .add("minPercent", 60));
        for (int i = 0; i < 4; i++) {
            rules.add(rule("repeat-" + i, "repetition", "warning", "\"{word}\" twice in a row."));
        }
        for (int i = 0; i < 4; i++) {
            rules.add(rule("link-" + i, "link", "suggestion", "Use {trackedLink}.")
                    .add("retiredMessage", "This item has been retired."));
        }
        String[] patterns = {"\\+?\\d{3} \\d{2} \\d{3} \\d{4}", "confidential", "internal only", "NDA",
            "\\d{4}-\\d{2}-\\d{2}", "q[1-4] (results|numbers)", "salar(y|ies)", "layoffs?", "merger",
            "acquisition", "[A-Z]{2}-\\d{4}", "password", "roadmap 20\\d\\d", "beta", "secret", "tajne"};
        for (int i = 0; i < 16; i++) {
            rules.add(rule("pattern-" + i, "pattern", "warning", "\"%s\" may be internal.")
                    .add("pattern", patterns[i]));
        }
        return new JsonObject().add("version", 1).add("rules", rules).toString();
    }

    private static JsonObject rule(String id, String type, String level, String message) {
        JsonObject messages = new JsonObject().add("en", message).add("fi", message + " (fi)")
                .add("nb", message + " (nb)").add("pl", message + " (pl)");
        return new JsonObject().add("id", id).add("type", type).add("level", level).add("message", messages);
    }

    /** The library: title, summary, captions and topics, each item in one language. */
    private static String library(Random random) {
        JsonArray items = new JsonArray();
        for (int i = 0; i < LIBRARY_ITEMS; i++) {
            String language = Vocabulary.LANGUAGES.get(random.nextInt(Vocabulary.LANGUAGES.size()));
            JsonArray captions = new JsonArray();
            for (int c = 1 + random.nextInt(3); c > 0; c--) {
                captions.add(Vocabulary.words(random, language, 15 + random.nextInt(15)));
            }
            JsonArray topics = new JsonArray();
            for (int t = 2 + random.nextInt(3); t > 0; t--) {
                topics.add(Vocabulary.pick(random, Vocabulary.TOPICS));
            }
            items.add(new JsonObject()
                    .add("id", "item-" + i)
                    .add("title", Vocabulary.words(random, language, 4 + random.nextInt(6)))
                    .add("summary", Vocabulary.words(random, language, 20 + random.nextInt(20)))
                    .add("captions", captions)
                    .add("topics", topics));
        }
        return items.toString();
    }

    /** What an employee has typed so far: one to three sentences, in any of the languages. */
    private static List<String> queries(Random random) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String language = Vocabulary.LANGUAGES.get(i % Vocabulary.LANGUAGES.size());
            queries.add(Vocabulary.words(random, language, 10 + random.nextInt(30)));
        }
        return queries;
    }

    /** The words the reference operation looks for in the draft: 25 of each language, as many as the rules. */
    private static List<String> pickReferenceWords() {
        List<String> words = new ArrayList<>();
        for (String language : Vocabulary.LANGUAGES) {
            words.addAll(Vocabulary.words(language).subList(0, RULES / Vocabulary.LANGUAGES.size()));
        }
        return words;
    }

    /** Counts the occurrences of every reference word in the draft with String.indexOf, as bench-common.mjs does. */
    int referenceScan() {
        int count = 0;
        for (String word : referenceWords) {
            for (int at = draft.indexOf(word); at >= 0; at = draft.indexOf(word, at + 1)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The rule set split by rule type, plus {@code "none"} with no rule at all, to see where a lint's time goes: the
     * lint of each against the same draft, less the lint with no rules (parsing the request, measuring the length
     * and the own-words share, writing the JSON), is what those rules cost. Sorted by type.
     */
    public Map<String, String> ruleSetsByType() {
        Map<String, JsonArray> byType = new TreeMap<>();
        byType.put("none", new JsonArray());
        for (JsonValue rule : Json.parse(ruleSetJson).asObject().get("rules").asArray()) {
            byType.computeIfAbsent(rule.asObject().getString("type", "?"), type -> new JsonArray()).add(rule);
        }
        Map<String, String> ruleSets = new LinkedHashMap<>();
        byType.forEach((type, rules) -> ruleSets.put(type + " x" + rules.size(),
                new JsonObject().add("version", 1).add("rules", rules).toString()));
        return ruleSets;
    }

    /** The workload as one JSON document, for the browser page. */
    String toJson() {
        JsonArray queryArray = new JsonArray();
        queries.forEach(queryArray::add);
        JsonObject byType = new JsonObject();
        ruleSetsByType().forEach(byType::add);
        JsonArray wordArray = new JsonArray();
        referenceWords.forEach(wordArray::add);
        return new JsonObject()
                .add("ruleSet", ruleSetJson)
                .add("request", requestJson)
                .add("shortRequest", shortRequestJson)
                .add("draft", draft)
                .add("library", libraryJson)
                .add("queries", queryArray)
                .add("referenceWords", wordArray)
                .add("ruleSetsByType", byType)
                .toString();
    }
}
