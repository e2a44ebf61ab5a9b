package io.herald.common.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Cafe\u0301 news: https://example.com/a\u0301 and example.org.",
        "plain text, no link",
        "   ",
        "\uD83D\uDC4D\uD83C\uDFFD see t.co/abc123 (x.com/a_(b))",
    })
    void oneScanGivesTheLinksAndLengthsOfSeparateScans(String text) {
        PlatformText shared = PlatformText.of(text);

        assertEquals(Urls.extract(text), Urls.extract(shared));
        assertEquals(PostLength.of(text, Platform.X), PostLength.of(shared, Platform.X));
        assertEquals(PostLength.of(text, Platform.LINKEDIN), PostLength.of(shared, Platform.LINKEDIN));
        assertSame(shared.nfcUrls(), shared.nfcUrls());
    }
}
