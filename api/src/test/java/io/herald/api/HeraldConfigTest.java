package io.herald.api;

import java.util.Map;

import io.helidon.config.ConfigException;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HeraldConfigTest {
    @Test
    void everyStatementFileIsThere() {
        assertThat(HeraldConfig.load().get("db.statements.preferences-get").exists(), is(true));
    }

    @Test
    void aMissingStatementFileStopsTheStartInsteadOfTheFirstQuery() {
        ConfigException missing = assertThrows(ConfigException.class,
                () -> HeraldConfig.load(Map.of(), "statements/renamed.yaml"));
        assertThat(missing.getMessage(), containsString("statements/renamed.yaml"));
    }
}
