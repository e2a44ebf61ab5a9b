package io.herald.api.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.herald.api.db.Rows;
import io.herald.api.web.Choice;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.herald.common.platform.Platform;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * Where library items are kept: the named statements of {@code statements/content.yaml}, rows mapped in
 * {@link ContentRows}. Like every repository, it holds nothing and runs on the {@link DbExecute} it is given, so the
 * library decides what runs in one transaction.
 */
final class ContentRepository {
    Optional<ContentItem> find(DbExecute db, String id) {
        try (Stream<DbRow> rows = db.namedQuery("content-get", id)) {
            return ContentRows.first(rows);
        }
    }

    /** Admin library, most recently updated first. */
    Page<ContentItem> list(DbExecute db, LibraryFilter filter, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", filter.status().map(ContentStatus::id).orElse(null));
        params.put("team", filter.team().orElse(null));
        params.put("topic", lowerCase(filter.topic()));
        params.put("text", containsPattern(filter.text()));
        return page(db, "content-list", params, paging);
    }

    /**
     * Items live at {@code now} and meant for everyone or for {@code team}, featured first, then most recently
     * published.
     */
    Page<ContentItem> feed(DbExecute db, Optional<String> team, FeedFilter filter, Instant now, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", now.toEpochMilli());
        params.put("team", team.orElse(null));
        params.put("platform", filter.platform().map(Platform::id).orElse(null));
        params.put("language", lowerCase(filter.language()));
        params.put("languagePrefix", filter.language().map(tag -> tag.toLowerCase(Locale.ROOT) + "-%").orElse(null));
        params.put("topic", lowerCase(filter.topic()));
        params.put("text", containsPattern(filter.text()));
        return page(db, "content-feed", params, paging);
    }

    private static Page<ContentItem> page(DbExecute db, String statement, Map<String, Object> filter, Paging paging) {
        return Page.read(paging, (offset, limit) -> {
            Map<String, Object> params = new HashMap<>(filter);
            params.put("offset", offset);
            params.put("limit", limit);
            try (Stream<DbRow> rows = db.createNamedQuery(statement).params(params).execute()) {
                return ContentRows.read(rows, true);
            }
        });
    }

    /** Stores a new item with its captions, labels and teams; its slug must be free ({@link #freeSlug}). */
    void insert(DbExecute tx, ContentItem item) {
        tx.createNamedInsert("content-insert").params(ContentRows.params(item)).execute();
        insertChildren(tx, item);
    }

    /** Replaces the stored item if its version is still {@code expectedVersion}; false if someone changed it since. */
    boolean update(DbExecute tx, ContentItem item, long expectedVersion) {
        Map<String, Object> params = ContentRows.params(item);
        params.put("version", expectedVersion);
        if (tx.createNamedUpdate("content-update").params(params).execute() == 0) {
            return false;
        }
        tx.namedDelete("content-captions-delete", item.id());
        tx.namedDelete("content-labels-delete", item.id());
        tx.namedDelete("content-teams-delete", item.id());
        insertChildren(tx, item);
        return true;
    }

    private static void insertChildren(DbExecute tx, ContentItem item) {
        for (int i = 0; i < item.captions().size(); i++) {
            Caption caption = item.captions().get(i);
            tx.namedInsert("content-caption-insert", item.id(), i, caption.text(), caption.platform().id(),
                           caption.language());
        }
        insertLabels(tx, item.id(), "topic", item.topics());
        insertLabels(tx, item.id(), "hashtag", item.hashtags());
        insertLabels(tx, item.id(), "platform", item.platforms().stream().map(Platform::id).toList());
        for (String team : item.targetTeams()) {
            tx.namedInsert("content-team-insert", item.id(), team);
        }
    }

    private static void insertLabels(DbExecute tx, String contentId, String kind, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            tx.namedInsert("content-label-insert", contentId, kind, i, labels.get(i));
        }
    }

    /** The slug itself when free, else the lowest free numbered variant. */
    String freeSlug(DbExecute db, String base) {
        Set<String> taken;
        try (Stream<DbRow> rows = db.namedQuery("content-slugs-like", base, base + "-%")) {
            taken = rows.map(row -> Rows.string(row, "slug")).collect(Collectors.toCollection(HashSet::new));
        }
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    boolean teamExists(DbExecute db, String teamId) {
        return db.namedGet("content-team-exists", teamId).isPresent();
    }

    ContentUrls urls(DbExecute db, Instant now) {
        Set<String> approved = new HashSet<>();
        Set<String> retired = new HashSet<>();
        try (Stream<DbRow> rows = db.namedQuery("content-urls")) {
            rows.forEach(row -> {
                String url = Rows.string(row, "canonical_url");
                ContentStatus status = Choice.stored(ContentStatus.class, Rows.string(row, "status"));
                Optional<Instant> expiresAt = Rows.optionalInstant(row, "expires_at");
                if (ContentItem.live(status, Rows.optionalInstant(row, "publish_at"), expiresAt, now)) {
                    approved.add(url);
                } else if (status == ContentStatus.ARCHIVED || ContentItem.expired(expiresAt, now)) {
                    retired.add(url);
                }
            });
        }
        retired.removeAll(approved);
        return new ContentUrls(approved, retired);
    }

    private static String lowerCase(Optional<String> value) {
        return value.map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
    }

    /** A LIKE pattern for "contains", with LIKE's own wildcards escaped (the statements use ESCAPE '\'). */
    private static String containsPattern(Optional<String> text) {
        return text.map(value -> "%" + value.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").orElse(null);
    }
}
