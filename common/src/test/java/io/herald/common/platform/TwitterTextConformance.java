package io.herald.common.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads twitter-text's conformance files from the shared folder surefire names in {@code herald.conformance}. */
final class TwitterTextConformance {

    private TwitterTextConformance() {
    }

    static Path file(String relative) {
        String root = System.getProperty("herald.conformance");
        if (root == null) {
            throw new IllegalStateException("system property herald.conformance is not set (surefire sets it)");
        }
        return Path.of(root, "twitter-text", relative);
    }

    /** The cases of one section under {@code tests:} of a conformance YAML file. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> section(String file, String section) {
        Map<String, Object> tests = (Map<String, Object>) load(file("conformance/" + file)).get("tests");
        List<Map<String, Object>> cases = (List<Map<String, Object>>) tests.get(section);
        if (cases == null || cases.isEmpty()) {
            throw new IllegalStateException("no section " + section + " in " + file);
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
