package io.herald.api.attribution;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.herald.api.auth.CurrentUser;

/**
 * An in-memory content library for attribution tests, standing in for the content area's repository. Its items are
 * for everyone and published from the start, so what an employee may share is what is published and not expired (the
 * library's own rule, with audiences and publish times, is tested in {@code content.AudienceTest}).
 */
public final class TestContent implements ContentTargets {
    private final Map<String, ContentTarget> items = new ConcurrentHashMap<>();

    @Override
    public Optional<ContentTarget> find(String contentId) {
        return Optional.ofNullable(items.get(contentId));
    }

    @Override
    public Optional<ContentTarget> shareable(String contentId, CurrentUser employee) {
        Instant now = Instant.now();
        return find(contentId).filter(item -> item.status().equals("published")
                                              && item.expiresAt().map(now::isBefore).orElse(true));
    }

    /** A published item at {@code url}; returns its id. */
    public String published(String slug, String url) {
        return put(slug, url, "published", Optional.empty());
    }

    public String withStatus(String slug, String url, String status) {
        return put(slug, url, status, Optional.empty());
    }

    public String expired(String slug, String url) {
        return put(slug, url, "published", Optional.of(Instant.now().minusSeconds(60)));
    }

    public void archive(String contentId) {
        items.computeIfPresent(contentId, (id, item) -> new ContentTarget(id, item.canonicalUrl(), item.slug(),
                                                                         item.kind(), "archived", item.expiresAt()));
    }

    private String put(String slug, String url, String status, Optional<Instant> expiresAt) {
        String id = UUID.randomUUID().toString();
        items.put(id, new ContentTarget(id, url, slug, "article", status, expiresAt));
        return id;
    }
}
