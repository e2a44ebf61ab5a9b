package io.herald.api.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.herald.api.auth.CurrentUser;
import io.herald.api.db.Constraints;
import io.herald.api.db.Transactions;
import io.herald.api.web.ApiException;
import io.herald.api.web.ETags;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.herald.api.web.WebUrls;
import io.helidon.dbclient.DbClient;

/**
 * The library's rules: who changed what and when, slugs fixed at creation, audiences naming real teams, the
 * publish moment of items published without one, optimistic concurrency, and what the feed shows at the clock's now.
 */
public final class ContentLibrary implements ContentLookup {
    /** Two admins creating items with the same title at the same moment: each retry sees the other's slug. */
    private static final int SLUG_ATTEMPTS = 5;
    /** Archiving retries when an edit lands between reading the item and archiving it. */
    private static final int ARCHIVE_ATTEMPTS = 3;
    /**
     * How long the approved and retired URLs (read on every lint) are kept. They change when an item is saved, which
     * drops them here at once, and when a publication window opens or closes, and on other instances: within this.
     */
    static final Duration URLS_KEPT_FOR = Duration.ofSeconds(2);

    private final DbClient client;
    private final ContentRepository repository = new ContentRepository();
    private final Clock clock;
    private final boolean allowLocalUrls;
    private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();
    private volatile KeptUrls keptUrls;

    /** The approved and retired URLs as read at {@code at}. */
    private record KeptUrls(Instant at, ContentUrls urls) {
    }

    private ContentLibrary(DbClient client, Clock clock, boolean allowLocalUrls) {
        this.client = client;
        this.clock = clock;
        this.allowLocalUrls = allowLocalUrls;
    }

    /** @param allowLocalUrls whether URLs may name local or private hosts ({@link WebUrls#refuseLocal}): tests only */
    public static ContentLibrary create(DbClient db, Clock clock, boolean allowLocalUrls) {
        return new ContentLibrary(db, clock, allowLocalUrls);
    }

