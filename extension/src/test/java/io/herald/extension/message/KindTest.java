package io.herald.extension.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KindTest {

    @Test
    void scriptsInWebPagesCannotTouchTheAccount() {
        Set<Kind> pageOnly = EnumSet.of(Kind.STATUS, Kind.SIGN_IN, Kind.SIGN_OUT, Kind.SAVE_SETTINGS,
                Kind.SET_LEADERBOARD, Kind.FEED, Kind.MY_STATS, Kind.SIGN_IN_CODE, Kind.QUEUE_STATUS);
        for (Kind kind : Kind.values()) {
            assertEquals(!pageOnly.contains(kind), kind.forContentScripts(), kind.id());
        }
    }

    @Test
    void idsAreUniqueAndReadBack() {
        for (Kind kind : Kind.values()) {
            assertEquals(kind, Kind.fromId(kind.id()));
        }
        assertNull(Kind.fromId("drop-tables"));
    }

    @Test
    void messagesCarryTheirKindAndAnswersTheirError() {
        Message message = Message.parse(Message.of(Kind.LINT).with("text", "Hi").with("platform", "x").toJson());
        assertEquals(Kind.LINT, message.kind());
        assertEquals("Hi", message.text("text"));
        assertEquals("", message.text("missing"));
        assertFalse(message.failed());
        Message error = Message.parse(Message.error("No.").toJson());
        assertTrue(error.failed());
        assertEquals("No.", error.error());
        assertEquals("{\"findings\":[]}", Message.verbatim("{\"findings\":[]}").toJson());
    }

    @Test
    void anythingButAJsonObjectIsRefused() {
        for (String text : new String[] {null, "", "[]", "\"kind\"", "{", "42"}) {
            try {
                Message.parse(text);
                throw new AssertionError("accepted " + text);
            } catch (MessageException expected) {
                assertFalse(expected.getMessage().isEmpty());
            }
        }
    }
}
