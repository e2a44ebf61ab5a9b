package io.herald.api.attribution;

import java.util.Optional;

/**
 * The one door from attribution to the content library. The content area implements it with its repository when the
 * two are merged; until then Herald runs with {@link #none()} and tests use an in-memory implementation.
 *
 * <p>It must find archived items too: links in old posts keep redirecting after their content is archived.
 */
@FunctionalInterface
public interface ContentTargets {
    Optional<ContentTarget> find(String contentId);

    /** No content at all: every link request is answered 404. */
    static ContentTargets none() {
        return contentId -> Optional.empty();
    }
}
