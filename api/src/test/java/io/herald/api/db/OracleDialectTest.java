package io.herald.api.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.herald.api.HeraldConfig;
import io.herald.api.attribution.shares.ShareRequest;
import io.herald.api.web.ApiException;
import io.herald.api.web.WebUrls;
import io.helidon.config.Config;
import net.sf.jsqlparser.util.validation.Validation;
import net.sf.jsqlparser.util.validation.ValidationError;
import net.sf.jsqlparser.util.validation.feature.DatabaseType;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.sqlscript.SqlStatement;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;
import org.flywaydb.database.oracle.OracleParser;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Guards the Oracle dialect without an Oracle server (the whole suite on Oracle Free is a separate CI job, see
 * docs/api-reference.md "Oracle"): every migration is split as Flyway splits it on Oracle ({@code OracleParser}), every named
 * statement passes JSqlParser's Oracle validation, and what Oracle refuses but H2 accepts is looked for by hand:
 * identifiers over 30 characters (Oracle before COMPATIBLE 12.2), reserved words as names, CLOBs compared with
 * {@code =}, sorted, grouped or made DISTINCT (ORA-00932), {@code VARCHAR2(n CHAR)} columns whose n characters can
 * exceed 4,000 bytes in AL32UTF8 unless the application keeps them ASCII (ORA-12899), and, from V11 on, files that
 * mix a DDL statement with anything else (Oracle commits each DDL statement: a later failure leaves it half done).
 *
 * <p>Each check is a method that returns the problems it finds in the SQL it is given, so it can be tried on a bad
 * statement by hand.
 */
class OracleDialectTest {
    static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final int MAX_IDENTIFIER = 30;
    private static final Set<String> TYPES = Set.of("NUMBER", "VARCHAR2", "CHAR", "CLOB", "DATE", "TIMESTAMP",
                                                    "INTEGER");
    /** From V11 on, a migration file holds one DDL statement, or DML only. */
    private static final int ONE_DDL_PER_FILE_FROM = 11;

    /**
     * Oracle's reserved words (Oracle Database SQL Language Reference, "Oracle SQL Reserved Words"; 19c and 23ai):
     * never a table, column, constraint, index or view name, nor an alias.
     */
    static final Set<String> RESERVED = Set.of(
            "ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AUDIT", "BETWEEN", "BY", "CHAR", "CHECK",
            "CLUSTER", "COLUMN", "COMMENT", "COMPRESS", "CONNECT", "CREATE", "CURRENT", "DATE", "DECIMAL", "DEFAULT",
            "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "EXCLUSIVE", "EXISTS", "FILE", "FLOAT", "FOR", "FROM",
            "GRANT", "GROUP", "HAVING", "IDENTIFIED", "IMMEDIATE", "IN", "INCREMENT", "INDEX", "INITIAL", "INSERT",
            "INTEGER", "INTERSECT", "INTO", "IS", "LEVEL", "LIKE", "LOCK", "LONG", "MAXEXTENTS", "MINUS", "MLSLABEL",
            "MODE", "MODIFY", "NOAUDIT", "NOCOMPRESS", "NOT", "NOWAIT", "NULL", "NUMBER", "OF", "OFFLINE", "ON",
            "ONLINE", "OPTION", "OR", "ORDER", "PCTFREE", "PRIOR", "PUBLIC", "RAW", "RENAME", "RESOURCE", "REVOKE",
            "ROW", "ROWID", "ROWNUM", "ROWS", "SELECT", "SESSION", "SET", "SHARE", "SIZE", "SMALLINT", "START",
            "SUCCESSFUL", "SYNONYM", "SYSDATE", "TABLE", "THEN", "TO", "TRIGGER", "UID", "UNION", "UNIQUE", "UPDATE",
            "USER", "VALIDATE", "VALUES", "VARCHAR", "VARCHAR2", "VIEW", "WHENEVER", "WHERE", "WITH");

    /**
     * Statements JSqlParser's Oracle validation refuses though Oracle runs them, by name or migration file and line,
     * each with why. They are not validated at all (this one takes JSqlParser 6 s to give up on).
     */
    static final Map<String, String> VALIDATION_FALSE_POSITIVES = Map.of(
            "V6__share_rollups.sql:91", "JSqlParser 5.3 reads SUBSTR(LOWER(s.fingerprint), 2 * k.slot + 1, 2) as "
                                        + "the ANSI SUBSTRING(x FROM y) and stops at its second comma (\"expecting "
                                        + "FROM, IN or PLACING\"); Oracle's SUBSTR(string, position, length) it is");

