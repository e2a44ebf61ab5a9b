package io.herald.api;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.herald.api.web.Area;
import io.helidon.config.Config;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

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

    /** Settings are read once, by {@link Herald}, into typed records: an area is built from those, never the Config. */
    @Test
    void noAreaIsGivenTheConfiguration() throws Exception {
        List<String> areas = new ArrayList<>();
        List<String> givenConfig = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")
                                                               && !f.endsWith("package-info.java"))::iterator) {
                String name = "io.herald.api." + SOURCES.relativize(file).toString().replace('\\', '/')
                        .replace('/', '.').replaceAll("\\.java$", "");
                Class<?> type = Class.forName(name, false, AreaDependenciesTest.class.getClassLoader());
                if (!Area.class.isAssignableFrom(type) || type.isInterface()) {
                    continue;
                }
                areas.add(type.getSimpleName());
                List<Executable> factories = new ArrayList<>(List.of(type.getDeclaredConstructors()));
                factories.addAll(List.of(type.getDeclaredMethods()));
                for (Executable factory : factories) {
                    if (List.of(factory.getParameterTypes()).contains(Config.class)) {
                        givenConfig.add(type.getSimpleName() + "." + factory.getName());
                    }
                }
            }
        }
        assertThat(areas.size() >= 8, is(true));
        assertThat(givenConfig, empty());
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
