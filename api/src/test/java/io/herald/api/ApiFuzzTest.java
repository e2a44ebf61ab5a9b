package io.herald.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.web.Json;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;

/**
 * Walks the OpenAPI document and sends every operation what a careless or hostile client sends: malformed and deeply
 * nested JSON, huge numbers, odd content types, extreme instants, over-long strings and path segments, bad
 * percent-encoding and raw bytes, oversized headers. Whatever the input, the answer is never a 5xx, and every error
 * is an {@code application/problem+json} body whose {@code status} is the response's. Instants out of range are 400s
 * that name their field. The requests go over one keep-alive socket on loopback (a new one when the server closes
 * it), so a few thousand cases take seconds.
 */
@ServerTest
class ApiFuzzTest {
    // Rate limits off: thousands of cases from one address would otherwise be 429s before their input is read.
    private static final Herald HERALD = TestHerald.start(TestHerald.WITHOUT_RATE_LIMITS);
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");

    private static final String DEEP_ARRAY = "[".repeat(1001) + "]".repeat(1001);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(1001) + "1" + "}".repeat(1001);
    private static final List<String> ODD_JSON_VALUES = List.of(
            DEEP_ARRAY, DEEP_OBJECT, "[".repeat(999) + "]".repeat(999),
            "1" + "0".repeat(1000), "1" + "0".repeat(999), "-" + "9".repeat(1001), "0." + "1".repeat(1000),
            "1e999999999", "1e-999999999", "-1e-999999999", "1e309", "-1e309", "123456789012345678901234567890",
            "2147483648", "-9223372036854775809", "1.5", "-1",
            quoted("x".repeat(20_000)), quoted("x".repeat(300_000)), quoted("\\u0000\\u001b\\u007f\\u0085"),
            quoted("\\ud800"), quoted(""), quoted(" "), quoted("%zz"), quoted("javascript:alert(1)"),
            "null", "true", "{}", "[]", "[null]", "{\"a\":null}");
    private static final List<String> EXTREME_INSTANTS = List.of(
            quoted("+1000000000-01-01T00:00:00Z"), quoted("-1000000000-01-01T00:00:00Z"),
            quoted("+999999999-12-31T23:59:59Z"), quoted("0000-01-01T00:00:00Z"), quoted("1970-01-01T00:00:00Z"),
            quoted("1999-12-31T23:59:59Z"), quoted("9999-12-31T23:59:59Z"), quoted("2999-01-01T00:00:00Z"),
            quoted("2026-13-45T25:61:61Z"), quoted("2026-01-31"), "1700000000", "1700000000000", "1.7e9", "-1");
    private static final List<String> MALFORMED_BODIES = List.of(
            "{", "}", "nul", "[]", "\"x\"", "1", "{\"a\":1}{", "{\"a\":}", "{\"a\" 1}", "{'a': 1}", "\uFEFF{}",
            "{\"a\":1,}", "[1,]", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":NaN}", "{\"a\":Infinity}",
            "{\"a\":01}", "{\"a\":.5}", "{\"a\":1.}", "{\"a\":+1}", "{\"a\":0x10}", "/* c */ {}", "{\"a\":\"\u0001\"}",
            DEEP_ARRAY, DEEP_OBJECT, "{\"rules\":" + DEEP_ARRAY + "}", "1" + "0".repeat(1000),
            "{\"a\":" + "1" + "0".repeat(1000) + "}", "{\"a\":1e999999999}", "{\"a\":\"" + "x".repeat(300_000) + "\"}");
    private static final List<String> ODD_CONTENT_TYPES = List.of(
            "application/json;x", "a/b/c;;;=", "text/plain", "application/json; charset=ebcdic",
            "application/json;charset", ";", "", "application/x-www-form-urlencoded", "application/json, text/plain",
            "*/*", "application/problem+json", "application/json; charset=\"", "/", "application/",
            "application/json;;;", "\u00ff/\u00ff");
    private static final List<String> ODD_SEGMENTS = List.of(
            "x", "%zz", "%", "%0", "%00", "%c3%28", "%ff", "%2F", "..%2f..%2fetc", "%E2%82%AC", "a".repeat(300),
            "a".repeat(5000), "\u00ff", "\u00c3\u0028", "\u0001", "~", "a;b=c", "%20");
    private static final List<String> ODD_QUERY_VALUES = List.of(
            "-1", "99999999999999999999", "1e999", "%zz", "%", "", "x".repeat(300), "x".repeat(5000),
            "+1000000000-01-01", "-999999999-01-01", "0000-00-00", "1999-12-31", "9999-12-31", "%00", "%c3%28",
            "\u00ff", "a%26b", "2026-01-01T00:00:00Z");

