package io.herald.api.content;

/** Where an item can be shared. */
public enum Platform implements Choice {
    LINKEDIN,
    X
}
