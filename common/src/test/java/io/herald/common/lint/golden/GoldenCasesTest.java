package io.herald.common.lint.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.lint.Rule;
import io.herald.common.lint.RuleTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden case in {@code src/test/resources/golden} on the JVM. The browser run of the same files against
 * the TeaVM build uses the same {@link GoldenCase} code, so both compare the same rendered text.
 */
class GoldenCasesTest {

    private static final Path FOLDER = Path.of("src/test/resources/golden");

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static GoldenCase load(Path file) throws IOException {
        return GoldenCase.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesExactlyItsExpectedFindings() throws IOException {
        return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            GoldenCase golden = load(file);
            assertEquals(golden.expectedText(), golden.actual(), golden.description());
        }));
    }

    @Test
    void theSuiteCoversEveryRuleTypeAndLanguage() throws IOException {
        Set<String> types = new HashSet<>();
        Set<String> languages = new HashSet<>();
        List<Path> files = files();
        for (Path file : files) {
            GoldenCase golden = load(file);
            golden.ruleSet().rules().stream().map(Rule::header).forEach(header -> types.add(header.type()));
            languages.add(golden.request().language());
        }
        assertTrue(files.size() >= 25, "only " + files.size() + " golden cases");
        assertEquals(Set.copyOf(RuleTypes.NAMES), types);
        assertTrue(languages.containsAll(List.of("en", "fi", "nb", "pl")), languages.toString());
    }
}
