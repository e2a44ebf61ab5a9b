package io.herald.extension.background;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.extension.jso.Timers;
import io.herald.extension.message.Message;
import java.util.function.Consumer;

/**
 * What the options page and the popup ask for: signing in and out, settings, the person's own figures, the feed to
 * browse and copy from, and a code to sign in another browser.
 */
final class Account {

    private static final int FEED_RESULTS = 20;

    private final Session session;
    private final Settings settings;
    private final Api api;
    private final Library library;
    private final Challenges challenges;
    private final ShareQueue shares;
    private final Policy policy;
    private final Catalogs catalogs;
    private final Runnable refreshAll;
    private final Runnable forgetContent;

    Account(Session session, Settings settings, Api api, Library library, Challenges challenges, ShareQueue shares,
            Policy policy, Catalogs catalogs, Runnable refreshAll, Runnable forgetContent) {
        this.session = session;
        this.settings = settings;
        this.api = api;
        this.library = library;
        this.challenges = challenges;
        this.shares = shares;
        this.policy = policy;
        this.catalogs = catalogs;
        this.refreshAll = refreshAll;
        this.forgetContent = forgetContent;
    }

    /** Who is signed in, the settings, and the words of the chosen language for the page to show. */
    void status(Message request, Router.Sender sender, Consumer<Message> answer) {
        policy.server(managed -> catalogs.catalog(settings.chosenLanguage(),
                catalog -> answer.accept(statusMessage(managed).with("catalog", catalog))));
    }

    private Message statusMessage(String managedServer) {
        JsonObject user = session.user();
        return Message.answer()
                .with("signedIn", session.signedIn())
                .with("server", session.server())
                .with("managedServer", managedServer)
                .with("user", new JsonObject()
                        .add("displayName", user.getString("displayName", ""))
                        .add("email", user.getString("email", ""))
                        .add("role", user.getString("role", "")))
                .with("settings", settings.toJson())
                .with("language", settings.language())
                .with("shares", shares.status());
    }

    /** Redeems an invite or a sign-in code. A server preset by policy wins over a typed one. */
    void signIn(Message request, Router.Sender sender, Consumer<Message> answer) {
        policy.server(managed -> {
            String server;
            try {
                server = ServerAddress.normalize(managed.isEmpty() ? request.text("server") : managed);
            } catch (IllegalArgumentException e) {
                answer.accept(Message.error(e.getMessage()).with("field", "server"));
                return;
            }
            String code = request.text("code").trim();
            String displayName = request.text("displayName").trim();
            if (code.isEmpty()) {
                answer.accept(Message.error("Enter the code from your invitation.").with("field", "code"));
                return;
            }
            if (displayName.isEmpty() || displayName.length() > 100) {
                answer.accept(Message.error("Enter the name people will see, up to 100 characters.")
                        .with("field", "displayName"));
                return;
            }
            String before = session.user().getString("id", "");
            String serverBefore = session.server();
            session.signIn(server, code, displayName, problem -> {
                if (problem != null) {
                    answer.accept(Message.error(problem).with("field", "code"));
                    return;
                }
                boolean samePerson = before.equals(session.user().getString("id", ""))
                                     && serverBefore.equals(server);
                Runnable ready = () -> {
                    refreshAll.run();
                    shares.flushNow();
                    status(request, sender, answer);
                };
                if (samePerson) {
                    ready.run();
                } else {
                    forgetContent.run();
                    ready.run();
                }
            });
        });
    }

    void signOut(Message request, Router.Sender sender, Consumer<Message> answer) {
        session.signOut(() -> {
            forgetContent.run();
            status(request, sender, answer);
        });
    }

    void saveSettings(Message request, Router.Sender sender, Consumer<Message> answer) {
        JsonObject sites = request.object("sites");
        settings.save(request.text("language"), sites.getBoolean("x", true), sites.getBoolean("linkedin", true),
                () -> status(request, sender, answer));
    }

    /** Opts in to or out of the leaderboard: the API keeps this choice ({@code PUT /api/v1/me/preferences}). */
    void setLeaderboard(Message request, Router.Sender sender, Consumer<Message> answer) {
        if (request.json().get("leaderboard") == null) {
            api.get("/api/v1/me/preferences", response -> answer.accept(response.ok()
                    ? Message.answer().with("leaderboard", response.json().getBoolean("leaderboard", false))
                    : Message.error(response.problem())));
            return;
        }
        api.put("/api/v1/me/preferences", new JsonObject().add("leaderboard", request.flag("leaderboard")),
                response -> answer.accept(response.ok()
                        ? Message.answer().with("leaderboard", response.json().getBoolean("leaderboard", false))
                        : Message.error(response.problem())));
    }

    /**
     * Items matching the query (all, featured first, when it is empty), with the caption for each platform; and this
     * week's challenge with its items.
     */
    void feed(Message request, Router.Sender sender, Consumer<Message> answer) {
        JsonArray items = new JsonArray();
        for (FeedItem item : library.search(request.text("q"), FEED_RESULTS)) {
            items.add(popupView(item));
        }
        JsonArray challengeItems = new JsonArray();
        for (FeedItem item : challenges.items()) {
            challengeItems.add(popupView(item));
        }
        JsonObject challenge = challenges.summary();
        answer.accept(Message.answer()
                .with("items", items)
                .with("challenge", challenge == null ? null : challenge.add("items", challengeItems))
                .with("signedIn", session.signedIn()));
    }

    private JsonObject popupView(FeedItem item) {
        String language = settings.language();
        return item.view("linkedin", language)
                .add("captions", new JsonObject()
                        .add("linkedin", item.caption("linkedin", language))
                        .add("x", item.caption("x", language)));
    }

    /** This month's figures, from the first of the month (UTC) to today. */
    void myStats(Message request, Router.Sender sender, Consumer<Message> answer) {
        String today = Timers.iso(Timers.now()).substring(0, 10);
        String from = today.substring(0, 8) + "01";
        api.get("/api/v1/me/stats?from=" + from + "&to=" + today, response -> answer.accept(response.ok()
                ? Message.wrap(response.json())
                : Message.error(response.problem())));
    }

    /** A short-lived, single-use code with which the person signs in on another browser. */
    void signInCode(Message request, Router.Sender sender, Consumer<Message> answer) {
        api.post("/api/v1/auth/sign-in-codes", new JsonObject(), response -> answer.accept(response.ok()
                ? Message.answer().with("code", response.json().getString("code", ""))
                        .with("expiresAt", response.json().getString("expiresAt", ""))
                : Message.error(response.problem())));
    }

    void queueStatus(Message request, Router.Sender sender, Consumer<Message> answer) {
        answer.accept(Message.wrap(shares.status()));
    }
}
