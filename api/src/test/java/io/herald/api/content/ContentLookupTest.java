package io.herald.api.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestUsers;
import io.herald.api.auth.CurrentUser;
import io.herald.api.people.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;

/** What other areas read through {@link ContentLookup}: items by id, approved and retired URLs. */
class ContentLookupTest {
    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-06-01T12:00:00Z"));
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final CurrentUser ADMIN = admin();

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @Test
    void itemsAreFoundById() {
        Instant expiry = CLOCK.instant().plus(Duration.ofDays(7));
        ContentItem created = create("Lookup me", "https://example.com/lookup", ContentStatus.PUBLISHED,
                                     Optional.empty(), Optional.of(expiry));
        ContentLookup lookup = HERALD.content().library();

        ContentItem found = lookup.find(created.id()).orElseThrow();
        assertThat(found.canonicalUrl(), is("https://example.com/lookup"));
        assertThat(found.slug(), is("lookup-me"));
        assertThat(found.status(), is(ContentStatus.PUBLISHED));
        assertThat(found.kind(), is(ContentKind.ASK));
        assertThat(found.expiresAt(), is(Optional.of(expiry)));
        assertThat(found.captions().get(0).language(), is("pl"));
        assertThat(found.liveAt(CLOCK.instant()), is(true));
        assertThat(found.liveAt(expiry), is(false));
        assertThat(lookup.find("no-such-id").isPresent(), is(false));
    }

    @Test
    void urlsAreApprovedWhileLiveAndRetiredWhenArchivedOrExpired() {
        Instant now = CLOCK.instant();
        create("Live", "https://example.com/live", ContentStatus.PUBLISHED, Optional.empty(), Optional.empty());
        create("Expired", "https://example.com/expired", ContentStatus.PUBLISHED,
               Optional.of(now.minus(Duration.ofDays(2))), Optional.of(now.minus(Duration.ofDays(1))));
        create("Scheduled", "https://example.com/scheduled", ContentStatus.PUBLISHED,
               Optional.of(now.plus(Duration.ofDays(1))), Optional.empty());
        create("Draft", "https://example.com/draft", ContentStatus.DRAFT, Optional.empty(), Optional.empty());
        ContentItem old = create("Old", "https://example.com/old", ContentStatus.PUBLISHED, Optional.empty(),
                                 Optional.empty());
        HERALD.content().library().archive(old.id(), ADMIN);
        ContentItem reused = create("Reused", "https://example.com/reused", ContentStatus.PUBLISHED,
                                    Optional.empty(), Optional.empty());
        create("Reused again", "https://example.com/reused", ContentStatus.PUBLISHED, Optional.empty(),
               Optional.empty());
        HERALD.content().library().archive(reused.id(), ADMIN);

        ContentUrls urls = HERALD.content().library().urls();
        assertThat(urls.approved(), hasItem("https://example.com/live"));
        assertThat(urls.approved(), hasItem("https://example.com/reused"));
        assertThat(urls.retired(), hasItem("https://example.com/expired"));
        assertThat(urls.retired(), hasItem("https://example.com/old"));
        assertThat(urls.retired(), not(hasItem("https://example.com/reused")));
        for (String neither : List.of("https://example.com/scheduled", "https://example.com/draft")) {
            assertThat(urls.approved(), not(hasItem(neither)));
            assertThat(urls.retired(), not(hasItem(neither)));
        }
    }

    @Test
    void urlsAreKeptBrieflyAChangeHereIsSeenAtOnceOneElsewhereWithinTwoSeconds() {
        ContentUrls before = HERALD.content().library().urls();
        assertThat(HERALD.content().library().urls(), is(sameInstance(before)));
        create("Here", "https://example.com/here", ContentStatus.PUBLISHED, Optional.empty(), Optional.empty());
        assertThat(HERALD.content().library().urls().approved(), hasItem("https://example.com/here"));

        // Another instance on the same database saves an item: this one reads it once what it kept is 2 s old.
        ContentLibrary elsewhere = ContentLibrary.create(HERALD.database().client(), CLOCK, false);
        elsewhere.create(request("Elsewhere", "https://example.com/elsewhere", ContentStatus.PUBLISHED,
                                 Optional.empty(), Optional.empty(), List.of()), ADMIN);
        assertThat(HERALD.content().library().urls().approved(), not(hasItem("https://example.com/elsewhere")));
        CLOCK.advance(ContentLibrary.URLS_KEPT_FOR);
        assertThat(HERALD.content().library().urls().approved(), hasItem("https://example.com/elsewhere"));
    }

    private static ContentItem create(String title, String url, ContentStatus status, Optional<Instant> publishAt,
                                      Optional<Instant> expiresAt) {
        return HERALD.content().library().create(request(title, url, status, publishAt, expiresAt, List.of()), ADMIN);
    }

    private static ContentRequest request(String title, String url, ContentStatus status, Optional<Instant> publishAt,
                                          Optional<Instant> expiresAt, List<String> teams) {
        return new ContentRequest(title, url, Optional.empty(), Optional.empty(),
                                  List.of(new Caption("Zobacz to", CaptionPlatform.ANY, "pl")), List.of(), List.of(),
                                  teams, List.of(), ContentKind.ASK, status, publishAt, expiresAt, false);
    }

    private static CurrentUser admin() {
        TestUsers.Session session = new TestUsers(HERALD).admin();
        return new CurrentUser(session.userId(), session.email(), "Admin", Role.ADMIN, Optional.empty());
    }
}
