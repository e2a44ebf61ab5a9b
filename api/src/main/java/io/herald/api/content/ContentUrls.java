package io.herald.api.content;

import java.util.Set;

/**
 * The canonical URLs the guideline engine checks posts against: {@code approved} ones may be shared now;
 * {@code retired} ones belonged to items that were archived or have expired (and are not approved again through
 * another item), so a post linking them points at something the company no longer stands behind.
 */
public record ContentUrls(Set<String> approved, Set<String> retired) {
    public ContentUrls {
        approved = Set.copyOf(approved);
        retired = Set.copyOf(retired);
    }
}