    private final TestCalls calls;
    private final int port;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private int cases;

    ApiFuzzTest(Http1Client client, WebServer server) {
        this.calls = new TestCalls(client);
        this.port = server.port();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    /** One request and what its answer must be. */
    private record Case(String name, byte[] request, boolean head, Optional<String> refusedField) {
    }

    @Test
    void noInputGetsA5xxAndEveryErrorIsAProblem() throws IOException {
        Fixtures fixtures = fixtures();
        Map<String, Object> document = OpenApiDocument.load();
        try (RawHttp http = new RawHttp(port, Duration.ofSeconds(10))) {
            for (Map.Entry<String, Object> path : OpenApiDocument.paths(document).entrySet()) {
                Map<String, Object> pathItem = asMap(path.getValue());
                for (String method : METHODS) {
                    if (pathItem.get(method) instanceof Map<?, ?> operation) {
                        Operation op = new Operation(document, path.getKey(), method, pathItem, asMap(operation),
                                                     fixtures);
                        for (Case c : op.cases()) {
                            run(http, c);
                        }
                    }
                }
            }
        }
        System.out.println("ApiFuzzTest: " + cases + " cases, " + failures.size() + " failed");
        if (!failures.isEmpty()) {
            // Every failure, for reading in full; the assertion message shows the first ones.
            Files.write(Path.of("target", "api-fuzz-failures.txt"), failures);
        }
        assertThat(cases, greaterThan(2000));
        assertThat(failures.size() + " of " + cases + " cases failed; the first ones:\n"
                   + String.join("\n", failures.subList(0, Math.min(40, failures.size()))), failures, empty());
    }

    private void run(RawHttp http, Case c) {
        cases++;
        RawHttp.Response response;
        try {
            response = http.exchange(c.request(), c.head());
        } catch (RuntimeException e) {
            failures.add(c.name() + " -> no answer: " + e);
            return;
        }
        String problem = problemError(response, c.head());
        if (response.status() >= 500) {
            failures.add(c.name() + " -> " + shorten(response.toString()));
        } else if (problem != null) {
            failures.add(c.name() + " -> " + problem + ": " + shorten(response.toString()));
        } else if (c.refusedField().isPresent()) {
            String field = response.status() == 400 ? response.json().path("field").asText() : "";
            if (!field.equals(c.refusedField().get())) {
                failures.add(c.name() + " -> not a 400 naming " + c.refusedField().get() + ": "
                             + shorten(response.toString()));
            }
        }
    }

    /** Why an error answer is not a proper problem, or null when it is one (or not an error). */
    private static String problemError(RawHttp.Response response, boolean head) {
        if (response.status() < 400) {
            return null;
        }
        String type = response.header("content-type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not problem+json";
        }
        if (head) {
            return null;
        }
        JsonNode body = response.json();
        if (!body.isObject() || body.path("status").asInt() != response.status()) {
            return "a problem whose status is not the response's";
        }
        return null;
    }

    private static Map<String, Object> asMap(Object value) {
        return OpenApiDocument.map(value);
    }

    private static List<Object> asList(Object value) {
        return OpenApiDocument.list(value);
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String quoted(String jsonEscapedText) {
        return "\"" + jsonEscapedText + "\"";
    }

    /** Real ids for path parameters, so that body checks behind an existence check are reached too. */
    private record Fixtures(TestUsers.Session admin, Map<String, String> pathValues, Map<String, String> bodyValues) {
    }

    private Fixtures fixtures() {
        TestUsers.Session admin = USERS.admin();
        TestUsers.Session employee = USERS.employee();
        String team = USERS.team("Fuzzers");
        String content = calls.post("/api/v1/content", admin, Map.of(
                "title", "Fuzz target", "canonicalUrl", "https://example.com/fuzz", "status", "published"))
                .text("id");
        String code = calls.post("/api/v1/links", admin, Map.of("contentId", content, "platform", "x")).text("code");
        String site = calls.post("/api/v1/sites", admin, Map.of(
                "name", "Fuzz site", "allowedOrigins", List.of("https://www.example.com"))).text("id");
        String second = calls.post("/api/v1/content", admin, Map.of(
                "title", "Fuzz target 2", "canonicalUrl", "https://example.com/fuzz-2", "status", "published"))
                .text("id");
        String monday = LocalDate.now(java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).toString();
        String challenge = calls.post("/api/v1/challenges", admin, Map.of(
                "weekStart", monday, "message", "Fuzz week", "items", List.of(content, second))).text("id");
        String invite = calls.post("/api/v1/invites", admin, Map.of(
                "email", "fuzz-invitee@example.com", "role", "employee")).text("id");
        Map<String, String> pathValues = Map.of(
                "/api/v1/content/{id}", content, "/api/v1/content/{id}/archive", content,
                "/api/v1/invites/{id}", invite, "/api/v1/users/{id}", employee.userId(),
                "/api/v1/teams/{id}", team, "/api/v1/links/{code}", code, "/r/{code}", code,
                "/api/v1/sites/{id}", site, "/api/v1/sites/{id}/key", site, "/api/v1/challenges/{id}", challenge);
        Map<String, String> bodyValues = Map.of("contentId", content, "linkCode", code, "team", team,
                                                "teamId", team);
        return new Fixtures(admin, pathValues, bodyValues);
    }

    /** One operation of the document and the cases made from what it declares. */
    private final class Operation {
        private final Map<String, Object> document;
        private final String template;
        private final String method;
        private final Map<String, Object> operation;
        private final List<Map<String, Object>> parameters = new ArrayList<>();
        private final Fixtures fixtures;
        private final String path;

        Operation(Map<String, Object> document, String template, String method, Map<String, Object> pathItem,
                  Map<String, Object> operation, Fixtures fixtures) {
            this.document = document;
            this.template = template;
            this.method = method;
            this.operation = operation;
            this.fixtures = fixtures;
            for (Object parameter : asList(pathItem.get("parameters"))) {
                parameters.add(resolve(asMap(parameter)));
            }
            for (Object parameter : asList(operation.get("parameters"))) {
                parameters.add(resolve(asMap(parameter)));
            }
            this.path = template.replaceAll("\\{[^}]+}", fixtures.pathValues().getOrDefault(template, "x"));
        }

        List<Case> cases() {
            List<Case> cases = new ArrayList<>();
            boolean anonymousToo = true;
            for (String segment : ODD_SEGMENTS) {
                String target = template.contains("{")
                        ? template.replaceAll("\\{[^}]+}", segment.replace("$", "\\$"))
                        : path + "/" + segment;
                cases.addAll(asEveryone(target, Map.of(), new byte[0], Optional.empty(), anonymousToo));
            }
            cases.addAll(asEveryone(path + "%zz", Map.of(), new byte[0], Optional.empty(), anonymousToo));
            cases.addAll(asEveryone(path + "?%zz=1", Map.of(), new byte[0], Optional.empty(), anonymousToo));
            cases.addAll(asEveryone(path, Map.of("X-Fuzz", "x".repeat(20_000)), new byte[0], Optional.empty(),
                                    false));
            for (Map<String, Object> parameter : parameters) {
                if ("query".equals(parameter.get("in"))) {
                    for (String value : ODD_QUERY_VALUES) {
                        cases.addAll(asEveryone(path + "?" + parameter.get("name") + "=" + value, Map.of(),
                                                new byte[0], Optional.empty(), anonymousToo));
                    }
                }
            }
            Map<String, Object> schema = requestSchema();
            if (!schema.isEmpty()) {
                cases.addAll(bodyCases(schema));
            }
            return cases;
        }

        private List<Case> bodyCases(Map<String, Object> schema) {
            List<Case> cases = new ArrayList<>();
            for (String body : MALFORMED_BODIES) {
                cases.add(asAdmin("malformed body " + shorten(body, 40), path, json(),
                                  body.getBytes(StandardCharsets.UTF_8), Optional.empty()));
            }
            byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, 0x28, '"', '}'};
            cases.add(asAdmin("invalid UTF-8 body", path, json(), invalidUtf8, Optional.empty()));
            String valid = object(schema, Map.of());
            for (String type : ODD_CONTENT_TYPES) {
                cases.add(asAdmin("Content-Type '" + type + "'", path, Map.of("Content-Type", type),
                                  valid.getBytes(StandardCharsets.UTF_8), Optional.empty()));
            }
            for (Map.Entry<String, Object> property : properties(schema).entrySet()) {
                Map<String, Object> propertySchema = resolve(asMap(property.getValue()));
                boolean instant = "date-time".equals(propertySchema.get("format"));
                for (String value : instant ? EXTREME_INSTANTS : ODD_JSON_VALUES) {
                    String body = object(schema, Map.of(property.getKey(), value));
                    cases.add(asAdmin(property.getKey() + " = " + shorten(value, 40), path, json(),
                                      body.getBytes(StandardCharsets.UTF_8),
                                      instant ? Optional.of(property.getKey()) : Optional.empty()));
                }
            }
            return cases;
        }

        private static Map<String, String> json() {
            return Map.of("Content-Type", "application/json");
        }

        private List<Case> asEveryone(String target, Map<String, String> headers, byte[] body,
                                      Optional<String> field, boolean anonymousToo) {
            List<Case> cases = new ArrayList<>();
            cases.add(asAdmin(target, target, headers, body, field));
            if (anonymousToo) {
                cases.add(build("anonymous " + method.toUpperCase(Locale.ROOT) + " " + shorten(target, 80), target,
                                headers, body, field, false));
            }
            return cases;
        }

        private Case asAdmin(String name, String target, Map<String, String> headers, byte[] body,
                             Optional<String> field) {
            return build(method.toUpperCase(Locale.ROOT) + " " + template + " " + shorten(name, 80), target, headers,
                         body, field, true);
        }

        private Case build(String name, String target, Map<String, String> headers, byte[] body,
                           Optional<String> field, boolean admin) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (admin) {
                all.put("Authorization", fixtures.admin().authorization());
            }
            if (method.equals("put") || method.equals("patch")) {
                all.putIfAbsent("If-Match", "\"1\"");
            }
            return new Case(name, RawHttp.request(method.toUpperCase(Locale.ROOT), target, all, body),
                            method.equals("head"), field);
        }

        private Map<String, Object> requestSchema() {
            Map<String, Object> content = asMap(asMap(operation.get("requestBody")).get("content"));
            return resolve(asMap(asMap(content.get("application/json")).get("schema")));
        }

        private Map<String, Object> properties(Map<String, Object> schema) {
            Map<String, Object> properties = new LinkedHashMap<>(asMap(schema.get("properties")));
            for (Object part : asList(schema.get("allOf"))) {
                properties.putAll(properties(resolve(asMap(part))));
            }
            return properties;
        }

        /** A plausible body for the schema, with the given properties replaced by raw JSON text. */
        private String object(Map<String, Object> schema, Map<String, String> replaced) {
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<String, Object> property : properties(schema).entrySet()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                String value = replaced.get(property.getKey());
                json.append(Json.string(property.getKey())).append(':')
                        .append(value != null ? value : Json.string(example(property.getKey(),
                                                                            resolve(asMap(property.getValue())))));
            }
            return json.append('}').toString();
        }

