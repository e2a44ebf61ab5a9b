package io.herald.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

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

    /** A row of the rate-limit table: {@code | `target` | what it limits | why |}. */
    private static final Pattern LIMIT_ROW = Pattern.compile("^\\| `([a-z-]+)` \\| ([^|]*) \\|.*$",
                                                             Pattern.MULTILINE);
    /** A limit's value, {@code <requests>/<ISO-8601 period>}. */
    private static final Pattern LIMIT_VALUE = Pattern.compile("\\d+/P");
    /** How the rate-limit table names each kind of bucket. */
    private static final Map<String, String> BUCKETS = Map.of("per-address", "per address", "per-user", "per user",
                                                              "per-key", "per site key");

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

    /**
     * docs/api-reference.md says what each rate limit guards and why its defaults are what they are, in a table that
     * names each limit ({@code herald.limits.<target>}) and the buckets it has ({@code per-address}: "per address",
     * {@code per-user}: "per user", {@code per-key}: "per site key"), the same as application.yaml, and holds no value:
     * the values are in the one settings table.
     */
    @Test
    void theRateLimitTableExplainsTheConfiguredLimitsWithoutValues() throws IOException {
        Map<String, Set<String>> configured = new TreeMap<>();
        defaults().keySet().stream().map(key -> key.split("\\."))
                .filter(parts -> parts.length == 4 && parts[0].equals("herald") && parts[1].equals("limits"))
                .forEach(parts -> configured.computeIfAbsent(parts[2], t -> new TreeSet<>()).add(parts[3]));
        String reference = Files.readString(ROOT.resolve("docs/api-reference.md"));
        int section = reference.indexOf("\n## Rate limits\n");
        assertThat("docs/api-reference.md has a section on rate limits", section >= 0, is(true));
        int next = reference.indexOf("\n## ", section + 1);
        Matcher row = LIMIT_ROW.matcher(reference.substring(section, next < 0 ? reference.length() : next));
        Map<String, Set<String>> explained = new TreeMap<>();
        List<String> withValues = new ArrayList<>();
        while (row.find()) {
            Set<String> buckets = new TreeSet<>();
            BUCKETS.forEach((kind, words) -> {
                if (row.group(2).contains(words)) {
                    buckets.add(kind);
                }
            });
            explained.put(row.group(1), buckets);
            if (LIMIT_VALUE.matcher(row.group()).find()) {
                withValues.add(row.group(1));
            }
        }
        assertThat("limits and their buckets, docs/api-reference.md against application.yaml", explained,
                   is(configured));
        assertThat("rows of docs/api-reference.md's rate limits with a value (it belongs in docs/configuration.md)",
                   withValues, empty());
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
