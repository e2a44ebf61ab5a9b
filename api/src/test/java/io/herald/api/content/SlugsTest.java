package io.herald.api.content;

import io.herald.api.web.ApiException;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlugsTest {
    @Test
    void titlesBecomeAsciiSlugs() {
        assertThat(Slugs.fromTitle("Årets bästa ölkafé, Łódź!"), is("arets-basta-olkafe-lodz"));
        assertThat(Slugs.fromTitle("Straße & Smørrebrød: 2026 edition"), is("strasse-smorrebrod-2026-edition"));
        assertThat(Slugs.fromTitle("  --Hello,   World--  "), is("hello-world"));
        assertThat(Slugs.fromTitle("你好"), is("item"));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.fromTitle("A very long title about the many reasons why our engineering team "
                                      + "chose to rewrite the billing system");
        assertThat(slug.length(), lessThanOrEqualTo(Slugs.MAX_LENGTH));
        assertThat(slug.endsWith("-"), is(false));
        assertThat(slug, is("a-very-long-title-about-the-many-reasons-why-our-engineering"));
    }

    @Test
    void languageTagsAreBcp47InCanonicalCase() {
        assertThat(LanguageTags.check("language", "EN-gb"), is("en-GB"));
        assertThat(LanguageTags.check("language", "nb"), is("nb"));
        assertThat(LanguageTags.check("language", "zh-Hant-TW"), is("zh-Hant-TW"));
        for (String bad : new String[] {"en_US", "x", "123", "en--gb", "x-private"}) {
            ApiException e = assertThrows(ApiException.class, () -> LanguageTags.check("language", bad), bad);
            assertThat(e.field().orElseThrow(), is("language"));
        }
    }
}
