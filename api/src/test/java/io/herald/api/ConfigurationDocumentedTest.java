package io.herald.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

/**
 * application.yaml holds the defaults, and docs/configuration.md the one table of settings: every key there is in the
 * table with its default, every key in the table is there (or named in a comment there, for a setting that is unset
 * by default), and no other page of the docs has a row of its own for a setting.
 */
class ConfigurationDocumentedTest {
    /** Wiring rather than settings: the statement catalogue, the health check's statement and the driver kind. */
    private static final List<String> NOT_SETTINGS = List.of("db.statements.", "db.health-check.", "db.source",
                                                             "openapi.static-file");
    private static final Path ROOT = Path.of("..");
    private static final Path TABLE = ROOT.resolve("docs/configuration.md");
    /** A table row that starts with a setting: {@code | `key` | default | ...}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)` \\| ([^|]*) \\|",
                                                       Pattern.MULTILINE);

    @Test
    void everyKeyIsInTheTableWithItsDefault() throws IOException {
        Map<String, String> documented = rows(Files.readString(TABLE));
        List<String> wrong = new ArrayList<>();
        defaults().forEach((key, value) -> {
            String expected = value.isEmpty() ? "(none)" : "`" + value + "`";
            if (!documented.containsKey(key)) {
                wrong.add(key + ": not in the table");
            } else if (!documented.get(key).equals(expected)) {
                wrong.add(key + ": the table says " + documented.get(key) + ", application.yaml " + expected);
            }
        });
        assertThat("application.yaml against docs/configuration.md", wrong, empty());
    }

    @Test
    void everyKeyInTheTableIsInTheDefaults() throws IOException {
        String yaml = Files.readString(ROOT.resolve("api/src/main/resources/application.yaml"));
        Map<String, String> defaults = defaults();
        List<String> unknown = rows(Files.readString(TABLE)).keySet().stream()
                .filter(key -> !defaults.containsKey(key))
                // Unset by default: named in a comment where it would stand (# jwks-file:).
                .filter(key -> !yaml.contains("# " + key.substring(key.lastIndexOf('.') + 1) + ":"))
                .toList();
        assertThat("keys of docs/configuration.md that application.yaml does not know", unknown, empty());
    }

    @Test
    void noOtherPageHasATableOfSettings() throws IOException {
        Map<String, String> defaults = defaults();
        List<String> elsewhere = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/node_modules/"))
                    .filter(f -> !f.normalize().equals(TABLE.normalize())).toList()) {
                rows(Files.readString(file)).keySet().stream().filter(defaults::containsKey)
                        .forEach(key -> elsewhere.add(file + ": " + key));
            }
        }
        assertThat("settings documented outside docs/configuration.md (link to it instead)", elsewhere, empty());
    }

    /** Every setting of application.yaml with its value as written (a list as its items, {@code []} when empty). */
    private static Map<String, String> defaults() {
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .disableValueResolving()
                .addSource(ConfigSources.classpath("application.yaml"))
                .build();
        Map<String, String> defaults = new LinkedHashMap<>();
        config.traverse()
                .filter(node -> node.type() == Config.Type.LIST
                                || node.isLeaf() && !node.key().parent().toString().matches(".*\\.\\d+$")
                                   && !node.key().toString().matches(".*\\.\\d+$"))
                .filter(node -> NOT_SETTINGS.stream().noneMatch(node.key().toString()::startsWith))
                .forEach(node -> defaults.put(node.key().toString(), node.type() == Config.Type.LIST
                        ? node.asList(String.class).get().toString()
                        : node.asString().orElse("")));
        return defaults;
    }

    private static Map<String, String> rows(String markdown) {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(markdown);
        while (row.find()) {
            rows.put(row.group(1), row.group(2).strip());
        }
        return rows;
    }
}
