package io.herald.api.content;

/**
 * Why an item is shared: {@code value} content (news, insight) or an {@code ask} (recruiting or sales), which
 * programmes balance against value posts (three valuable posts per ask).
 */
public enum ContentKind implements Choice {
    VALUE,
    ASK
}