    /**
     * Tells {@code listener} the id of every item that was updated or archived, after the change is stored, so
     * copies kept elsewhere (the redirect's cache of where links lead) are refreshed at once.
     */
    public void onChange(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    public ContentItem create(ContentRequest request, CurrentUser user) {
        checkUrls(request);
        checkTeams(request);
        Instant now = now();
        ContentItem item = compose(UUID.randomUUID().toString(), Slugs.fromTitle(request.title()), request,
                                   Optional.empty(), user, now, 1);
        ContentItem created = withKnownTeams(() -> insert(item));
        keptUrls = null;
        return created;
    }

    public ContentItem get(String id) {
        return repository.find(client.execute(), id).orElseThrow(() -> notFound(id));
    }

    public Page<ContentItem> list(LibraryFilter filter, Paging paging) {
        return repository.list(client.execute(), filter, paging);
    }

    /**
     * Replaces the item's editable fields if {@code ifMatch} names its current ETag: 404 for an unknown id, 412 when
     * it changed since the client read it (also when that happens between our read and our write).
     */
    public ContentItem update(String id, String ifMatch, ContentRequest request, CurrentUser user) {
        ContentItem current = get(id);
        if (!ETags.matchesStrongly(ifMatch, current.etag())) {
            throw changedSinceRead(current);
        }
        checkUrls(request);
        checkTeams(request);
        ContentItem updated = compose(id, current.slug(), request, Optional.of(current), user, now(),
                                      current.version() + 1);
        if (!withKnownTeams(() -> update(updated, current.version()))) {
            throw changedSinceRead(get(id));
        }
        changed(id);
        return updated;
    }

    /** Archives the item (idempotent: an archived item is returned as it is). It can be republished by an update. */
    public ContentItem archive(String id, CurrentUser user) {
        for (int attempt = 1; ; attempt++) {
            ContentItem current = get(id);
            if (current.status() == ContentStatus.ARCHIVED) {
                return current;
            }
            ContentItem archived = current.archived(user.id(), now());
            if (update(archived, current.version())) {
                changed(id);
                return archived;
            }
            if (attempt == ARCHIVE_ATTEMPTS) {
                throw ApiException.conflict("The item keeps changing; try archiving it again.");
            }
        }
    }

    /** Stores a new item under its slug or, when that is taken, the first free {@code slug-2}, {@code slug-3}... */
    private ContentItem insert(ContentItem item) {
        for (int attempt = 1; ; attempt++) {
            ContentItem withSlug = item.withSlug(repository.freeSlug(client.execute(), item.slug()));
            try {
                return Transactions.inTransaction(client, tx -> {
                    repository.insert(tx, withSlug);
                    return withSlug;
                });
            } catch (RuntimeException e) {
                if (attempt < SLUG_ATTEMPTS && Constraints.violated(e, "content_items_slug_uq")) {
                    continue;
                }
                throw e;
            }
        }
    }

    private boolean update(ContentItem item, long expectedVersion) {
        return Transactions.inTransaction(client, tx -> repository.update(tx, item, expectedVersion));
    }

    private void changed(String id) {
        keptUrls = null;
        changeListeners.forEach(listener -> listener.accept(id));
    }

    public Page<FeedItem> feed(CurrentUser user, FeedFilter filter, Paging paging) {
        return repository.feed(client.execute(), user.teamId(), filter, now(), paging).map(item -> FeedItem.of(item, filter));
    }

    @Override
    public Optional<ContentItem> find(String id) {
        return repository.find(client.execute(), id);
    }

    @Override
    public Optional<ContentItem> findVisible(String id, CurrentUser employee) {
        Instant now = now();
        return repository.find(client.execute(), id).filter(item -> item.visibleTo(employee.teamId(), now));
    }

    @Override
    public Optional<FeedItem> findVisibleInFeed(String id, CurrentUser employee) {
        return findVisible(id, employee).map(item -> FeedItem.of(item, FeedFilter.NONE));
    }

    @Override
    public ContentUrls urls() {
        Instant now = now();
        KeptUrls kept = keptUrls;
        if (kept != null && !now.isBefore(kept.at()) && now.isBefore(kept.at().plus(URLS_KEPT_FOR))) {
            return kept.urls();
        }
        ContentUrls fresh = repository.urls(client.execute(), now);
        keptUrls = new KeptUrls(now, fresh);
        return fresh;
    }

    /**
     * The item a request describes. An item published without a publish time is published from the moment it
     * was first published: kept on later edits, so re-saving does not move it to the top of the feed.
     */
    private static ContentItem compose(String id, String slug, ContentRequest request, Optional<ContentItem> previous,
                                       CurrentUser user, Instant now, long version) {
        Optional<Instant> publishAt = request.publishAt().or(() -> request.status() == ContentStatus.PUBLISHED
                ? Optional.of(previous.flatMap(ContentItem::publishAt).orElse(now))
                : Optional.empty());
        if (publishAt.isPresent() && request.expiresAt().isPresent()
            && !request.expiresAt().get().isAfter(publishAt.get())) {
            throw ApiException.invalidField("expiresAt", "must be after publishAt (" + publishAt.get() + ").");
        }
        return new ContentItem(id, slug, request.title(), request.canonicalUrl(), request.summary(),
                               request.imageUrl(), request.captions(), request.hashtags(), request.topics(),
                               request.targetTeams(), request.platforms(), request.kind(), request.status(),
                               publishAt, request.expiresAt(), request.featured(),
                               previous.map(ContentItem::createdBy).orElse(user.id()),
                               previous.map(ContentItem::createdAt).orElse(now),
                               user.id(), now, version);
    }

    /** A team deleted between {@link #checkTeams} and the write breaks the foreign key: still the client's 400. */
    private static <T> T withKnownTeams(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (Constraints.violated(e, "content_teams_team_fk")) {
                throw ApiException.invalidField("targetTeams", "names a team that has just been deleted.");
            }
            throw e;
        }
    }

    private void checkUrls(ContentRequest request) {
        if (!allowLocalUrls) {
            WebUrls.refuseLocal("canonicalUrl", request.canonicalUrl());
            request.imageUrl().ifPresent(url -> WebUrls.refuseLocal("imageUrl", url));
        }
    }

    private void checkTeams(ContentRequest request) {
        for (int i = 0; i < request.targetTeams().size(); i++) {
            String team = request.targetTeams().get(i);
            if (!repository.teamExists(client.execute(), team)) {
                throw ApiException.invalidField("targetTeams[" + i + "]", "is not a known team id: " + team + ".");
            }
        }
    }

    /** Stored times have millisecond precision; so does every time the service hands out. */
    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("There is no content item " + id + ".");
    }

    private static ApiException changedSinceRead(ContentItem current) {
        return ApiException.preconditionFailed("The item has changed since you read it (its ETag is now "
                                               + current.etag() + "); read it again and reapply your change.");
    }
}
