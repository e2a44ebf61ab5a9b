package io.herald.api.attribution;

import java.util.Optional;

import io.herald.api.auth.CurrentUser;

/**
 * The one door from attribution to the content library. Herald implements it with the library.
 */
public interface ContentTargets {
    /**
     * Any item, archived or expired ones included: links in old posts keep redirecting after their content is
     * archived.
     */
    Optional<ContentTarget> find(String contentId);

    /**
     * The item if this employee may share it now, by the library's one rule for what employees see (published,
     * inside its window, in their audience); empty for anything else, as for an unknown id.
     */
    Optional<ContentTarget> shareable(String contentId, CurrentUser employee);

}
