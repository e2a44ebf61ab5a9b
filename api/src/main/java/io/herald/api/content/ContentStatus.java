package io.herald.api.content;

import io.herald.api.web.Choice;

/** Where an item is in its life: only published items reach the feed, archived ones are retired. */
public enum ContentStatus implements Choice {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
