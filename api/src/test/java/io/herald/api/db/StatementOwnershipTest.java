package io.herald.api.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.herald.api.HeraldConfig;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * Attribution owns its tables and their SQL: only statements of {@code statements/attribution.yaml} name them, and
 * other packages ask attribution (its erasure, {@code attribution.PersonalRecords}, {@code SummaryRecords},
 * {@code ChallengeRecords}). A statement that joins them with another area's tables lives with attribution too.
 */
class StatementOwnershipTest {
    /** Attribution's tables, as its migrations create them. */
    private static final Set<String> ATTRIBUTION_TABLES = Set.of(
            "links", "clicks", "bot_visits", "click_daily", "click_team_daily", "click_content_daily",
            "click_journals", "unique_visitors", "visitor_salts", "shares", "share_findings", "share_copy_locks",
            "share_team_daily", "share_content_daily", "finding_daily", "conversions", "sites", "site_origins");

    private static final String OWN_FILE = "statements/attribution.yaml";

    @Test
    void onlyAttributionsStatementsNameItsTables() {
        List<String> unexpected = new ArrayList<>();
        List<String> others = HeraldConfig.statementFiles().stream().filter(file -> !file.equals(OWN_FILE)).toList();
        assertThat("attribution's statements are among the files Herald loads", others.size(),
                   is(HeraldConfig.statementFiles().size() - 1));
        for (String file : others) {
            statements(file).forEach((name, sql) -> {
                List<String> tables = Arrays.stream(sql.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+"))
                        .filter(ATTRIBUTION_TABLES::contains).distinct().toList();
                if (!tables.isEmpty()) {
                    unexpected.add(file + " " + name + " reads " + tables);
                }
            });
        }
        assertThat("statements outside attribution.yaml that name attribution's tables", unexpected, empty());
    }

    @Test
    void attributionsStatementsNameItsTables() {
        List<String> without = new ArrayList<>();
        statements(OWN_FILE).forEach((name, sql) -> {
            if (Arrays.stream(sql.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+"))
                    .noneMatch(ATTRIBUTION_TABLES::contains)) {
                without.add(name);
            }
        });
        assertThat("the table list above is attribution's (every statement of attribution.yaml names one)", without,
                   empty());
    }

    private static Map<String, String> statements(String file) {
        Config statements = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.classpath(file))
                .build()
                .get("db.statements");
        Map<String, String> byName = new TreeMap<>();
        statements.asNodeList().orElse(List.of())
                .forEach(node -> byName.put(node.name(), node.asString().orElse("")));
        return byName;
    }
}
