package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.text.Scratch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Drafts that take over the work arrays of the drafts before them (as the engine in the browser does, see
 * {@link Scratch}) give exactly the results of drafts with arrays of their own, whatever came before: longer or
 * shorter texts, more or fewer words, folds and phrase candidates.
 */
class RecycledDraftTest {

    private static final RuleSet RULES = RuleSet.parse(rules());

    @Test
    void aRecycledDraftLintsAsAFreshOne() {
        List<String> texts = texts();
        Scratch scratch = Scratch.recycling();
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                LintRequest request = LintRequestJson.read(request(text));
                Draft fresh = new Draft(request);
                Draft recycled = new Draft(request, scratch);
                assertEquals(LintResultJson.write(fresh, RULES.lint(fresh)),
                             LintResultJson.write(recycled, RULES.lint(recycled)), text);
            }
            Collections.reverse(texts);
        }
    }

    /** Drafts of every length up to a LinkedIn post, with the words and signs the rules below look for. */
    private static List<String> texts() {
        String[] pieces = {"Acme", "ACME", "acmes", "Äänestä", "äänestä", "Nokia's", "Nokian", "very", "very",
            "unique", "synergy", "leverage", "#ad", "#employee", "@herald", "https://acme.com/news/helsinki",
            "https://go.example.com/r/Ab3dEf9hIj", "WOW", "AMAZING", "!!", "🎉", "naïve", "Straße", "x", "the", "the",
            "Project Falcon", "falcon", "I work at Acme", "100%", "guaranteed", "\n", "-", "—"};
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int length : new int[] {3000, 40, 900, 5, 2500, 0, 300, 3000, 120, 1500, 60}) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? ". " : " ");
            }
            texts.add(text.substring(0, Math.min(length, text.length())));
        }
        return texts;
    }

    private static JsonObject request(String text) {
        return new JsonObject().add("text", text).add("platform", "linkedin").add("language", "en")
                .add("item", new JsonObject().add("url", "https://acme.com/news/helsinki")
                        .add("captions", new JsonArray().add("Acme opens a new office in Helsinki today")));
    }

    /** The default guidelines and phrase and pattern rules, case-sensitive and not. */
    private static String rules() {
        JsonObject set = Json.parse(DefaultGuidelines.json()).asObject();
        JsonArray rules = set.get("rules").asArray();
        rules.add(rule("clients", "existence").add("words", new JsonArray().add("Acme").add("Project Falcon")
                .add("Nokia")).add("prefix", true));
        rules.add(rule("vote", "existence").add("words", new JsonArray().add("äänestä")));
        rules.add(rule("promise", "pattern").add("pattern", "\\bguarantee[ds]?\\b|\\b100 ?%"));
        rules.add(rule("caps", "pattern").add("pattern", "[A-Z]{3,}").add("ignoreCase", false));
        rules.add(rule("falcon", "pattern").add("pattern", "falcon").add("ignoreCase", true));
        return set.toString();
    }

    private static JsonObject rule(String id, String type) {
        return new JsonObject().add("id", id).add("type", type).add("level", "warning").add("message", "About %s.");
    }
}
