package io.herald.api;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import io.herald.api.auth.invites.FirstAdminInvite;
import io.herald.api.console.AdminConsole;
import io.herald.api.db.Database;
import io.herald.api.web.ConnectionFilter;
import io.herald.api.web.NoSniffFilter;
import io.herald.api.web.ProblemDirectHandler;
import io.herald.api.web.ProblemHandler;
import io.herald.api.web.Routes;
import io.helidon.config.Config;
import io.helidon.dbclient.health.DbClientHealthCheck;
import io.helidon.logging.common.LogConfig;
import io.helidon.openapi.OpenApiFeature;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

/** Starts Herald: configuration, the application, and the web server that serves it. */
public final class Main {
    private static final System.Logger LOG = System.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        long launched = System.nanoTime();
        LogConfig.configureRuntime();
        Config config = HeraldConfig.load();
        // Helidon's own parts that read the global configuration (the metrics registry, first asked for by the rate
        // limits' counters) read this one: unset, the first of them loads a default configuration of its own, a
        // second read of the environment and application.yaml that took about 0.17 s of every start.
        Config.global(config);
        if (args.length > 0 && args[0].equals("repair-migrations")) {
            // After a migration stopped half done and its objects were dropped by hand: see docs/api-reference.md "Oracle".
            Path dataDir = Path.of(config.get("herald.data-dir").asString().orElse("data")).toAbsolutePath();
            System.out.println(Database.repairMigrations(config, dataDir));
            return;
        }
        if (args.length > 0 && args[0].equals("admin-invite")) {
            System.exit(printAdminInvite(config));
        }
        Herald herald = Herald.start(config);
        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .update(builder -> setUp(builder, herald))
                .build()
                .start();
        // Stop taking requests first, then flush what Herald holds in memory (clicks) and close the database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            herald.close();
        }, "herald-shutdown"));
        LOG.log(Level.INFO, "Herald listening on http://" + config.get("server.host").asString().orElse("0.0.0.0")
                            + ":" + server.port() + " (data in " + herald.dataDir() + ", ready in "
                            + (System.nanoTime() - launched) / 1_000_000 + " ms)");
        System.out.println(StartupBanner.text(herald));
    }

    /**
     * {@code ./herald admin-invite}: the first admin invite's code, read from the database (any instance may have made
     * it), alone on standard output; 1 with the reason on standard error when there is none to redeem.
     */
    private static int printAdminInvite(Config config) {
        // The log goes to standard output too: only warnings, so that the output is the code alone.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path dataDir = Path.of(config.get("herald.data-dir").asString().orElse("data")).toAbsolutePath();
        try (Database database = Database.open(config, dataDir)) {
            Optional<String> code = FirstAdminInvite.pendingCode(database.client(), Clock.systemUTC());
            if (code.isEmpty()) {
                System.err.println("There is no first admin invite to redeem: it was redeemed, revoked or has expired, "
                                   + "or Herald has not started on this database yet. Admins invite people from the "
                                   + "console's People page; with nobody left, the next start makes a new invite.");
                return 1;
            }
            System.out.println(code.get());
            return 0;
        } catch (IllegalStateException e) {
            // The embedded database is one file that the running Herald holds locked.
            System.err.println(String.valueOf(e.getMessage()).contains("already in use")
                    ? "The embedded database is in use by the running Herald: its first admin invite is in "
                      + dataDir.normalize().resolve("admin-invite.txt") + " (and on its start-up banner)."
                    : e.getMessage());
            return 1;
        }
    }

    /** The server's features and routing; tests call this too so they serve exactly what production serves. */
    public static void setUp(WebServerConfig.BuilderBase<?, ?> server, Herald herald) {
        features(server, herald);
        // What Helidon refuses by itself (malformed request lines, oversized headers) is a problem+json too.
        server.directHandlers(ProblemDirectHandler.handlers());
        // Told when each request's line and headers are in, so that slow headers and bodies time out.
        server.addProtocol(Http1Config.builder().addReceiveListener(herald.requestDeadlines()).build());
        server.routing(routing -> routing(routing, herald));
    }

    /** Observability (health with a database check, Prometheus metrics) and the OpenAPI document. */
    public static void features(WebServerConfig.BuilderBase<?, ?> server, Herald herald) {
        Config config = herald.config();
        // Features are listed here rather than discovered, so the server starts only what Herald uses.
        server.featuresDiscoverServices(false)
                .addFeature(ObserveFeature.just(
                        HealthObserver.builder()
                                .details(true)
                                .addCheck(DbClientHealthCheck.create(herald.database().client(),
                                                                     config.get("db.health-check")))
                                .build(),
                        MetricsObserver.create()))
                .addFeature(OpenApiFeature.create(config.get("openapi")));
    }

    /** @return the API's routes as registered, with who may call each (once Helidon has built the routing) */
    public static Routes routing(HttpRouting.Builder routing, Herald herald) {
        Routes routes = new Routes(routing, herald.auth().authentication());
        ProblemHandler.register(routing, routes);
        // CORS first: a preflight is answered before anything else looks at the request.
        routing.addFilter(herald.extensionCors())
                .addFilter(new ConnectionFilter(herald.requestDeadlines()))
                .addFilter(new NoSniffFilter())
                // Last of Herald's filters, before the routing and the metrics feature's filter: the redirect.
                .addFilter(herald.attribution().redirect().ahead());
        herald.areas().forEach(area -> area.routes(routes));
        // The console's static files, outside the API and its document: anyone may load them.
        AdminConsole.register(routing, herald.publicUrl().text());
        return routes;
    }
}
