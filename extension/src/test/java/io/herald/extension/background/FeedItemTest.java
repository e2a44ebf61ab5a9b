package io.herald.extension.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.herald.common.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedItemTest {

    private static FeedItem item(String captions) {
        return FeedItem.read(Json.parse("{\"id\": \"a1\", \"title\": \"New office\", \"summary\": \"We moved.\","
                + " \"canonicalUrl\": \"https://example.com/office\", \"featured\": true, \"kind\": \"value\","
                + " \"captions\": " + captions + ", \"topics\": [\"offices\"]}").asObject());
    }

    @Test
    void readsTheFeedShape() {
        FeedItem item = item("[{\"text\": \"Hello\", \"platform\": \"any\", \"language\": \"en\"}]");
        assertEquals("a1", item.id());
        assertEquals("New office", item.title());
        assertEquals("https://example.com/office", item.canonicalUrl());
        assertEquals(List.of("offices"), item.topics());
        assertEquals(true, item.featured());
        assertEquals(List.of("Hello"), item.captionsFor("x"));
    }

    @Test
    void theCaptionInTheWritersLanguageAndForThePlatformWins() {
        FeedItem item = item("[{\"text\": \"any en\", \"platform\": \"any\", \"language\": \"en\"},"
                + " {\"text\": \"x en\", \"platform\": \"x\", \"language\": \"en\"},"
                + " {\"text\": \"linkedin fi\", \"platform\": \"linkedin\", \"language\": \"fi\"},"
                + " {\"text\": \"any pl\", \"platform\": \"any\", \"language\": \"pl-PL\"}]");
        assertEquals("x en", item.caption("x", "en"));
        assertEquals("any en", item.caption("linkedin", "en"));
        assertEquals("linkedin fi", item.caption("linkedin", "fi-FI"));
        assertEquals("x en", item.caption("x", "fi"), "no Finnish for X: English next");
        assertEquals("any pl", item.caption("x", "pl"), "pl matches pl-PL");
        assertEquals("x en", item.caption("x", "de"));
    }

    @Test
    void noCaptionForThePlatformIsEmpty() {
        FeedItem item = item("[{\"text\": \"only linkedin\", \"platform\": \"linkedin\", \"language\": \"en\"}]");
        assertEquals("", item.caption("x", "en"));
        assertFalse(item.captionsFor("x").contains("only linkedin"));
    }

    @Test
    void thePostHasTheTrackedLinkInPlaceOfTheItemsAddressOrAfterTheCaption() {
        String link = "https://herald.example.com/r/Ab3dE5gH9k";
        FeedItem withAddress = item("[{\"text\": \"Read https://example.com/office now\", \"platform\": \"any\","
                + " \"language\": \"en\"}]");
        assertEquals("Read " + link + " now", withAddress.post("x", "en", link));
        FeedItem plain = item("[{\"text\": \"We moved!\", \"platform\": \"any\", \"language\": \"en\"}]");
        assertEquals("We moved! " + link, plain.post("x", "en", link));
        assertEquals("We moved!\n\n" + link, plain.post("linkedin", "en", link));
        assertEquals("New office " + link, item("[]").post("x", "en", link), "the title when there is no caption");
    }
}
