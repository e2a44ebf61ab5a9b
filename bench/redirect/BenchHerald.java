import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.Herald;
import io.herald.api.HeraldConfig;
import io.herald.api.Main;
import io.herald.api.attribution.ContentTarget;
import io.herald.api.attribution.ContentTargets;
import io.herald.api.attribution.RandomCodes;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;

/**
 * Herald as the redirect benchmark runs it: the real server and routing (Main.setUp) on the embedded database in a
 * fresh data directory, with one content item and one employee's link.
 *
 * Two stand-ins until the other areas are merged, both outside the measured path:
 * - the content library is a single in-memory item (the content work provides the real repository);
 * - the employee and the link are inserted directly into the database, because the sign-in work (invites, tokens)
 *   is not on this branch; the redirect then finds the link the way it finds one created by another instance (one
 *   guarded lookup on the first visit, cached from then on).
 *
 * Usage: java -cp "api/target/herald-api.jar:api/target/libs/*" bench/redirect/BenchHerald.java DATA_DIR PORT
 */
public class BenchHerald {
    public static void main(String[] args) {
        String dataDir = args[0];
        String port = args[1];
        Config config = HeraldConfig.load(Map.of("herald.data-dir", dataDir, "server.port", port,
                                                 "herald.public-url", "http://127.0.0.1:" + port));
        String contentId = UUID.randomUUID().toString();
        ContentTarget landing = new ContentTarget(contentId, "https://www.example.com/landing?ref=bench#top",
                                                  "bench-campaign", "article", "published", Optional.empty());
        ContentTargets library = id -> id.equals(contentId) ? Optional.of(landing) : Optional.empty();
        Herald herald = Herald.start(config, library, Clock.systemUTC());

        String userId = UUID.randomUUID().toString();
        String code = RandomCodes.base62(10);
        long now = System.currentTimeMillis();
        herald.database().client().execute().dml(
                "INSERT INTO users (id, email, display_name, role, status, invited_at, activated_at) "
                + "VALUES (?, ?, 'Bench Employee', 'employee', 'active', ?, ?)", userId, "bench@example.com", now, now);
        herald.database().client().execute().dml(
                "INSERT INTO links (id, code, user_id, owner_key, content_id, platform, created_at) "
                + "VALUES (?, ?, ?, ?, ?, 'linkedin', ?)", UUID.randomUUID().toString(), code, userId, userId,
                contentId, now);

        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .update(builder -> Main.setUp(builder, herald))
                .build()
                .start();
        if (!server.isRunning() || server.port() < 0) {
            System.out.println("BENCH_FAILED: cannot listen on port " + port);
            herald.close();
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            herald.close();
            System.out.println("BENCH_STOPPED dropped=" + herald.attribution().clickBuffer().dropped());
        }));
        System.out.println("BENCH_READY code=" + code + " port=" + server.port());
    }
}
