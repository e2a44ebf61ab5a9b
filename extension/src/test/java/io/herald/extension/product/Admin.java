package io.herald.extension.product;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

/**
 * What an admin (and, for checks, an employee's second session) does through the API's HTTP interface, as the console
 * would: the first admin signs in with the install's invite, adds content, invites employees and reads what they
 * shared.
 */
final class Admin {

    private final HttpClient http = HttpClient.newHttpClient();
    private final HeraldApi api;
    private final String token;

    private Admin(HeraldApi api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Redeems the first admin invite of a new install. */
    static Admin first(HeraldApi api) {
        try {
            List<String> lines = Files.readAllLines(api.dataDir().resolve("admin-invite.txt"));
            String code = lines.get(lines.size() - 1).trim();
            Admin anonymous = new Admin(api, "");
            JsonObject session = anonymous.call("POST", "/api/v1/auth/redeem", new JsonObject().add("code", code)
                    .add("email", "admin@example.com").add("displayName", "Ada Admin"), 200);
            return new Admin(api, session.getString("accessToken", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes an item with one caption for any platform in English; returns its id. */
    String publish(String title, String url, String caption, boolean featured) {
        return publish(title, url, caption, featured, "value");
    }

    /** Publishes an item of a kind ({@code value}, or {@code ask}: recruiting, sales); returns its id. */
    String publish(String title, String url, String caption, boolean featured, String kind) {
        JsonObject item = new JsonObject()
                .add("kind", kind)
                .add("title", title)
                .add("canonicalUrl", url)
                .add("summary", "About " + title)
                .add("status", "published")
                .add("featured", featured)
                .add("captions", new JsonArray().add(new JsonObject().add("text", caption).add("platform", "any")
                        .add("language", "en")));
        return call("POST", "/api/v1/content", item, 201).getString("id", "");
    }

    /** Invites an employee (or gives an existing one a new sign-in code); returns the code. */
    String invite(String email) {
        return call("POST", "/api/v1/invites", new JsonObject().add("email", email).add("role", "employee"), 201)
                .getString("code", "");
    }

    /** Replaces the rule set. */
    void guidelines(String ruleSetJson) {
        send("PUT", "/api/v1/guidelines", ruleSetJson, 200);
    }

    /** A second session of an employee (from a new code), to read what Herald holds about them. */
    Admin employee(String email) {
        String code = invite(email);
        JsonObject session = new Admin(api, "").call("POST", "/api/v1/auth/redeem",
                new JsonObject().add("code", code).add("displayName", "Check"), 200);
        return new Admin(api, session.getString("accessToken", ""));
    }

    /** Records a share of an item through the API, as a post with the person's link would: returns the share's id. */
    String share(String contentId, String platform) {
        String code = call("POST", "/api/v1/links", new JsonObject().add("contentId", contentId)
                .add("platform", platform), 201).getString("code", "");
        String id = java.util.UUID.randomUUID().toString();
        call("POST", "/api/v1/shares", new JsonObject().add("id", id).add("linkCode", code).add("platform", platform)
                .add("postedAt", java.time.Instant.now().toString()).add("ownWords", 0.5), 201);
        return id;
    }

    /** The shares this (employee) session's person has, as {@code GET /api/v1/me/export} lists them. */
    JsonArray myShares() {
        JsonValue shares = call("GET", "/api/v1/me/export", null, 200).get("shares");
        return shares == null ? new JsonArray() : shares.asArray();
    }

    /** The links this (employee) session's person has. */
    JsonArray myLinks() {
        JsonValue links = call("GET", "/api/v1/me/export", null, 200).get("links");
        return links == null ? new JsonArray() : links.asArray();
    }

    JsonObject call(String method, String path, JsonObject body, int expected) {
        return Json.parse(send(method, path, body == null ? null : body.toString(), expected)).asObject();
    }

    private String send(String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
