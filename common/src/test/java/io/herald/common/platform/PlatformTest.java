package io.herald.common.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void platformsAreKnownByTheirIds() {
        assertEquals("linkedin", Platform.LINKEDIN.id());
        assertEquals("x", Platform.X.id());
        assertEquals(Optional.of(Platform.LINKEDIN), Platform.fromId("linkedin"));
        assertEquals(Optional.of(Platform.X), Platform.fromId("X"));
        assertEquals(Optional.empty(), Platform.fromId("twitter"));
    }

    @Test
    void limitsAreThoseOfThePlatforms() {
        assertEquals(3000, Platform.LINKEDIN.maxLength());
        assertEquals(280, Platform.X.maxLength());
    }
}
