package io.herald.api.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import io.herald.api.Main;
import io.herald.api.TestHerald;
import io.herald.api.auth.PrivateFiles;
import io.herald.api.auth.invites.FirstAdminInvite;
import io.herald.api.auth.tokens.SigningKeys;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

/**
 * Several instances, one database (issue 13), as docs/multi-instance.md deploys them: an H2 TCP server, two Herald
 * instances as separate processes (each with its own data folder, the same JWKS file and the same public URL) behind
 * nginx running docs/multi-instance/nginx-herald.conf, all on loopback. Driven through nginx and through each instance
 * directly. The two instances start together on the empty database, which is the first-admin-invite race.
 */
@Tag("multi-instance")
class MultiInstanceTest {
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                         + "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    private static final String GOOGLEBOT = "Googlebot/2.1 (+http://www.google.com/bot.html)";
    private static final Pattern LISTENING = Pattern.compile("Herald listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern HCLID = Pattern.compile("[?&]hclid=([0-9A-Za-z]+)");
    private static final String ROLLED_BACK = "Cannot write clicks";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path work;
    private static Server h2;
    private static String dbUrl;
    private static Instance a;
    private static Instance b;
    private static Process nginx;
    private static URI front;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static long invitesAtStart;
    private static List<String> inviteFiles;
    private static String inviteFromCommand;
    private static Session admin;
    private static Session employee;

    record Session(String accessToken, String refreshToken, String userId) {
    }

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        String location() {
            return headers.firstValue("Location").orElse("");
        }
    }

    @BeforeAll
    static void startTwoInstancesBehindNginx() throws Exception {
        if (!Files.isExecutable(NGINX)) {
            throw new AssertionError("MultiInstanceTest runs nginx as the load balancer and " + NGINX + " is missing: "
                                     + "install it with `sudo apt-get install nginx-light` (./herald test does).");
        }
        work = TestHerald.tempDir();
        h2 = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-baseDir",
                                    work.resolve("h2").toString(), "-ifNotExists").start();
        dbUrl = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/herald;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";
        Path keys = work.resolve("jwks.json");
        PrivateFiles.write(keys, new JWKSet(SigningKeys.generate()).toString(false));
        int frontPort = freePort();
        front = URI.create("http://127.0.0.1:" + frontPort);

        // Together, on the empty database: both run the migrations and both look for the first admin invite.
        a = Instance.launch(work, "a", freePort(), keys, front, dbUrl);
        b = Instance.launch(work, "b", freePort(), keys, front, dbUrl);
        a.awaitListening();
        b.awaitListening();
        nginx = startNginx(work, frontPort, a.port, b.port);

        invitesAtStart = count("SELECT COUNT(*) FROM invites");
        inviteFiles = new ArrayList<>();
        for (Instance instance : List.of(a, b)) {
            Path file = instance.dataDir.resolve(FirstAdminInvite.FILE_NAME);
            if (Files.exists(file)) {
                inviteFiles.add(Files.readString(file));
            }
        }
        inviteFromCommand = adminInviteCommand();
        assertThat("an instance wrote the first admin invite", inviteFiles.isEmpty(), is(false));
        admin = redeem(front, inviteFiles.getFirst().strip(), "admin@example.com");
        employee = newEmployee("employee@example.com");
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    @Test
    void twoInstancesStartingTogetherMakeOneAdminInviteThatTheCommandReadsFromTheDatabase() {
        assertThat("invites made by the two starts", invitesAtStart, is(1L));
        assertThat("the file is in the data folder of the instance that made it", inviteFiles.size(), is(1));
        assertThat("./herald admin-invite prints the code alone, as the file holds it", inviteFromCommand,
                   is(inviteFiles.getFirst()));
    }

    @Test
    void tokensFromEitherInstanceWorkOnBoth() throws Exception {
        for (Instance instance : List.of(a, b)) {
            assertThat(call("GET", instance.url("/api/v1/me"), admin, null).status(), is(200));
        }
        // Refreshed on B, used on A.
        Reply refreshed = call("POST", b.url("/api/v1/auth/refresh"), null,
                               Map.of("refreshToken", employee.refreshToken()));
        assertThat(refreshed.body(), refreshed.status(), is(200));
        Session rotated = new Session(refreshed.json().get("accessToken").asText(),
                                      refreshed.json().get("refreshToken").asText(), employee.userId());
        assertThat(call("GET", a.url("/api/v1/me"), rotated, null).status(), is(200));
        employee = rotated;
    }

    @Test
    void aContentEditOnOneInstanceReachesTheOthersRedirectsWithinTwoSeconds() throws Exception {
        Content item = content("Edited", "https://example.com/before");
        String code = link(a, employee, item.id, "linkedin");
        assertThat(redirect(b, code, CHROME).location(), startsWith("https://example.com/before"));

        Reply edited = call("PUT", a.url("/api/v1/content/" + item.id), admin,
                            item.body("https://example.com/after"), Map.of("If-Match", item.etag));
        assertThat(edited.body(), edited.status(), is(200));
        long editedAt = System.nanoTime();
        String location = redirect(b, code, CHROME).location();
        while (!location.startsWith("https://example.com/after") && System.nanoTime() - editedAt < 5_000_000_000L) {
            Thread.sleep(20);
            location = redirect(b, code, CHROME).location();
        }
        long millis = (System.nanoTime() - editedAt) / 1_000_000;
        System.out.println("Multi-instance: a content edit on A reached B's redirect in " + millis + " ms");
        assertThat(location, startsWith("https://example.com/after"));
        assertThat(millis, lessThan(2_000L));
    }

    @Test
    void fortySimultaneousFirstVisitsToALinkMadeOnTheOtherInstanceAreAllRedirected() throws Exception {
        Content item = content("Crowded", "https://example.com/crowded");
        String code = link(a, employee, item.id, "x");
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> visitors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            visitors.add(Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                    statuses.add(redirect(b, code, CHROME).status());
                } catch (Exception e) {
                    statuses.add(-1);
                }
            }));
        }
        go.countDown();
        for (Thread visitor : visitors) {
            visitor.join();
        }
        assertThat(statuses.size(), is(40));
        assertThat(statuses, everyItem(is(302)));
    }

    @Test
    void afterAnErasureOnOneInstanceTheOtherStoresNothingWithThePersonsId() throws Exception {
        Session leaving = newEmployee("leaving@example.com");
        Content item = content("Erased", "https://example.com/erased");
        String code = link(a, leaving, item.id, "linkedin");
        String linkId = single("SELECT id FROM links WHERE code = ?", code);
        // B reads the link's owner (and keeps it) while writing these.
        String bot = hclid(redirect(b, code, GOOGLEBOT));
        String person = hclid(redirect(b, code, CHROME));
        awaitStored(Set.of(bot, person));
        assertThat(count("SELECT COUNT(*) FROM bot_visits WHERE user_id = ?", leaving.userId()), is(1L));

        Reply erased = call("DELETE", a.url("/api/v1/me/data"), leaving, null);
        assertThat(erased.body(), erased.status(), is(204));
        Set<String> after = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 10; i++) {
            after.add(hclid(redirect(b, code, GOOGLEBOT)));
            after.add(hclid(redirect(b, code, CHROME)));
        }
        awaitStored(after);
        assertThat("bot visits of " + linkId, count("SELECT COUNT(*) FROM bot_visits WHERE user_id = ?",
                                                     leaving.userId()), is(0L));
        assertThat(count("SELECT COUNT(*) FROM click_daily WHERE user_id = ?", leaving.userId()), is(0L));
        assertThat(count("SELECT COUNT(*) FROM links WHERE user_id = ?", leaving.userId()), is(0L));
        assertThat(count("SELECT COUNT(*) FROM conversions WHERE user_id = ?", leaving.userId()), is(0L));
    }

    @Test
    void aClickOnOneInstanceAndItsConversionOnTheOtherAtOnceIsAttributed() throws Exception {
        Reply site = call("POST", a.url("/api/v1/sites"), admin,
                          Map.of("name", "Shop", "allowedOrigins", List.of("https://shop.example.com")));
        assertThat(site.body(), site.status(), is(201));
        String secret = site.json().get("secretKey").asText();
        Content item = content("Bought", "https://shop.example.com/offer");
        String code = link(a, employee, item.id, "linkedin");
        List<String> attributions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String clickId = hclid(redirect(b, code, CHROME));
            HttpRequest request = HttpRequest.newBuilder(a.url("/api/v1/conversions"))
                    .header("Authorization", "Bearer " + secret)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                            "clickId", clickId, "type", "purchase", "eventId", UUID.randomUUID().toString()))))
                    .build();
            HttpResponse<String> reply = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(reply.body(), reply.statusCode(), is(201));
            attributions.add(JSON.readTree(reply.body()).get("attribution").asText());
        }
        assertThat(attributions, everyItem(is("attributed")));
    }

    @Test
    void twoTimesTwoThousandClicksFromTheSameVisitorsAreCountedExactlyWithoutARolledBackBatch() throws Exception {
        Content item = content("Counted", "https://example.com/counted");
        String code = link(a, employee, item.id, "linkedin");
        String linkId = single("SELECT id FROM links WHERE code = ?", code);
        int visitors = 200;
        int perInstance = 2_000;
        List<Thread> senders = new ArrayList<>();
        AtomicInteger redirected = new AtomicInteger();
        for (Instance instance : List.of(a, b)) {
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < 8; t++) {
                senders.add(Thread.ofVirtual().start(() -> {
                    for (int i = next.getAndIncrement(); i < perInstance; i = next.getAndIncrement()) {
                        // The same 200 visitors on both instances, each 10 times on each.
                        String visitor = "203.0." + (i % visitors / 100) + "." + (i % visitors % 100);
                        try {
                            Reply reply = send(HttpRequest.newBuilder(instance.url("/r/" + code))
                                                       .header("User-Agent", CHROME)
                                                       .header("X-Forwarded-For", visitor).GET().build());
                            if (reply.status() == 302) {
                                redirected.incrementAndGet();
                            }
                        } catch (Exception e) {
                            // counted as not redirected
                        }
                    }
                }));
            }
        }
        for (Thread sender : senders) {
            sender.join();
        }
        assertThat(redirected.get(), is(2 * perInstance));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count("SELECT COUNT(*) FROM clicks WHERE link_id = ?", linkId) < 2L * perInstance
               && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count("SELECT COUNT(*) FROM clicks WHERE link_id = ?", linkId), is(2L * perInstance));
        assertThat(count("SELECT COUNT(*) FROM clicks WHERE link_id = ? AND is_unique = 1", linkId),
                   is((long) visitors));
        assertThat(count("SELECT COUNT(*) FROM unique_visitors WHERE link_id = ?", linkId), is((long) visitors));
        assertThat(count("SELECT SUM(clicks) FROM click_daily WHERE link_id = ?", linkId), is(2L * perInstance));
        assertThat(count("SELECT SUM(unique_clicks) FROM click_daily WHERE link_id = ?", linkId),
                   is((long) visitors));
        for (Instance instance : List.of(a, b)) {
            List<String> rolledBack = instance.log().lines().filter(line -> line.contains(ROLLED_BACK)).toList();
            assertThat("batches rolled back on " + instance.name, rolledBack, is(empty()));
        }
    }

    // --- set-up ---

    private record Content(String id, String etag, String title) {
        Map<String, Object> body(String url) {
            return Map.of("title", title, "canonicalUrl", url, "status", "published",
                          "captions", List.of(Map.of("text", "Read this", "platform", "any", "language", "en")));
        }
    }

    private static Content content(String title, String url) throws Exception {
        Content item = new Content(null, null, title);
        Reply created = call("POST", a.url("/api/v1/content"), admin, item.body(url));
        assertThat(created.body(), created.status(), is(201));
        return new Content(created.json().get("id").asText(), created.headers().firstValue("ETag").orElseThrow(),
                           title);
    }

    private static String link(Instance on, Session owner, String contentId, String platform) throws Exception {
        Reply link = call("POST", on.url("/api/v1/links"), owner, Map.of("contentId", contentId, "platform", platform));
        assertThat(link.body(), link.status() == 201 || link.status() == 200, is(true));
        return link.json().get("code").asText();
    }

    private static Session newEmployee(String email) throws Exception {
        Reply invite = call("POST", front.resolve("/api/v1/invites"), admin, Map.of("email", email, "role",
                                                                                    "employee"));
        assertThat(invite.body(), invite.status(), is(201));
        return redeem(front, invite.json().get("code").asText(), email);
    }

    private static Session redeem(URI base, String code, String email) throws Exception {
        Reply session = call("POST", base.resolve("/api/v1/auth/redeem"), null,
                             Map.of("code", code, "email", email, "displayName", email.substring(0, email.indexOf('@'))));
        assertThat(session.body(), session.status(), is(200));
        JsonNode json = session.json();
        return new Session(json.get("accessToken").asText(), json.get("refreshToken").asText(),
                           json.get("user").get("id").asText());
    }

    /** {@code ./herald admin-invite} as the script runs it: Main's admin-invite on the shared database. */
    private static String adminInviteCommand() throws Exception {
        Path output = work.resolve("admin-invite.out");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"),
                "-Dherald.data-dir=" + work.resolve("operator"),
                "-Ddb.connection.url=" + dbUrl,
                "-Dserver.host=127.0.0.1", "-Dserver.port=0",
                Main.class.getName(), "admin-invite")
                .redirectError(work.resolve("admin-invite.err").toFile())
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "admin-invite did not exit within 60 s";
        }
        // Checked by the test of the first admin invite, so that the other tests run whatever it printed.
        return process.exitValue() == 0 ? Files.readString(output)
                : "exit " + process.exitValue() + ": " + Files.readString(work.resolve("admin-invite.err"));
    }

    private static Process startNginx(Path work, int frontPort, int portA, int portB) throws Exception {
        Path dir = work.resolve("nginx");
        Files.createDirectories(dir);
        String site = Files.readString(repositoryFile("docs/multi-instance/nginx-herald.conf"))
                .replace("listen 127.0.0.1:8080 ", "listen 127.0.0.1:" + frontPort + " ")
                .replace("server 127.0.0.1:8081 ", "server 127.0.0.1:" + portA + " ")
                .replace("server 127.0.0.1:8082 ", "server 127.0.0.1:" + portB + " ");
        assertThat("the checked-in configuration names the three addresses the test replaces",
                   site.contains(":8080") || site.contains(":8081") || site.contains(":8082"), is(false));
        Files.writeString(dir.resolve("herald.conf"), site);
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  include %1$s/herald.conf;
                }
                """.formatted(dir));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c",
                                             dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            try {
                new java.net.Socket("127.0.0.1", frontPort).close();
                return process;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nginx did not listen on " + frontPort);
    }

    /** A file of the repository, found from the module's directory (the tests run in api/). */
    static Path repositoryFile(String path) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(path))) {
                return dir.resolve(path);
            }
        }
        throw new AssertionError("No " + path + " above " + Path.of("").toAbsolutePath());
    }

    // --- HTTP and SQL ---

    private static Reply redirect(Instance on, String code, String agent) throws Exception {
        return send(HttpRequest.newBuilder(on.url("/r/" + code)).header("User-Agent", agent).GET().build());
    }

    private static String hclid(Reply redirect) {
        assertThat(redirect.body(), redirect.status(), is(302));
        Matcher id = HCLID.matcher(redirect.location());
        assertThat(redirect.location(), id.find(), is(true));
        return id.group(1);
    }

    private static Reply call(String method, URI url, Session session, Object body) throws Exception {
        return call(method, url, session, body, Map.of());
    }

    private static Reply call(String method, URI url, Session session, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (session != null) {
            request.header("Authorization", "Bearer " + session.accessToken());
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    private static Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers());
    }

    /** Waits until every click id is stored, as a click or a bot visit. */
    private static void awaitStored(Set<String> clickIds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<String> missing = ConcurrentHashMap.newKeySet();
        missing.addAll(clickIds);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            missing.removeIf(id -> {
                try {
                    return count("SELECT COUNT(*) FROM clicks WHERE click_id = ?", id)
                           + count("SELECT COUNT(*) FROM bot_visits WHERE click_id = ?", id) > 0;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(50);
        }
        assertThat("click ids not stored", missing, is(empty()));
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        String value = single(sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String single(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(dbUrl, "herald", "herald");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                assertThat(sql, row.next(), is(true));
                return row.getString(1);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Herald's Main in a JVM of its own, as docs/multi-instance.md sets an instance up. */
    static final class Instance {
        final String name;
        final int port;
        final Path dataDir;
        final Path output;
        final Process process;

        private Instance(String name, int port, Path dataDir, Path output, Process process) {
            this.name = name;
            this.port = port;
            this.dataDir = dataDir;
            this.output = output;
            this.process = process;
        }

        static Instance launch(Path work, String name, int port, Path keys, URI publicUrl, String dbUrl)
                throws IOException {
            Path dataDir = work.resolve("data-" + name);
            Path output = work.resolve(name + ".log");
            Process process = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"),
                    "-Dherald.data-dir=" + dataDir,
                    "-Dserver.host=127.0.0.1",
                    "-Dserver.port=" + port,
                    "-Dherald.public-url=" + publicUrl,
                    "-Dherald.auth.jwks-file=" + keys,
                    "-Ddb.connection.url=" + dbUrl,
                    "-Dherald.http.forwarded-for-hops=1",
                    // The test calls the instances directly from one address: each link it makes costs the other
                    // instance one look-up of an unknown code, more than the production limit of 20 a minute.
                    "-Dherald.limits.unknown-codes.per-address=1000/PT1M",
                    Main.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            return new Instance(name, port, dataDir, output, process);
        }

        void awaitListening() throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (LISTENING.matcher(log()).find()) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("Herald " + name + " exited (" + process.exitValue() + "):\n" + log());
                }
                Thread.sleep(50);
            }
            throw new AssertionError("Herald " + name + " did not start:\n" + log());
        }

        URI url(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String log() {
            try {
                return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
