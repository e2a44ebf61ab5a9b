package io.herald.common.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnWordsTest {

    private static final String CAPTION = "We just opened our new office in Tampere with room for 200 engineers. "
            + "Come and see the place at our open house on Friday!";

    @Test
    void aCopiedCaptionHasNoOwnWords() {
        assertEquals(0.0, OwnWords.share(CAPTION, CAPTION));
    }

    @Test
    void textOfTheAuthorsOwnIsAllOwnWords() {
        assertEquals(1.0, OwnWords.share("Proud to see how far our Tampere team has come since 2019.", CAPTION));
    }

    @Test
    void caseAccentsAndTheLinkDoNotMakeACopyOriginal() {
        String finnishCaption = "Tervetuloa avoimien ovien päivään perjantaina: kahvia ja esittelyjä koko päivän.";
        String copied = "TERVETULOA avoimien ovien paivaan perjantaina kahvia ja esittelyja koko paivan "
                + "https://herald.fi/t/x1";
        assertEquals(0.0, OwnWords.share(copied, finnishCaption + " https://herald.fi/a/open-house"));
    }

    @Test
    void aFewChangedWordsLeaveTheDraftMostlyCopied() {
        String edited = "We just opened our shiny new office in Tampere with space for 200 engineers. "
                + "Come and see the place at our open house this Friday!";
        double share = OwnWords.share(edited, CAPTION);
        assertTrue(share > 0.0 && share < 0.2, "share " + share);
    }

    @Test
    void ownWordsAroundACaptionCountForTheirLength() {
        String own = "Three years ago we were four people in a sauna basement, and look at us now.";
        double share = OwnWords.share(own + " " + CAPTION, CAPTION);
        int ownWords = 16;
        int captionWords = 24;
        assertEquals((double) ownWords / (ownWords + captionWords), share, 1e-9);
    }

    @Test
    void aDraftStitchedFromTwoCaptionsIsCopied() {
        String second = "Our quarterly results are out and revenue grew twelve percent across the Nordics.";
        String stitched = "We just opened our new office in Tampere. Our quarterly results are out and revenue grew.";
        assertEquals(0.0, OwnWords.share(stitched, List.of(CAPTION, second)));
        assertTrue(OwnWords.share(stitched, CAPTION) > 0.4);
    }

    @Test
    void aDraftWithoutWordsHasCopiedNothing() {
        assertEquals(1.0, OwnWords.share("", CAPTION));
        assertEquals(1.0, OwnWords.share("🎉 https://herald.fi/t/x1", CAPTION));
        assertEquals(1.0, OwnWords.share(CAPTION, ""));
        assertEquals(1.0, OwnWords.share(CAPTION, List.of()));
    }

    @Test
    void shortDraftsCompareShorterRuns() {
        assertEquals(0.0, OwnWords.share("Open house!", "Join our open house"));
        assertEquals(1.0, OwnWords.share("Open doors", "Join our open house"), "one shared word is no copy");
    }
}
