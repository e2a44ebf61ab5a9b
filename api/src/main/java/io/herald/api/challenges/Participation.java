package io.herald.api.challenges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many of a challenge's audience took part: {@code participants}, the active people of the audience (its team, or
 * everyone) who shared one of its items during its week, of {@code audience}, the active people of the audience now.
 * A count, never a list: nobody is shown as not having taken part. {@code rate} is absent when the audience is empty.
 */
public record Participation(long participants, long audience, Optional<BigDecimal> rate) {
    static Participation of(long participants, long audience) {
        return new Participation(participants, audience, audience == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(participants).divide(BigDecimal.valueOf(audience), 4,
                                                                     RoundingMode.HALF_UP)));
    }
}
