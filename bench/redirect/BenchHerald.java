import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.herald.api.Herald;
import io.herald.api.HeraldConfig;
import io.herald.api.Main;
import io.herald.api.auth.invites.FirstAdminInvite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;

/**
 * Herald as the redirect benchmark runs it: the real server and routing (Main.setUp) on the embedded database in a
 * fresh data directory, set up the way a company would, through the API: the first admin redeems the invite, creates
 * one published content item and asks for their personal LinkedIn link. The redirect then serves that link as it
 * serves any other.
 *
 * Usage: java -cp "api/target/herald-api.jar:api/target/libs/*" bench/redirect/BenchHerald.java DATA_DIR PORT
 * Prints BENCH_READY code=... when the link exists, BENCH_STOPPED when a graceful shutdown has flushed the clicks.
 */
public class BenchHerald {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String dataDir = args[0];
        String port = args[1];
        String base = "http://127.0.0.1:" + port;
        Config config = HeraldConfig.load(Map.of("herald.data-dir", dataDir, "server.port", port,
                                                 "herald.public-url", base));
        Herald herald = Herald.start(config);
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

        String invite = herald.auth().firstAdminInvite().map(FirstAdminInvite::code)
                .orElseThrow(() -> new IllegalStateException("The data directory must be new: " + dataDir));
        HttpClient client = HttpClient.newHttpClient();
        String token = field(post(client, base + "/api/v1/auth/redeem", null, """
                {"code": "%s", "displayName": "Bench Admin", "email": "bench@example.com"}""".formatted(invite)),
                             "accessToken");
        String contentId = field(post(client, base + "/api/v1/content", token, """
                {"title": "Bench campaign", "canonicalUrl": "https://www.example.com/landing?ref=bench#top",
                 "summary": "The page every benchmark click lands on.", "status": "published",
                 "captions": [{"text": "Have a look at this.", "platform": "linkedin", "language": "en"}]}"""),
                                 "id");
        String code = field(post(client, base + "/api/v1/links", token, """
                {"contentId": "%s", "platform": "linkedin"}""".formatted(contentId)), "code");
        System.out.println("BENCH_READY code=" + code + " port=" + server.port());
    }

    private static String post(HttpClient client, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": "
                                            + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) throws Exception {
        JsonNode value = JSON.readTree(json).path(name);
        if (!value.isTextual()) {
            throw new IllegalStateException("No \"" + name + "\" in " + json);
        }
        return value.asText();
    }
}
