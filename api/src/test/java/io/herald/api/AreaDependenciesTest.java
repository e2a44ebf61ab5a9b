package io.herald.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

/**
 * Dependencies between areas point one way (api/README.md "Areas"): no area reaches back to {@link Herald} or
 * {@link Main}, which build them, and people know nothing of sign-in, which depends on them.
 */
class AreaDependenciesTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "io", "herald", "api");

    @Test
    void noAreaImportsWhatBuildsIt() throws IOException {
        assertThat(importing(SOURCES, "import io.herald.api.Herald;", "import io.herald.api.Main;"), empty());
    }

    @Test
    void peopleDoNotDependOnSignIn() throws IOException {
        assertThat(importing(SOURCES.resolve("people"), "import io.herald.api.auth."), empty());
    }

    /** The files in a package's folder below the root package that hold one of these imports. */
    private static List<String> importing(Path folder, String... imports) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")
                                                               && !f.getParent().equals(SOURCES))::iterator) {
                String text = Files.readString(file);
                for (String wanted : imports) {
                    if (text.contains(wanted)) {
                        found.add(SOURCES.relativize(file) + ": " + wanted);
                    }
                }
            }
        }
        return found;
    }
}
