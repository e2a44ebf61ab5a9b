package io.herald.api.guidelines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The rule set a new installation starts with, from the classpath resource {@code guidelines/default.json}. The
 * guideline engine ships its own default set at merge; this is the one place that reads it.
 */
final class DefaultGuidelines {
    static final String RESOURCE = "guidelines/default.json";

    private DefaultGuidelines() {
    }

    static String load() {
        try (InputStream in = DefaultGuidelines.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default rule set " + RESOURCE + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
