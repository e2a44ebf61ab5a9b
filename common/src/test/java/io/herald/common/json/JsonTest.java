package io.herald.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The written text, pinned character for character: the stored rule set's canonical form and the engine's results
 * are this text (it is the text minimal-json, which the project used before, wrote for the same values).
 */
class JsonTest {

    @Test
    void writesWithoutSpace() {
        JsonObject object = new JsonObject().add("a", new JsonArray()).add("b", new JsonObject())
                .add("c", new JsonArray().add(1).add("x").add(true).add(Json.NULL))
                .add("d", new JsonObject().add("e", 1.5)).add("f", 2.0).add("g", 1e20).add("h", 1e-7).add("i", -3L);
        assertEquals("{\"a\":[],\"b\":{},\"c\":[1,\"x\",true,null],\"d\":{\"e\":1.5},\"f\":2,\"g\":1.0E20,"
                + "\"h\":1.0E-7,\"i\":-3}", object.toString());
    }

    @Test
    void writesPrettyTextAsTheStoredRuleSetsHaveIt() {
        JsonObject object = new JsonObject().add("a", new JsonArray()).add("b", new JsonObject())
                .add("c", new JsonArray().add(1).add("x")).add("d", new JsonObject().add("e", 1.5));
        assertEquals("{\n  \"a\": [\n    \n  ],\n  \"b\": {\n    \n  },\n  \"c\": [\n    1,\n    \"x\"\n  ],\n"
                + "  \"d\": {\n    \"e\": 1.5\n  }\n}", object.toPrettyString());
    }

    @Test
    void escapesQuotesBackslashesControlsAndLineSeparatorsOnly() {
        assertEquals("\"q\\\" b\\\\ /\\n\\r\\t\\u0000\\u001f\\u0008\\u000c\u007f é 🎉\\u2028\\u2029\"",
                Json.value("q\" b\\ /\n\r\t\u0000\u001f\b\f\u007f é 🎉\u2028\u2029").toString());
        assertEquals("{\"a\\\"b\":1}", new JsonObject().add("a\"b", 1).toString());
    }

    @Test
    void readsEscapesAndKeepsNumbersAsWritten() {
        JsonValue value = Json.parse(" [\"\\u00e4\\uD83C\\uDF89\\/\\b\", 1.50, -0, 1E+2, 10000000000, false] ");
        JsonArray array = value.asArray();
        assertEquals("ä🎉/\b", array.get(0).asString());
        assertEquals(1.5, array.get(1).asDouble());
        assertEquals("[\"ä🎉/\\u0008\",1.50,-0,1E+2,10000000000,false]", value.toString());
        assertEquals(10_000_000_000L, array.get(4).asLong());
        assertThrows(NumberFormatException.class, () -> array.get(4).asInt());
        assertThrows(UnsupportedOperationException.class, () -> array.get(5).asString());
    }

    @Test
    void takesTheLastMemberOfANameAndKeepsTheOrder() {
        JsonObject object = Json.parse("{\"b\": 1, \"a\": 2, \"b\": 3}").asObject();
        assertEquals(3, object.getInt("b", 0));
        assertEquals(List.of("b", "a", "b"), object.names());
        object.set("b", "x").set("c", false);
        assertEquals("{\"b\":1,\"a\":2,\"b\":\"x\",\"c\":false}", object.toString());
        assertEquals("{\"b\":1,\"a\":2,\"c\":false}", object.remove("b").remove("d").toString());
        assertNull(object.get("d"));
        assertEquals("none", object.getString("d", "none"));
        assertThrows(UnsupportedOperationException.class, () -> object.getString("a", ""));
    }

    @Test
    void saysWhatWasExpectedAndWhere() {
        assertEquals("Unexpected end of input at 1:4", message("[1,"));
        assertEquals("Expected ':' at 1:6", message("{\"a\" 1}"));
        assertEquals("Expected valid escape sequence at 1:4", message("[\"\\x\"]"));
        assertEquals("Expected valid string character at 2:3", message("[\n\"a\nb\"]"));
        assertEquals("Unexpected character at 1:5", message("[1] x"));
        assertEquals("Expected digit at 1:3", message("[-]"));
        assertEquals("Expected value at 1:4", message("[1,]"));
        assertEquals("Expected name at 1:9", message("{\"a\": 1,}"));
        assertEquals("Unexpected end of input at 1:1", message(""));
    }

    @Test
    void refusesNestingDeeperThanItsLimit() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
        assertEquals(deep, Json.parse(deep).toString());
        assertEquals("Nesting too deep at 1:" + (JsonReader.MAX_DEPTH + 1), message("[" + deep + "]"));
    }

    private static String message(String text) {
        return assertThrows(ParseException.class, () -> Json.parse(text)).getMessage();
    }
}
