package io.herald.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.lint.DefaultGuidelines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON the exported functions exchange with JavaScript, checked on the JVM. */
class EngineExportsTest {

    private static final String CAPTION = "Our new battery factory in Vaasa opens today, bringing 300 jobs to the"
            + " region.";

    private static String request(String text, String platform) {
        return new JsonObject().add("text", text).add("platform", platform).add("language", "en")
                .add("item", new JsonObject().add("url", "https://news.example.com/factory")
                        .add("captions", new JsonArray().add(CAPTION)))
                .add("approvedUrls", new JsonArray().add("https://news.example.com/factory"))
                .toString();
    }

    @Test
    void lintGivesFindingsLengthAndOwnWordsAsTheApiDoes() {
        String draft = CAPTION + " https://news.example.com/factory";
        JsonObject result = Json.parse(EngineExports.lint(DefaultGuidelines.json(), request(draft, "x")))
                .asObject();

        List<String> rules = new ArrayList<>();
        result.get("findings").asArray().forEach(finding -> rules.add(finding.asObject().getString("ruleId", "")));
        assertTrue(rules.contains("disclose-employment"), rules.toString());
        assertTrue(rules.contains("own-words"), rules.toString());
        JsonObject disclosure = result.get("findings").asArray().get(rules.indexOf("disclose-employment")).asObject();
        assertEquals("warning", disclosure.getString("level", ""));
        assertEquals(draft.length(), disclosure.getInt("start", -1));
        assertEquals("insert", disclosure.get("suggestions").asArray().get(0).asObject().getString("kind", ""));

        JsonObject length = result.get("length").asObject();
        assertEquals(CAPTION.length() + 1 + 23, length.getInt("weighted", -1));
        assertEquals(280, length.getInt("max", -1));
        assertTrue(length.getBoolean("valid", false));
        assertEquals(0.0, result.getDouble("ownWords", -1));
    }

    @Test
    void lintWithoutASharedItemHasNoOwnWordsShare() {
        JsonObject result = Json.parse(EngineExports.lint(DefaultGuidelines.json(),
                "{\"text\": \"Hello there\", \"platform\": \"linkedin\"}")).asObject();
        assertTrue(result.get("ownWords").isNull());
        assertEquals(3000, result.get("length").asObject().getInt("max", -1));
    }

    @Test
    void badInputComesBackAsAnErrorObjectNamingTheProblem() {
        String invalidRuleSet = "{\"rules\": [{\"id\": \"loud\", \"type\": \"vibes\", \"message\": \"m\"}]}";
        assertTrue(Json.parse(EngineExports.lint(invalidRuleSet, request("hi", "x"))).asObject()
                .getString("error", "").contains("\"loud\""));
        assertTrue(Json.parse(EngineExports.lint(DefaultGuidelines.json(), "{\"text\": \"hi\"}")).asObject()
                .getString("error", "").contains("platform"));
        assertTrue(Json.parse(EngineExports.lint(DefaultGuidelines.json(), "not json")).asObject()
                .getString("error", "").startsWith("the request is not valid JSON"));
        assertTrue(EngineExports.lintLines(invalidRuleSet, request("hi", "x")).startsWith("error: "));
    }

    @Test
    void validateRuleSetGivesNullOrTheProblemWithTheRuleNamed() {
        assertNull(EngineExports.validateRuleSet(DefaultGuidelines.json()));
        String problem = EngineExports.validateRuleSet("{\"version\": 1, \"rules\": [{\"id\": \"slow\","
                + " \"type\": \"pattern\", \"message\": \"m\", \"pattern\": \"(a+)+$\"}]}");
        assertTrue(problem.startsWith("rule \"slow\" (index 0): pattern repeats"), problem);
    }

    @Test
    void lengthMeasuresEachPlatformAndRefusesUnknownOnes() {
        assertEquals("{\"weighted\":26,\"max\":280,\"valid\":true,\"validRangeEnd\":17}",
                EngineExports.length("Hi http://test.co", "x"));
        assertEquals(17, Json.parse(EngineExports.length("Hi http://test.co", "linkedin")).asObject()
                .getInt("weighted", -1));
        assertEquals("{\"error\":\"unknown platform \\\"myspace\\\"\"}", EngineExports.length("hi", "myspace"));
    }

    @Test
    void ownWordsIsTheShareNotCopiedAndMinusOneForCaptionsThatAreNotAList() {
        String captions = new JsonArray().add(CAPTION).toString();
        assertEquals(0.0, EngineExports.ownWords(CAPTION, captions));
        assertEquals(1.0, EngineExports.ownWords("Something else entirely, in my own words", captions));
        assertEquals(-1.0, EngineExports.ownWords(CAPTION, "{\"not\": \"a list\"}"));
    }

    @Test
    void fingerprintIsSixtyFourHexDigitsAndIgnoresCase() {
        String fingerprint = EngineExports.fingerprint(CAPTION);
        assertEquals(64, fingerprint.length());
        assertEquals(fingerprint, EngineExports.fingerprint(CAPTION.toUpperCase()));
    }

    @Test
    void rankFindsTheItemInTheDraftsLanguageThroughInflection() {
        String library = new JsonArray()
                .add(new JsonObject().add("id", "en").add("title", "Our battery factory in Vaasa opens"))
                .add(new JsonObject().add("id", "fi").add("title", "Akkutehtaamme Vaasassa avautuu")
                        .add("topics", new JsonArray().add("energia")))
                .add(new JsonObject().add("id", "nb").add("title", "Sommerjobb for studenter"))
                .toString();
        RankHandle index = EngineExports.rankIndex(library);
        assertEquals(3, index.size());
        JsonArray hits = Json.parse(EngineExports.rank(index, "akkutehdas Vaasassa", 2)).asArray();
        assertEquals("fi", hits.get(0).asObject().getString("id", ""));
        assertTrue(hits.get(0).asObject().getDouble("score", 0) > 0);
        assertEquals("[]", index.rank("", 5));
    }

    @Test
    void rankIndexRefusesALibraryItCannotRead() {
        assertEquals("library item 0 needs a string \"id\"", assertThrows(IllegalArgumentException.class,
                () -> EngineExports.rankIndex("[{\"title\": \"no id\"}]")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> EngineExports.rankIndex("{}"));
    }

    @Test
    void theRuleSetIsParsedOnceWhileTheSameTextComesBack() {
        String json = DefaultGuidelines.json();
        assertSame(RuleSets.parse(json), RuleSets.parse(new String(json.toCharArray())));
        String other = "{\"version\": 1, \"rules\": []}";
        assertNotSame(RuleSets.parse(json), RuleSets.parse(other));
    }
}
