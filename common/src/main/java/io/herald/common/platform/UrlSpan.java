package io.herald.common.platform;

/**
 * A link found in a draft.
 *
 * @param start UTF-16 offset of the link's first character
 * @param end   UTF-16 offset just past the link
 * @param url   the link as written (without a scheme when the author wrote none)
 */
public record UrlSpan(int start, int end, String url) {
}
