package io.herald.api.db;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.helidon.dbclient.DbExecute;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * Repositories come in one style (api/README.md "Repositories"): a final class that holds nothing and runs every
 * statement on the {@link DbExecute} its caller gives it, so the caller decides what runs in one transaction. The
 * readers one area offers others ({@code *Records}, attribution's figures for analytics and challenges) have the same
 * shape. Plain JDBC, which only performance justifies, is in the named places listed here and nowhere else.
 */
class RepositoryStyleTest {
    private static final Path SOURCES = Path.of("src", "main", "java");

    /** The KPI summary reads tens of thousands of rows through {@link PlainQueries}, not the DB Client. */
    private static final Set<String> PLAIN_JDBC_READERS = Set.of("io.herald.api.analytics.SummaryRepository");

    /** Readers for the KPI summary that hold nothing and take the caller's {@link PlainQueries} first. */
    private static final Set<String> PLAIN_QUERIES_READERS = Set.of("io.herald.api.attribution.SummaryRecords");

    /**
     * Where plain JDBC is used: reads of many rows and the click writer's batches (connections from the pool), and
     * the start, which holds the embedded database open across the migrations so that H2 opens it once.
     */
    private static final Set<String> PLAIN_JDBC = Set.of("io/herald/api/db/PlainQueries.java",
                                                         "io/herald/api/attribution/clicks/JdbcClickSink.java",
                                                         "io/herald/api/db/Database.java");

    @Test
    void everyRepositoryHoldsNothingAndRunsOnTheCallersExecute() throws Exception {
        List<String> repositories = classes().stream()
                .filter(name -> name.endsWith("Repository") || name.endsWith("Records")).toList();
        assertThat(repositories.size() > 10, is(true));
        assertThat(repositories.containsAll(PLAIN_JDBC_READERS), is(true));
        assertThat(repositories.containsAll(PLAIN_QUERIES_READERS), is(true));
        List<String> problems = new ArrayList<>();
        for (String name : repositories) {
            if (PLAIN_JDBC_READERS.contains(name)) {
                continue;
            }
            Class<?> runsOn = PLAIN_QUERIES_READERS.contains(name) ? PlainQueries.class : DbExecute.class;
            Class<?> type = Class.forName(name);
            if (type.isInterface() || !Modifier.isFinal(type.getModifiers())) {
                problems.add(name + " is not a final class");
            }
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    problems.add(name + " holds " + field.getName());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPrivate(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                    || method.isSynthetic()) {
                    continue;
                }
                Class<?>[] parameters = method.getParameterTypes();
                if (parameters.length == 0 || !runsOn.isAssignableFrom(parameters[0])) {
                    problems.add(name + "." + method.getName() + " does not take the " + runsOn.getSimpleName()
                                 + " to run on first");
                }
            }
        }
        assertThat(problems, empty());
    }

    @Test
    void plainJdbcIsWhereItIsNamed() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(file);
                if (text.contains("unwrap(Connection.class)") || text.contains("import java.sql.Connection;")) {
                    found.add(SOURCES.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(new TreeSet<>(found), is(new TreeSet<>(PLAIN_JDBC)));
    }

    private static List<String> classes() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                    .map(f -> SOURCES.relativize(f).toString().replace('\\', '/').replace('/', '.')
                            .replaceAll("\\.java$", ""))
                    .sorted()
                    .toList();
        }
    }
}
