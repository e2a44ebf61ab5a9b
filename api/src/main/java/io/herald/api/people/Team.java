package io.herald.api.people;

import java.time.Instant;

/** A team: content can be targeted at it; {@code memberCount} counts its people whatever their status. */
public record Team(String id, String name, Instant createdAt, long memberCount) {
}
