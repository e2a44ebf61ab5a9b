package io.herald.api.attribution;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestUsers;
import io.herald.api.auth.CurrentUser;
import io.herald.api.content.ContentKind;
import io.herald.api.content.ContentRequest;
import io.herald.api.content.ContentStatus;
import io.herald.api.people.Role;

/**
 * Real items of the library, made by an admin of the Herald under test, for attribution tests: links refer to their
 * content by a foreign key. Items are for everyone; the slug comes from the title as always.
 */
public final class TestContent {
    private final Herald herald;
    private CurrentUser admin;

    public TestContent(Herald herald) {
        this.herald = herald;
    }

    /** A published item at {@code url}, titled {@code slug}; returns its id. */
    public String published(String slug, String url) {
        return create(slug, url, ContentStatus.PUBLISHED, Optional.empty(), Optional.empty());
    }

    /** An item in a status of the library ({@code draft}, {@code published}, {@code archived}). */
    public String withStatus(String slug, String url, String status) {
        return create(slug, url, ContentStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)), Optional.empty(),
                      Optional.empty());
    }

    /** A published item that expired a minute ago. */
    public String expired(String slug, String url) {
        Instant now = herald.clock().instant();
        return create(slug, url, ContentStatus.PUBLISHED, Optional.of(now.minusSeconds(3600)),
                      Optional.of(now.minusSeconds(60)));
    }

    public void archive(String contentId) {
        herald.content().library().archive(contentId, admin());
    }

    private String create(String title, String url, ContentStatus status, Optional<Instant> publishAt,
                          Optional<Instant> expiresAt) {
        return herald.content().library().create(new ContentRequest(title, url, Optional.empty(), Optional.empty(), List.of(),
                                                          List.of(), List.of(), List.of(), List.of(),
                                                          ContentKind.VALUE, status, publishAt, expiresAt, false),
                                       admin()).id();
    }

    private synchronized CurrentUser admin() {
        if (admin == null) {
            TestUsers.Session session = new TestUsers(herald).admin();
            admin = new CurrentUser(session.userId(), session.email(), "Test admin", Role.ADMIN, Optional.empty());
        }
        return admin;
    }
}
