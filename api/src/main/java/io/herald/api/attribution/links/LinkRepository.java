package io.herald.api.attribution.links;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.db.ConstraintViolations;
import io.herald.api.db.Rows;
import io.herald.api.web.Choice;
import io.herald.common.platform.Platform;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** Links in the database; rows are mapped here only. Holds nothing: it runs on the {@link DbExecute} it is given. */
public final class LinkRepository {
    private static final int CODE_ATTEMPTS = 5;

    /** The outcome of asking for a link: the link, and whether this call made it. */
    public record Obtained(Link link, boolean created) {
    }

    /**
     * The employee's link for the content and platform, made if there is none. Concurrent calls all get the one link:
     * the unique key (owner, content, platform) lets one insert win and the others read it.
     */
    public Obtained obtain(DbExecute db, String userId, String contentId, Platform platform, Instant now) {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            Link link = new Link(UUID.randomUUID().toString(), LinkCodes.next(), Optional.of(userId), contentId,
                                 platform, now);
            try {
                db.namedInsert("link-insert", link.id(), link.code(), userId, userId, contentId, platform.id(),
                               now.toEpochMilli());
                return new Obtained(link, true);
            } catch (RuntimeException e) {
                if (!ConstraintViolations.isViolation(e)) {
                    throw e;
                }
                Optional<Link> existing = findOwned(db, userId, contentId, platform);
                if (existing.isPresent()) {
                    return new Obtained(existing.get(), false);
                }
                // Not the owner key, so the random code collided with another link's: draw again.
            }
        }
        throw new IllegalStateException("Could not draw an unused link code in " + CODE_ATTEMPTS + " attempts");
    }

    public Optional<Link> findOwned(DbExecute db, String userId, String contentId, Platform platform) {
        return db.namedGet("link-get-owned", userId, contentId, platform.id()).map(LinkRepository::link);
    }

    public Optional<Link> findByCode(DbExecute db, String code) {
        return db.namedGet("link-get-by-code", code).map(LinkRepository::link);
    }

    /** Every link, for the redirect's cache at start. */
    public List<Link> all(DbExecute db) {
        return db.namedQuery("links-all").map(LinkRepository::link).toList();
    }

    private static Link link(DbRow row) {
        return new Link(Rows.string(row, "id"), Rows.string(row, "code"), Rows.optionalString(row, "user_id"),
                        Rows.string(row, "content_id"), Choice.stored(Platform.class, Rows.string(row, "platform")),
                        Rows.instant(row, "created_at"));
    }
}
