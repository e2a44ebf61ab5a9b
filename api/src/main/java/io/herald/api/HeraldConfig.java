package io.herald.api;

import java.util.List;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

/**
 * Where configuration comes from, highest precedence first: explicit overrides (tests), environment variables
 * (Helidon's mapping: {@code SERVER_PORT} sets {@code server.port}, {@code HERALD_DATA_DASH_DIR} sets
 * {@code herald.data-dir}), system properties, {@code application.yaml}, and the named SQL statements of each
 * package under {@code statements/}.
 */
public final class HeraldConfig {
    /** One file of named statements per package, so each package's SQL stays beside the others of its kind. */
    private static final List<String> STATEMENT_FILES = List.of(
            "statements/people.yaml",
            "statements/content.yaml",
            "statements/guidelines.yaml",
            "statements/attribution.yaml",
            "statements/analytics.yaml",
            "statements/challenges.yaml",
            "statements/cluster.yaml");

    private HeraldConfig() {
    }

    public static Config load() {
        return load(Map.of());
    }

    public static Config load(Map<String, String> overrides) {
        return load(overrides, STATEMENT_FILES.toArray(String[]::new));
    }

    /** The files of named statements, one per package, as class-path resources. */
    public static List<String> statementFiles() {
        return STATEMENT_FILES;
    }

    /** The configuration with these statement files, each required. */
    static Config load(Map<String, String> overrides, String... statementFiles) {
        Config.Builder builder = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(overrides).name("overrides"))
                .addSource(ConfigSources.environmentVariables())
                .addSource(ConfigSources.systemProperties())
                .addSource(ConfigSources.classpath("application.yaml"));
        for (String file : statementFiles) {
            // Required: a renamed or missing file must stop Herald at start, not fail its first query.
            builder.addSource(ConfigSources.classpath(file));
        }
        return builder.build();
    }
}
