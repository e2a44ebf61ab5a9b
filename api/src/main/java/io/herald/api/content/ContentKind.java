package io.herald.api.content;

import io.herald.api.web.Choice;

/**
 * Why an item is shared: {@code value} content (news, insight) or an {@code ask} (recruiting or sales), which
 * programmes balance against value posts (three valuable posts per ask).
 */
public enum ContentKind implements Choice {
    VALUE,
    ASK
}
