package io.herald.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

/** Every setting in application.yaml is documented in the root README's configuration table. */
class ConfigurationDocumentedTest {
    /** Wiring rather than settings: the statement catalogue, the health check's statement and the driver kind. */
    private static final List<String> NOT_SETTINGS = List.of("db.statements.", "db.health-check.", "db.source",
                                                             "openapi.static-file");

    @Test
    void everyKeyIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.classpath("application.yaml"))
                .build();
        List<String> undocumented = config.traverse()
                .filter(node -> node.isLeaf() || node.type() == Config.Type.LIST)
                .map(node -> node.key().toString().replaceAll("\\.\\d+$", ""))
                .distinct()
                .filter(key -> NOT_SETTINGS.stream().noneMatch(key::startsWith))
                .filter(key -> !readme.contains("`" + key + "`"))
                .toList();
        assertThat("keys of application.yaml missing from README.md's configuration table", undocumented, empty());
    }
}
