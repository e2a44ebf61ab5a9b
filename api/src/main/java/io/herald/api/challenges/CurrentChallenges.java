package io.herald.api.challenges;

import java.util.List;

/** The body of {@code GET /api/v1/challenges/current}: the everyone's and the team's challenge; empty when none. */
public record CurrentChallenges(List<CurrentChallenge> challenges) {
}
