package io.herald.extension.engine;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ranking cases: a small hand-written library in the four languages, where folding, inflection and ties decide the
 * order, and the benchmark's generated library of 10,000 items, where floating-point sums and sorting over many
 * near-equal scores would show any difference between the runtimes.
 */
final class RankCases {

    static final String SMALL = "small";
    static final String LARGE = "large";

    private RankCases() {
    }

    static Map<String, String> libraries() {
        return Map.of(SMALL, small(), LARGE, BenchLibrary.json());
    }

    static List<EngineCase> cases() {
        List<EngineCase> cases = new ArrayList<>();
        List<String> drafts = List.of(
                "Our new battery factory opens in Vaasa",
                "Uusi akkutehtaamme Vaasassa avataan tänään",
                "akkutehdas vaasa",
                "Sommerjobb for studenter i Oslo",
                "Nasza fabryka baterii w Łodzi",
                "nasza fabryka baterii w lodzi",
                "SUMMER TRAINEES WANTED!!! 🚀",
                "hiring engineers engineers engineers",
                "",
                "🎉🎉 https://example.com/only-a-link");
        for (int i = 0; i < drafts.size(); i++) {
            cases.add(EngineCase.of("rank small #" + i + " " + drafts.get(i), "rank", SMALL, drafts.get(i), 5));
        }
        cases.add(EngineCase.of("rank small with limit 1", "rank", SMALL, "battery factory", 1));
        cases.add(EngineCase.of("rank small with limit 0", "rank", SMALL, "battery factory", 0));
        List<String> queries = BenchLibrary.queries();
        for (int i = 0; i < queries.size(); i += 5) {
            cases.add(EngineCase.of("rank large #" + i, "rank", LARGE, queries.get(i), 20));
        }
        return cases;
    }

    private static String small() {
        JsonArray items = new JsonArray();
        items.add(item("en-factory", "Our battery factory in Vaasa opens",
                "The new factory brings 300 jobs to Ostrobothnia.", "energy", "careers"));
        items.add(item("fi-factory", "Akkutehtaamme Vaasassa avautuu",
                "Uusi akkutehdas tuo 300 työpaikkaa Pohjanmaalle.", "energy", "careers"));
        items.add(item("nb-summer", "Sommerjobb for studenter",
                "Vi ansetter studenter til sommeren i Oslo og Bergen.", "students", "careers"));
        items.add(item("pl-factory", "Nasza fabryka baterii w Łodzi",
                "Nowa fabryka w Łodzi zatrudni 200 osób.", "energy"));
        items.add(item("en-summer", "Summer trainees wanted",
                "Apply to our summer trainee programme for engineers.", "students"));
        items.add(item("en-hiring", "We are hiring engineers",
                "Engineers, developers and designers: join us.", "careers"));
        items.add(item("tie-a", "Battery factory", "", "energy"));
        items.add(item("tie-b", "Battery factory", "", "energy"));
        return items.toString();
    }

    private static JsonObject item(String id, String title, String summary, String... topics) {
        JsonArray topicArray = new JsonArray();
        for (String topic : topics) {
            topicArray.add(topic);
        }
        return new JsonObject().add("id", id).add("title", title).add("summary", summary)
                .add("captions", new JsonArray().add(title + ". " + summary)).add("topics", topicArray);
    }
}