    /** Identifiers over 30 characters that are already in an applied migration, each with why it may stay. */
    static final Map<String, String> LONG_IDENTIFIERS = Map.of(
            "user_preferences_leaderboard_ck", "V5, applied everywhere already (a rename would change its checksum); "
                                               + "needs COMPATIBLE >= 12.2, which docs/api-reference.md requires");

    /**
     * {@code VARCHAR2(n CHAR)} columns of more than 1,000 characters (4,000 bytes at 4 bytes a character), each with
     * the check that keeps its values ASCII, so that n characters are n bytes. Each check must refuse a long non-ASCII
     * value.
     */
    static final Map<String, Runnable> ASCII_ONLY_COLUMNS = Map.of(
            "content_items.canonical_url", () -> WebUrls.check("canonicalUrl", longNonAsciiUrl()),
            "content_items.image_url", () -> WebUrls.check("imageUrl", longNonAsciiUrl()),
            "shares.post_url", () -> new ShareRequest(java.util.UUID.randomUUID(), "AAAAAAAAAA", null,
                                                      io.herald.common.platform.Platform.X,
                                                      java.time.Instant.parse("2026-01-01T00:00:00Z"),
                                                      java.math.BigDecimal.ONE, Map.of(), null, longNonAsciiUrl(),
                                                      null));

    private static String longNonAsciiUrl() {
        return "https://www.example.com/" + "ä".repeat(1500);
    }

    /** One statement of a migration, as Flyway's Oracle parser split it. */
    record Statement(String file, int line, String sql) {
        String where() {
            return file + ":" + line;
        }
    }

    // --- the tests ---

    @Test
    void everyMigrationSplitsWithFlywaysOracleParserIntoItsStatements() throws IOException {
        List<String> problems = new ArrayList<>();
        int statements = 0;
        for (Path file : migrationFiles()) {
            String text = Files.readString(file);
            List<Statement> split = split(file.getFileName().toString(), text);
            statements += split.size();
            problems.addAll(splitProblems(file.getFileName().toString(), text, split));
        }
        assertThat(problems, empty());
        assertThat("statements in the migrations", statements > 90, is(true));
    }

    @Test
    void everyStatementPassesOraclesValidation() throws IOException {
        Map<String, String> statements = new TreeMap<>(namedStatements());
        migrationStatements().forEach(statement -> statements.put(statement.where(), statement.sql()));
        List<String> problems = new ArrayList<>();
        statements.forEach((name, sql) -> {
            if (!VALIDATION_FALSE_POSITIVES.containsKey(name)) {
                validationProblems(sql).forEach(problem -> problems.add(name + ": " + problem));
            }
        });
        assertThat(problems, empty());
        assertThat("named statements", namedStatements().size() > 100, is(true));
        assertThat("every false positive is still there", statements.keySet()
                .containsAll(VALIDATION_FALSE_POSITIVES.keySet()), is(true));
    }