        private Object example(String name, Map<String, Object> schema) {
            Map<String, Supplier<Object>> named = Map.of(
                    "canonicalUrl", () -> "https://example.com/fuzz-" + counter.incrementAndGet(),
                    "imageUrl", () -> "https://example.com/image.png",
                    "postUrl", () -> "https://www.linkedin.com/feed/update/1",
                    "language", () -> "en",
                    "currency", () -> "EUR",
                    "type", () -> "lead",
                    "name", () -> "Fuzz " + counter.incrementAndGet(),
                    "email", () -> "fuzz-" + counter.incrementAndGet() + "@example.com",
                    "rules", List::of,
                    // Refused before anything connects: the preview never fetches from loopback (nor asks DNS here).
                    "url", () -> "http://127.0.0.1:9/");
            if (named.containsKey(name)) {
                return named.get(name).get();
            }
            if (fixtures.bodyValues().containsKey(name)) {
                return fixtures.bodyValues().get(name);
            }
            if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
                return values.getFirst();
            }
            String format = String.valueOf(schema.get("format"));
            return switch (String.valueOf(schema.get("type"))) {
                case "string" -> switch (format) {
                    case "date-time" -> Instant.now().toString();
                    case "date" -> LocalDate.now().toString();
                    case "uuid" -> UUID.randomUUID().toString();
                    case "email" -> "fuzz-" + counter.incrementAndGet() + "@example.com";
                    case "uri" -> "https://example.com/";
                    default -> "x";
                };
                case "integer" -> 1;
                case "number" -> 0.5;
                case "boolean" -> true;
                case "array" -> List.of();
                default -> Map.of();
            };
        }

        private Map<String, Object> resolve(Map<String, Object> node) {
            Object ref = node.get("$ref");
            if (!(ref instanceof String pointer)) {
                if (node.get("allOf") instanceof List<?> parts && parts.size() == 1 && node.size() <= 3) {
                    Map<String, Object> merged = new LinkedHashMap<>(resolve(asMap(parts.getFirst())));
                    merged.putAll(node);
                    merged.remove("allOf");
                    return merged;
                }
                return node;
            }
            Object target = document;
            for (String part : pointer.substring(2).split("/")) {
                target = asMap(target).get(part);
            }
            return resolve(asMap(target));
        }

        private static String shorten(String text, int length) {
            return text.length() > length ? text.substring(0, length) + "...(" + text.length() + ")" : text;
        }
    }
}
