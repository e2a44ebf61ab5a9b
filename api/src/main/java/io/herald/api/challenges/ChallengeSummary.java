package io.herald.api.challenges;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A challenge in the admins' list: the challenge and its participation. */
public record ChallengeSummary(@JsonUnwrapped Challenge challenge, Participation participation) {
}
