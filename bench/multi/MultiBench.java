import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import io.herald.api.auth.PrivateFiles;
import io.herald.api.auth.tokens.SigningKeys;

/**
 * The Java half of bench/multi/run.sh: makes the shared signing keys, sets up a company through the API of two running
 * instances (A and B), and measures how long each kind of change made on A takes to be seen on B.
 *
 * Usage (class path: api/target/herald-api.jar:api/target/libs/*):
 *   java MultiBench.java keys FILE
 *   java MultiBench.java run A_URL B_URL DB_URL ROUNDS   (prints "BENCH_CODE code" for the load, then the timings)
 */
public class MultiBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                         + "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    private static final Pattern HCLID = Pattern.compile("[?&]hclid=([0-9A-Za-z]+)");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("keys")) {
            PrivateFiles.write(Path.of(args[1]), new JWKSet(SigningKeys.generate()).toString(false));
            return;
        }
        URI a = URI.create(args[1]);
        URI b = URI.create(args[2]);
        String db = args[3];
        int rounds = Integer.parseInt(args[4]);

        String admin = redeem(a, pendingInvite(db), "admin@example.com");
        JsonNode employeeInvite = call("POST", a.resolve("/api/v1/invites"), admin,
                                       Map.of("email", "employee@example.com", "role", "employee"));
        String employee = redeem(a, employeeInvite.get("code").asText(), "employee@example.com");
        String loadItem = content(a, admin, "Load", "https://www.example.com/landing?ref=bench").get("id").asText();
        System.out.println("BENCH_CODE " + link(a, employee, loadItem, "linkedin"));

        List<Double> edits = new ArrayList<>();
        List<Double> newLinks = new ArrayList<>();
        List<Double> erasures = new ArrayList<>();
        List<Double> conversions = new ArrayList<>();
        JsonNode site = call("POST", a.resolve("/api/v1/sites"), admin,
                             Map.of("name", "Shop", "allowedOrigins", List.of("https://shop.example.com")));
        String secret = site.get("secretKey").asText();
        for (int round = 0; round < rounds; round++) {
            // A content edit on A, until B's redirect leads to the new URL.
            JsonNode item = content(a, admin, "Edit " + round, "https://example.com/before-" + round);
            String etag = lastEtag;
            String code = link(a, employee, item.get("id").asText(), "linkedin");
            redirect(b, code);
            long start = System.nanoTime();
            call("PUT", a.resolve("/api/v1/content/" + item.get("id").asText()), admin,
                 body("Edit " + round, "https://example.com/after-" + round), Map.of("If-Match", etag));
            while (!redirect(b, code).startsWith("https://example.com/after-")) {
                Thread.sleep(5);
            }
            edits.add(millis(start));

            // A link made on A, until its first visit on B is redirected.
            start = System.nanoTime();
            String fresh = link(a, employee, item.get("id").asText(), "x");
            String location = redirect(b, fresh);
            if (location.isEmpty()) {
                HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(b.resolve("/r/" + fresh))
                                                               .header("User-Agent", CHROME).build(),
                                                       HttpResponse.BodyHandlers.ofString());
                throw new IllegalStateException("B did not redirect a link made on A; again: " + again.statusCode()
                                                + " " + again.body());
            }
            newLinks.add(millis(start));

            // A click on B and its conversion on A at once: the conversion's answer waits for the click.
            String clickId = hclid(redirect(b, code));
            start = System.nanoTime();
            JsonNode conversion = siteCall(a, secret, Map.of("clickId", clickId, "type", "purchase",
                                                             "eventId", UUID.randomUUID().toString()));
            conversions.add(millis(start));
            if (!conversion.get("attribution").asText().equals("attributed")) {
                throw new IllegalStateException("Not attributed: " + conversion);
            }

            // An erasure on A: DELETE returns once every instance has stored what it held with the old owner.
            JsonNode leaverInvite = call("POST", a.resolve("/api/v1/invites"), admin,
                                         Map.of("email", "leaver" + round + "@example.com", "role", "employee"));
            String leaver = redeem(a, leaverInvite.get("code").asText(), "leaver" + round + "@example.com");
            redirect(b, link(a, leaver, item.get("id").asText(), "linkedin"));
            start = System.nanoTime();
            call("DELETE", a.resolve("/api/v1/me/data"), leaver, null);
            erasures.add(millis(start));
        }
        System.out.println("change (made on A, seen on B)          median ms   max ms   rounds");
        print("content edit -> B's redirect", edits);
        print("new link -> first visit on B redirected", newLinks);
        print("erasure -> every instance done (DELETE)", erasures);
        print("click on B -> conversion on A attributed", conversions);
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-40s %9.0f %8.0f %8d%n", what, sorted.get(sorted.size() / 2), sorted.getLast(),
                          sorted.size());
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** The first admin invite's code as `./herald admin-invite` reads it. */
    private static String pendingInvite(String db) throws Exception {
        try (Connection connection = DriverManager.getConnection(db, "herald", "herald");
             ResultSet row = connection.createStatement().executeQuery("SELECT code FROM first_admin WHERE id = 1")) {
            row.next();
            return row.getString(1);
        }
    }

    private static String redeem(URI base, String code, String email) throws Exception {
        return call("POST", base.resolve("/api/v1/auth/redeem"), null,
                    Map.of("code", code, "email", email, "displayName", email.substring(0, email.indexOf('@'))))
                .get("accessToken").asText();
    }

    private static Map<String, Object> body(String title, String url) {
        return Map.of("title", title, "canonicalUrl", url, "status", "published",
                      "captions", List.of(Map.of("text", "Read this", "platform", "any", "language", "en")));
    }

    private static JsonNode content(URI base, String token, String title, String url) throws Exception {
        return call("POST", base.resolve("/api/v1/content"), token, body(title, url));
    }

    private static String link(URI base, String token, String contentId, String platform) throws Exception {
        return call("POST", base.resolve("/api/v1/links"), token, Map.of("contentId", contentId, "platform", platform))
                .get("code").asText();
    }

    private static String lastEtag;

    private static JsonNode call(String method, URI url, String token, Object body) throws Exception {
        return call(method, url, token, body, Map.of());
    }

    private static JsonNode call(String method, URI url, String token, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                                            + response.body());
        }
        response.headers().firstValue("ETag").ifPresent(etag -> lastEtag = etag);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static JsonNode siteCall(URI base, String secret, Map<String, String> body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/conversions"))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                                                   HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("conversion answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The Location of a redirect, or "" when it was no 302. */
    private static String redirect(URI base, String code) throws Exception {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/r/" + code))
                                                        .header("User-Agent", CHROME).build(),
                                                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 302 ? response.headers().firstValue("Location").orElse("") : "";
    }

    private static String hclid(String location) {
        Matcher id = HCLID.matcher(location);
        if (!id.find()) {
            throw new IllegalStateException("No click id in " + location);
        }
        return id.group(1);
    }
}