    @Test
    void identifiersFitOracleAndAreNotReservedWords() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Statement statement : migrationStatements()) {
            problems.addAll(identifierProblems(statement.where(), Ddl.identifiers(statement.sql())));
        }
        namedStatements().forEach((name, sql) -> problems.addAll(identifierProblems(name, aliases(sql))));
        assertThat(problems, empty());
    }

    @Test
    void clobsAreNeverComparedSortedGroupedOrDistinct() throws IOException {
        Set<String> clobs = Ddl.columns(migrationStatements()).entrySet().stream()
                .filter(column -> column.getValue().startsWith("CLOB")).map(column -> column.getKey().split("\\.")[1])
                .collect(java.util.stream.Collectors.toSet());
        assertThat(clobs, is(Set.of("caption_text", "rule_set", "post_text")));
        List<String> problems = new ArrayList<>();
        namedStatements().forEach((name, sql) -> clobProblems(sql, clobs)
                .forEach(problem -> problems.add(name + ": " + problem)));
        assertThat(problems, empty());
    }

    @Test
    void varchar2ColumnsFitTheirByteBudget() throws IOException {
        List<String> problems = new ArrayList<>(byteBudgetProblems(Ddl.columns(migrationStatements()),
                                                                   ASCII_ONLY_COLUMNS.keySet()));
        assertThat(problems, empty());
        ASCII_ONLY_COLUMNS.forEach((column, check) -> assertThrows(ApiException.class, check::run,
                                                                   column + " must refuse a long non-ASCII value"));
    }

    @Test
    void fromV11OnAMigrationHoldsOneDdlStatementOrDmlOnly() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : migrationFiles()) {
            String name = file.getFileName().toString();
            if (version(name) >= ONE_DDL_PER_FILE_FROM) {
                problems.addAll(oneDdlProblems(name, split(name, Files.readString(file))));
            }
        }
        assertThat(problems, empty());
    }

    // --- the checks, each returning what it finds wrong ---

    /** Flyway's Oracle parser splits the text into as many statements as it has terminating semicolons. */
    static List<String> splitProblems(String file, String text, List<Statement> split) {
        List<String> problems = new ArrayList<>();
        long terminators = terminators(text);
        if (split.size() != terminators) {
            problems.add(file + ": Flyway's OracleParser made " + split.size() + " statements of " + terminators
                         + " terminated ones (a missing ';' joins two statements, and Oracle refuses the pair)");
        }
        for (Statement statement : split) {
            if (statement.sql().strip().endsWith(";")) {
                problems.add(statement.where() + ": a statement keeps its ';' (ORA-00933 / ORA-00911)");
            }
        }
        return problems;
    }

    /** JSqlParser's Oracle validation of one statement. */
    static List<String> validationProblems(String sql) {
        List<String> problems = new ArrayList<>();
        Validation validation = new Validation(List.of(DatabaseType.ORACLE), sql);
        for (ValidationError error : validation.validate()) {
            // A statement that does not parse is an error of the "parsing" capability.
            error.getErrors().forEach(e -> problems.add(error.getCapability().getName() + ": "
                                                        + e.getMessage().lines().findFirst().orElse("")));
        }
        return problems;
    }

    static List<String> identifierProblems(String where, List<String> identifiers) {
        List<String> problems = new ArrayList<>();
        for (String identifier : identifiers) {
            String lower = identifier.toLowerCase(Locale.ROOT);
            if (lower.length() > MAX_IDENTIFIER && !LONG_IDENTIFIERS.containsKey(lower)) {
                problems.add(where + ": " + identifier + " has " + lower.length() + " characters, Oracle before "
                             + "COMPATIBLE 12.2 allows " + MAX_IDENTIFIER);
            }
            if (RESERVED.contains(identifier.toUpperCase(Locale.ROOT))) {
                problems.add(where + ": " + identifier + " is a reserved word in Oracle");
            }
        }
        return problems;
    }

    /** A CLOB column in {@code =}/{@code <>}, ORDER BY, GROUP BY, a DISTINCT select list or a UNION (ORA-00932). */
    static List<String> clobProblems(String sql, Set<String> clobs) {
        List<String> problems = new ArrayList<>();
        String text = withoutComments(sql).replaceAll("'[^']*'", "''").toLowerCase(Locale.ROOT);
        String column = "(?:\\w+\\.)?(" + String.join("|", clobs) + ")\\b";
        if (Pattern.compile("\\b" + column + "\\s*(?:=|<>|!=|\\^=)").matcher(text).find()
            || Pattern.compile("(?:=|<>|!=|\\^=)\\s*" + column).matcher(text).find()) {
            problems.add("a CLOB compared with = or <> (use DBMS_LOB.COMPARE, or compare a hash column)");
        }
        if (clauseMentions(text, "order\\s+by", "\\b(?:fetch|offset|union|minus|intersect)\\b|\\)", column)) {
            problems.add("a CLOB in ORDER BY");
        }
        if (clauseMentions(text, "group\\s+by", "\\b(?:having|order|fetch|offset|union|minus|intersect)\\b|\\)",
                           column)) {
            problems.add("a CLOB in GROUP BY");
        }
        Matcher distinct = Pattern.compile("select\\s+(?:distinct|unique)\\b(.*?)\\bfrom\\b", Pattern.DOTALL)
                .matcher(text);
        while (distinct.find()) {
            if (Pattern.compile(column).matcher(distinct.group(1)).find()) {
                problems.add("a CLOB in a DISTINCT select list");
            }
        }
        if (Pattern.compile("\\b(?:union(?!\\s+all)|minus|intersect)\\b").matcher(text).find()
            && Pattern.compile(column).matcher(text).find()) {
            problems.add("a CLOB in a query with UNION, MINUS or INTERSECT (which compare rows)");
        }
        return problems;
    }

    /**
     * Every {@code VARCHAR2} declares {@code CHAR} (byte semantics would make n bytes, not n characters), stays at or
     * under 4,000 (MAX_STRING_SIZE=STANDARD), and holds more than 1,000 characters only where the application keeps
     * it ASCII.
     */
    static List<String> byteBudgetProblems(Map<String, String> columns, Set<String> asciiOnly) {
        List<String> problems = new ArrayList<>();
        Pattern varchar = Pattern.compile("VARCHAR2\\((\\d+)\\s*(CHAR|BYTE)?\\)");
        columns.forEach((column, type) -> {
            Matcher m = varchar.matcher(type);
            if (!m.find()) {
                return;
            }
            int n = Integer.parseInt(m.group(1));
            if (!"CHAR".equals(m.group(2))) {
                problems.add(column + " " + type + ": say VARCHAR2(" + n + " CHAR), characters and not bytes");
            } else if (n > 4000) {
                problems.add(column + " " + type + ": over 4,000, which needs MAX_STRING_SIZE=EXTENDED");
            } else if (n * 4 > 4000 && !asciiOnly.contains(column)) {
                problems.add(column + " " + type + ": " + n + " characters of up to 4 bytes can exceed 4,000 bytes "
                             + "in AL32UTF8 (ORA-12899); keep it ASCII in the application and list it in "
                             + "ASCII_ONLY_COLUMNS with that check, or make it at most 1,000");
            }
        });
        return problems;
    }

    /** A file from V11 on: one DDL statement, or only DML. */
    static List<String> oneDdlProblems(String file, List<Statement> statements) {
        long ddl = statements.stream().filter(s -> Ddl.isDdl(s.sql())).count();
        if (ddl > 0 && statements.size() > 1) {
            return List.of(file + ": " + statements.size() + " statements, " + ddl + " of them DDL; Oracle commits "
                           + "each DDL statement, so write one DDL statement per migration file");
        }
        return List.of();
    }

    // --- reading the SQL ---

    static List<Path> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .sorted(java.util.Comparator.comparing(f -> org.flywaydb.core.api.MigrationVersion.fromVersion(
                            f.getFileName().toString().substring(1, f.getFileName().toString().indexOf("__")))))
                    .toList();
        }
    }

    /** The major version: 13 for {@code V13__…} and {@code V13_2__…} (a step of V13 that needs a file of its own). */
    static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")).split("_")[0]);
    }

    static List<Statement> migrationStatements() throws IOException {
        List<Statement> statements = new ArrayList<>();
        for (Path file : migrationFiles()) {
            statements.addAll(split(file.getFileName().toString(), Files.readString(file)));
        }
        return statements;
    }

    /** The statements of a migration as Flyway executes them on Oracle. */
    static List<Statement> split(String file, String text) {
        OracleParser parser = new OracleParser(new FluentConfiguration(), new ParsingContext());
        List<Statement> statements = new ArrayList<>();
        try (SqlStatementIterator iterator = parser.parse(new StringResource(text))) {
            while (iterator.hasNext()) {
                SqlStatement statement = iterator.next();
                statements.add(new Statement(file, statement.getLineNumber(), statement.getSql()));
            }
        }
        return statements;
    }

    /** Every named statement of {@code statements/*.yaml}, by name. */
    static Map<String, String> namedStatements() {
        Config statements = HeraldConfig.load().get("db.statements");
        Map<String, String> named = new TreeMap<>();
        statements.asNodeList().orElseThrow()
                .forEach(node -> named.put(node.name(), node.asString().orElseThrow()));
        return named;
    }

    /** Semicolons that end a statement: outside comments and string literals. */
    private static long terminators(String text) {
        return withoutComments(text).replaceAll("'[^']*'", "''").chars().filter(c -> c == ';').count();
    }

    static String withoutComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", "");
    }

    /** The aliases a query names ({@code AS total_count}): Oracle holds them to the identifier rules too. */
    static List<String> aliases(String sql) {
        List<String> aliases = new ArrayList<>();
        Matcher m = Pattern.compile("(?i)\\bAS\\s+([A-Za-z_][A-Za-z0-9_$#]*)").matcher(withoutComments(sql));
        while (m.find()) {
            if (!TYPES.contains(m.group(1).toUpperCase(Locale.ROOT))) { // CAST(? AS VARCHAR2(36))
                aliases.add(m.group(1));
            }
        }
        return aliases;
    }

    /** Whether a clause ({@code order by ...}) up to where it ends mentions a column. */
    private static boolean clauseMentions(String text, String clause, String end, String column) {
        Matcher start = Pattern.compile("\\b" + clause + "\\b").matcher(text);
        while (start.find()) {
            String rest = text.substring(start.end());
            Matcher stop = Pattern.compile(end).matcher(rest);
            String body = stop.find() ? rest.substring(0, stop.start()) : rest;
            if (Pattern.compile(column).matcher(body).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the migrations declare, read from their DDL text: tables with their columns and types, and the names of
     * constraints, indexes and views. Enough of Oracle's DDL for Herald's migrations, not all of it.
     */
    static final class Ddl {
        private static final Pattern CREATE_TABLE = Pattern.compile(
                "(?is)^\\s*CREATE\\s+TABLE\\s+(\\w+)\\s*\\((.*)\\)\\s*$");
        private static final Pattern ALTER_ADD = Pattern.compile(
                "(?is)^\\s*ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+(.*)$");
        private static final Pattern NAMED = Pattern.compile(
                "(?is)\\b(?:CONSTRAINT|CREATE\\s+(?:UNIQUE\\s+)?INDEX|CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW"
                + "|RENAME\\s+(?:COLUMN|CONSTRAINT)\\s+\\w+\\s+TO)\\s+(\\w+)");
        private static final Set<String> NOT_COLUMNS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK");
        private static final Pattern DDL = Pattern.compile(
                "(?is)^\\s*(CREATE|ALTER|DROP|RENAME|TRUNCATE|COMMENT|GRANT|REVOKE|PURGE)\\b");

        private Ddl() {
        }

        static boolean isDdl(String sql) {
            return DDL.matcher(withoutComments(sql)).find();
        }

        /** Table, column, constraint, index and view names a statement declares. */
        static List<String> identifiers(String sql) {
            String text = withoutComments(sql);
            List<String> names = new ArrayList<>();
            Matcher named = NAMED.matcher(text);
            while (named.find()) {
                names.add(named.group(1));
            }
            Matcher table = CREATE_TABLE.matcher(text);
            if (table.find()) {
                names.add(table.group(1));
            }
            columns(text).forEach((column, type) -> names.add(column.substring(column.indexOf('.') + 1)));
            return names;
        }

        /** "table.column" to its type, over all statements in order (a later ADD adds to the table). */
        static Map<String, String> columns(List<Statement> statements) {
            Map<String, String> columns = new TreeMap<>();
            statements.forEach(statement -> columns.putAll(columns(withoutComments(statement.sql()))));
            return columns;
        }

        private static Map<String, String> columns(String text) {
            Map<String, String> columns = new TreeMap<>();
            Matcher create = CREATE_TABLE.matcher(text);
            Matcher add = ALTER_ADD.matcher(text);
            String table;
            String body;
            if (create.find()) {
                table = create.group(1);
                body = create.group(2);
            } else if (add.find()) {
                table = add.group(1);
                String added = add.group(2).strip();
                body = added.startsWith("(") && added.endsWith(")") ? added.substring(1, added.length() - 1) : added;
            } else {
                return columns;
            }
            for (String element : topLevel(body)) {
                String[] words = element.strip().split("\\s+", 2);
                if (words.length == 2 && !NOT_COLUMNS.contains(words[0].toUpperCase(Locale.ROOT))) {
                    columns.put(table.toLowerCase(Locale.ROOT) + "." + words[0].toLowerCase(Locale.ROOT),
                                words[1].strip().toUpperCase(Locale.ROOT));
                }
            }
            return columns;
        }

        /** The comma-separated elements of a parenthesised list, commas inside parentheses left alone. */
        private static List<String> topLevel(String body) {
            List<String> elements = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    elements.add(body.substring(start, i));
                    start = i + 1;
                }
            }
            elements.add(body.substring(start));
            return elements;
        }
    }
}
